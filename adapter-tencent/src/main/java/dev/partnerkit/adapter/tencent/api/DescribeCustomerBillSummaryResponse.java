package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Response of the {@code DescribeCustomerBillSummary} action (the content of the {@code Response} envelope on success).
 * Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param totalCost {@code TotalCost} (always set): Total amount
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerBillSummaryResponse(
    @JsonProperty("TotalCost") BigDecimal totalCost,
    @JsonProperty("RequestId") String requestId) {
}
