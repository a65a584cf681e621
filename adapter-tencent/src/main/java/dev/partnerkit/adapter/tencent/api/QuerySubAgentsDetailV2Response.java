package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code QuerySubAgentsDetailV2} action (the content of the {@code Response} envelope on success).
 * Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param total {@code Total} (always set): Number of second-level resellers.
 * @param data {@code Data} (always set): Second-Level reseller information.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuerySubAgentsDetailV2Response(
    @JsonProperty("Total") Long total,
    @JsonProperty("Data") List<QuerySubAgentsDetailV2ResponseData> data,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QuerySubAgentsDetailV2Response {
    data = WireValues.copy(data);
  }
}
