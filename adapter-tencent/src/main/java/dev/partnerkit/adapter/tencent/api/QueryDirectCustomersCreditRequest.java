package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Request of the {@code QueryDirectCustomersCredit} action: Queries the credits of direct customers.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. The action takes no parameters: use
 * {@link #of()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryDirectCustomersCreditRequest() {

  /** The request; this action has no parameters, and its body is {@code {}}. */
  public static QueryDirectCustomersCreditRequest of() {
    return new QueryDirectCustomersCreditRequest();
  }
}
