package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of the {@code DescribeCustomerOwnCostExplorerFilter} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param data {@code Data} (always set): Filter information
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerOwnCostExplorerFilterResponse(
    @JsonProperty("Data") CostAnalyzeFilterDetail data,
    @JsonProperty("RequestId") String requestId) {
}
