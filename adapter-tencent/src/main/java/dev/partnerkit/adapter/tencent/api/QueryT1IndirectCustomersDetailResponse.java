package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code QueryT1IndirectCustomersDetail} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param total {@code Total} (always set): The number of indirect sub-customers of a distributor.
 * @param subAgentUin {@code SubAgentUin} (always set): Second-level reseller UIN.
 * @param subAgentName {@code SubAgentName} (always set): Second-Level reseller name.
 * @param data {@code Data} (always set): Indirect sub-customer information.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryT1IndirectCustomersDetailResponse(
    @JsonProperty("Total") Long total,
    @JsonProperty("SubAgentUin") Long subAgentUin,
    @JsonProperty("SubAgentName") String subAgentName,
    @JsonProperty("Data") List<QueryT1IndirectCustomersDetailResponseData> data,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryT1IndirectCustomersDetailResponse {
    data = WireValues.copy(data);
  }
}
