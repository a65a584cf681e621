package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of the {@code CreateAndSendClientInvitationMail} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param invitationLink {@code InvitationLink} (always set): Specifies the invitation link for the customer.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateAndSendClientInvitationMailResponse(
    @JsonProperty("InvitationLink") String invitationLink,
    @JsonProperty("RequestId") String requestId) {
}
