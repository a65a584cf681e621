package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code ModifyClientRemark} action: Modifies customer remarks.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param clientUin {@code ClientUin} (required): Customer UIN
 * @param remark {@code Remark} (required): New customer remarks
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyClientRemarkRequest(
    @JsonProperty("ClientUin") String clientUin,
    @JsonProperty("Remark") String remark) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param clientUin {@code ClientUin} (required): Customer UIN
   * @param remark {@code Remark} (required): New customer remarks
   */
  public static ModifyClientRemarkRequest of(String clientUin, String remark) {
    return new ModifyClientRemarkRequest(
        Objects.requireNonNull(clientUin, "ClientUin"), Objects.requireNonNull(remark, "Remark"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModifyClientRemarkRequest}; every setter returns this builder. */
  public static final class Builder {
    private String clientUin;
    private String remark;

    private Builder() {}

    /** Sets {@code ClientUin} (required). */
    public Builder clientUin(String clientUin) {
      this.clientUin = clientUin;
      return this;
    }

    /** Sets {@code Remark} (required). */
    public Builder remark(String remark) {
      this.remark = remark;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public ModifyClientRemarkRequest build() {
      List<String> missing = new ArrayList<>();
      if (clientUin == null) missing.add("ClientUin");
      if (remark == null) missing.add("Remark");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("ModifyClientRemarkRequest: missing required parameter(s) " + missing);
      }
      return new ModifyClientRemarkRequest(clientUin, remark);
    }
  }
}
