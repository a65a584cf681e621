package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Request of the {@code GetCountryCodes} action: This API is used to obtain country/region codes.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. The action takes no parameters: use
 * {@link #of()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCountryCodesRequest() {

  /** The request; this action has no parameters, and its body is {@code {}}. */
  public static GetCountryCodesRequest of() {
    return new GetCountryCodesRequest();
  }
}
