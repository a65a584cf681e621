package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code QueryInvitationInfo} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param invitationInfo {@code InvitationInfo} (always set): Invitation link information.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryInvitationInfoResponse(
    @JsonProperty("InvitationInfo") List<QueryInvitationInfoData> invitationInfo,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryInvitationInfoResponse {
    invitationInfo = WireValues.copy(invitationInfo);
  }
}
