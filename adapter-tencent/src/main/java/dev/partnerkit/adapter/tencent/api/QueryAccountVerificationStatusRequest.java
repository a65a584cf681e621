package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code QueryAccountVerificationStatus} action: Queries the account verification status.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param clientUin {@code ClientUin} (required): Customer UIN
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryAccountVerificationStatusRequest(
    @JsonProperty("ClientUin") Long clientUin) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param clientUin {@code ClientUin} (required): Customer UIN
   */
  public static QueryAccountVerificationStatusRequest of(Long clientUin) {
    return new QueryAccountVerificationStatusRequest(Objects.requireNonNull(clientUin, "ClientUin"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryAccountVerificationStatusRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long clientUin;

    private Builder() {}

    /** Sets {@code ClientUin} (required). */
    public Builder clientUin(Long clientUin) {
      this.clientUin = clientUin;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryAccountVerificationStatusRequest build() {
      List<String> missing = new ArrayList<>();
      if (clientUin == null) missing.add("ClientUin");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "QueryAccountVerificationStatusRequest: missing required parameter(s) " + missing);
      }
      return new QueryAccountVerificationStatusRequest(clientUin);
    }
  }
}
