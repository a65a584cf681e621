package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code ApproveClientApply} action: Approve sub-customer application.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param clientUin {@code ClientUin} (required): Sub-customer uin.
 * @param approveType {@code ApproveType} (required): Approval type. only supports pass and reject.
 * @param rejectReason {@code RejectReason} (optional): Reason for rejection. required only when approvetype is reject.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApproveClientApplyRequest(
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("ApproveType") String approveType,
    @JsonProperty("RejectReason") String rejectReason) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApproveClientApplyRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long clientUin;
    private String approveType;
    private String rejectReason;

    private Builder() {}

    /** Sets {@code ClientUin} (required). */
    public Builder clientUin(Long clientUin) {
      this.clientUin = clientUin;
      return this;
    }

    /** Sets {@code ApproveType} (required). */
    public Builder approveType(String approveType) {
      this.approveType = approveType;
      return this;
    }

    /** Sets {@code RejectReason} (optional). */
    public Builder rejectReason(String rejectReason) {
      this.rejectReason = rejectReason;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public ApproveClientApplyRequest build() {
      List<String> missing = new ArrayList<>();
      if (clientUin == null) missing.add("ClientUin");
      if (approveType == null) missing.add("ApproveType");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("ApproveClientApplyRequest: missing required parameter(s) " + missing);
      }
      return new ApproveClientApplyRequest(clientUin, approveType, rejectReason);
    }
  }
}
