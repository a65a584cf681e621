package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of the {@code ModifyClientRemark} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param clientRemark {@code ClientRemark} (always set): If successful, returns the new customer remarks
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModifyClientRemarkResponse(
    @JsonProperty("ClientRemark") String clientRemark,
    @JsonProperty("RequestId") String requestId) {
}
