package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of the {@code CreateAccount} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param uin {@code Uin} (always set): Account UIN
 * @param reason {@code Reason} (always set): Binding Results
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateAccountResponse(
    @JsonProperty("Uin") String uin,
    @JsonProperty("Reason") String reason,
    @JsonProperty("RequestId") String requestId) {
}
