package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code GetTradeConfigList} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param tradeList {@code TradeList} (always set): Industry information.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetTradeConfigListResponse(
    @JsonProperty("TradeList") List<TradeOneNode> tradeList,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public GetTradeConfigListResponse {
    tradeList = WireValues.copy(tradeList);
  }
}
