package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Response of the {@code AllocateCreditPool} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param remainingCredit {@code RemainingCredit} (always set): Current total remaining quota.
 * @param totalCredit {@code TotalCredit} (always set): Total allocated quota.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AllocateCreditPoolResponse(
    @JsonProperty("RemainingCredit") BigDecimal remainingCredit,
    @JsonProperty("TotalCredit") BigDecimal totalCredit,
    @JsonProperty("RequestId") String requestId) {
}
