package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Response of the {@code QueryPartnerCredit} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param allocatedCredit {@code AllocatedCredit} (always set): Allocated credit
 * @param totalCredit {@code TotalCredit} (always set): Total credit
 * @param remainingCredit {@code RemainingCredit} (always set): Remaining credit
 * @param customerTotalCredit {@code CustomerTotalCredit} (always set): Allocated quota for the client
 * @param customerRemainingCredit {@code CustomerRemainingCredit} (always set): Remaining quota for the client
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryPartnerCreditResponse(
    @JsonProperty("AllocatedCredit") BigDecimal allocatedCredit,
    @JsonProperty("TotalCredit") BigDecimal totalCredit,
    @JsonProperty("RemainingCredit") BigDecimal remainingCredit,
    @JsonProperty("CustomerTotalCredit") BigDecimal customerTotalCredit,
    @JsonProperty("CustomerRemainingCredit") BigDecimal customerRemainingCredit,
    @JsonProperty("RequestId") String requestId) {
}
