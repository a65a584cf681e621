package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Response of the {@code QueryVoucherPool} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param agentName {@code AgentName} (always set): Reseller name
 * @param accountType {@code AccountType} (always set): Reseller role type (1: Reseller; 2: Distributor; 3: Second-level
 *     reseller)
 * @param totalQuota {@code TotalQuota} (always set): Total quota
 * @param remainingQuota {@code RemainingQuota} (always set): Remaining quota
 * @param issuedNum {@code IssuedNum} (always set): The number of issued vouchers
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryVoucherPoolResponse(
    @JsonProperty("AgentName") String agentName,
    @JsonProperty("AccountType") Long accountType,
    @JsonProperty("TotalQuota") BigDecimal totalQuota,
    @JsonProperty("RemainingQuota") BigDecimal remainingQuota,
    @JsonProperty("IssuedNum") Long issuedNum,
    @JsonProperty("RequestId") String requestId) {
}
