package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code QueryInvitationInfo} action: Query invitation link info.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param invitationToken {@code InvitationToken} (required): Invite token. array member quantity value: [1, 100].
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryInvitationInfoRequest(
    @JsonProperty("InvitationToken") List<String> invitationToken) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryInvitationInfoRequest {
    invitationToken = WireValues.copy(invitationToken);
  }

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param invitationToken {@code InvitationToken} (required): Invite token. array member quantity value: [1, 100].
   */
  public static QueryInvitationInfoRequest of(List<String> invitationToken) {
    return new QueryInvitationInfoRequest(Objects.requireNonNull(invitationToken, "InvitationToken"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryInvitationInfoRequest}; every setter returns this builder. */
  public static final class Builder {
    private List<String> invitationToken;

    private Builder() {}

    /** Sets {@code InvitationToken} (required). */
    public Builder invitationToken(List<String> invitationToken) {
      this.invitationToken = invitationToken;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryInvitationInfoRequest build() {
      List<String> missing = new ArrayList<>();
      if (invitationToken == null) missing.add("InvitationToken");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("QueryInvitationInfoRequest: missing required parameter(s) " + missing);
      }
      return new QueryInvitationInfoRequest(invitationToken);
    }
  }
}
