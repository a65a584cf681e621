package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code QueryPendingSubAgentsV2} action (the content of the {@code Response} envelope on success).
 * Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param data {@code Data} (always set): Application in progress second-level reseller information.
 * @param total {@code Total} (always set): Number of second-level resellers in application.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryPendingSubAgentsV2Response(
    @JsonProperty("Data") List<QueryPendingSubAgentsV2ResponseData> data,
    @JsonProperty("Total") Long total,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryPendingSubAgentsV2Response {
    data = WireValues.copy(data);
  }
}
