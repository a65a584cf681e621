package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Invitation links: CreateAndSendClientInvitationMail creates one (at most one send per address every 3 minutes),
 * QueryInvitationInfo reads them back by token.
 */
final class InvitationActions {

  static final Duration RESEND_INTERVAL = Duration.ofMinutes(3);
  static final String LINK_PREFIX = "https://www.tencentcloud.com/account/register/invitation?token=";

  private final TencentState state;

  InvitationActions(TencentState state) {
    this.state = state;
  }

  void register(ActionTable table) {
    table
        .add("CreateAndSendClientInvitationMail", ActionTable.Access.WRITE, this::createInvitation)
        .add("QueryInvitationInfo", ActionTable.Access.READ, this::queryInvitations);
  }

  private ObjectNode createInvitation(Params p) {
    String email = p.requiredText("Email").strip();
    if (!RegistrationRules.isMail(email)) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "Email is not a valid email address.");
    }
    String role = Params.oneOf(p.nonBlank("InvitationRole").orElse("Client"), "InvitationRole", List.of("Client", "SubAgent"));
    String address = email.toLowerCase(Locale.ROOT);
    Instant now = state.now();
    Instant last = state.lastInvitationTo.get(address);
    if (last != null && now.isBefore(last.plus(RESEND_INTERVAL))) {
      throw new TencentError(
          Codes.SEND_MAIL_LIMIT_180,
          "The interval between sending invitation links is less than three minutes. Please try again later.");
    }
    Invitation invitation = new Invitation(state.newToken(), email, role.equals("SubAgent"), now);
    state.invitations.put(invitation.token(), invitation);
    state.lastInvitationTo.put(address, now);
    return Json.object().put("InvitationLink", LINK_PREFIX + invitation.token());
  }

  private ObjectNode queryInvitations(Params p) {
    List<String> tokens = Params.sized(p.texts("InvitationToken"), "InvitationToken", 1, 100, Codes.INVALID_PARAMETER_VALUE);
    var data = Json.array();
    tokens.stream()
        .map(state.invitations::get)
        .filter(Objects::nonNull)
        .forEach(
            i ->
                data.add(
                    Json.object()
                        .put("InvitationToken", i.token())
                        .put("CreateTime", Envelope.TIME.format(i.createTime()))
                        .put("Status", 1)
                        .put("UseTime", "")
                        .put("ClientUin", 0)
                        .put("ClientMail", i.email())
                        .put("ClientType", i.clientType())
                        .put("BindTime", "")));
    return Json.object().set("InvitationInfo", data);
  }
}
