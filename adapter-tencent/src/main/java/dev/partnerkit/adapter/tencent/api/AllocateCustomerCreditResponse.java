package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Response of the {@code AllocateCustomerCredit} action (the content of the {@code Response} envelope on success).
 * Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param totalCredit {@code TotalCredit} (always set): The updated total credit
 * @param remainingCredit {@code RemainingCredit} (always set): The updated available credit
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AllocateCustomerCreditResponse(
    @JsonProperty("TotalCredit") BigDecimal totalCredit,
    @JsonProperty("RemainingCredit") BigDecimal remainingCredit,
    @JsonProperty("RequestId") String requestId) {
}
