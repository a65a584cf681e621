package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code CreateAndSendClientInvitationMail} action: Creates an invitation link for the customer.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param email {@code Email} (required): Email address that receives the customer invitation link.
 * @param invitationRole {@code InvitationRole} (optional): Invite a role. Note: if no value is passed, it defaults to
 *     the sub - customer. Client: customer. SubAgent: second-level reseller.
 * @param materialUrl {@code MaterialUrl} (optional): Specifies the application material. Note: this field takes effect
 *     only in the scenario of inviting a second-level reseller.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAndSendClientInvitationMailRequest(
    @JsonProperty("Email") String email,
    @JsonProperty("InvitationRole") String invitationRole,
    @JsonProperty("MaterialUrl") String materialUrl) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateAndSendClientInvitationMailRequest}; every setter returns this builder. */
  public static final class Builder {
    private String email;
    private String invitationRole;
    private String materialUrl;

    private Builder() {}

    /** Sets {@code Email} (required). */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Sets {@code InvitationRole} (optional). */
    public Builder invitationRole(String invitationRole) {
      this.invitationRole = invitationRole;
      return this;
    }

    /** Sets {@code MaterialUrl} (optional). */
    public Builder materialUrl(String materialUrl) {
      this.materialUrl = materialUrl;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public CreateAndSendClientInvitationMailRequest build() {
      List<String> missing = new ArrayList<>();
      if (email == null) missing.add("Email");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "CreateAndSendClientInvitationMailRequest: missing required parameter(s) " + missing);
      }
      return new CreateAndSendClientInvitationMailRequest(email, invitationRole, materialUrl);
    }
  }
}
