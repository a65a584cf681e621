package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code ApproveSubAgentApply} action: Approves a second-level reseller application.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param subAgentUin {@code SubAgentUin} (required): Second-level reseller UIN.
 * @param approveType {@code ApproveType} (required): Approval type. Only pass and reject are supported.
 * @param rejectReason {@code RejectReason} (optional): Reason for rejection. Fill in only when ApproveType is reject.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApproveSubAgentApplyRequest(
    @JsonProperty("SubAgentUin") Long subAgentUin,
    @JsonProperty("ApproveType") String approveType,
    @JsonProperty("RejectReason") String rejectReason) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApproveSubAgentApplyRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long subAgentUin;
    private String approveType;
    private String rejectReason;

    private Builder() {}

    /** Sets {@code SubAgentUin} (required). */
    public Builder subAgentUin(Long subAgentUin) {
      this.subAgentUin = subAgentUin;
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
    public ApproveSubAgentApplyRequest build() {
      List<String> missing = new ArrayList<>();
      if (subAgentUin == null) missing.add("SubAgentUin");
      if (approveType == null) missing.add("ApproveType");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("ApproveSubAgentApplyRequest: missing required parameter(s) " + missing);
      }
      return new ApproveSubAgentApplyRequest(subAgentUin, approveType, rejectReason);
    }
  }
}
