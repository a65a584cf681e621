package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code QueryCreditAllocationHistory} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param total {@code Total} (always set): Total number of historical records.
 * @param history {@code History} (always set): Detailed list of historical information.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryCreditAllocationHistoryResponse(
    @JsonProperty("Total") Long total,
    @JsonProperty("History") List<QueryCreditAllocationHistoryData> history,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryCreditAllocationHistoryResponse {
    history = WireValues.copy(history);
  }
}
