package dev.partnerkit.sandbox.tencent;

import java.time.Instant;

/** An invitation link created by CreateAndSendClientInvitationMail; QueryInvitationInfo reads it by its token. */
record Invitation(String token, String email, boolean subAgent, Instant createTime) {

  /** QueryInvitationInfoData.ClientType: 1 second-level reseller, 2 sub-customer. */
  int clientType() {
    return subAgent ? 1 : 2;
  }
}
