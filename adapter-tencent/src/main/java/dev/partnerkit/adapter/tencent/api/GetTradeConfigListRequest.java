package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Request of the {@code GetTradeConfigList} action: Queries the industry list.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. The action takes no parameters: use
 * {@link #of()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetTradeConfigListRequest() {

  /** The request; this action has no parameters, and its body is {@code {}}. */
  public static GetTradeConfigListRequest of() {
    return new GetTradeConfigListRequest();
  }
}
