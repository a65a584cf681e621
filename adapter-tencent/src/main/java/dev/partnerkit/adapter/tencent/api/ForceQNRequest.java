package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code ForceQN} action: Sets and cancels forced service suspension.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param clientUin {@code ClientUin} (required): Sub-account UIN
 * @param type {@code Type} (required): 0: Normal 2: Forced service suspension
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForceQNRequest(
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("Type") Long type) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param clientUin {@code ClientUin} (required): Sub-account UIN
   * @param type {@code Type} (required): 0: Normal 2: Forced service suspension
   */
  public static ForceQNRequest of(Long clientUin, Long type) {
    return new ForceQNRequest(Objects.requireNonNull(clientUin, "ClientUin"), Objects.requireNonNull(type, "Type"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForceQNRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long clientUin;
    private Long type;

    private Builder() {}

    /** Sets {@code ClientUin} (required). */
    public Builder clientUin(Long clientUin) {
      this.clientUin = clientUin;
      return this;
    }

    /** Sets {@code Type} (required). */
    public Builder type(Long type) {
      this.type = type;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public ForceQNRequest build() {
      List<String> missing = new ArrayList<>();
      if (clientUin == null) missing.add("ClientUin");
      if (type == null) missing.add("Type");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("ForceQNRequest: missing required parameter(s) " + missing);
      }
      return new ForceQNRequest(clientUin, type);
    }
  }
}
