package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of ReclaimCouponQuotas (China): a distributor reclaims reseller quotas.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param quotaIds {@code quota_ids}: quota ids (required)
 * @param remark {@code remark}: remark
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReclaimCouponQuotasRequest(
    @JsonProperty("quota_ids") List<String> quotaIds,
    @JsonProperty("remark") String remark) {

  /** Copies the lists, so that the record is immutable. */
  public ReclaimCouponQuotasRequest {
    quotaIds = quotaIds == null ? null : Collections.unmodifiableList(new ArrayList<>(quotaIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReclaimCouponQuotasRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<String> quotaIds;
    private String remark;

    private Builder() {}

    /** Sets {@code quota_ids}: quota ids (required). */
    public Builder quotaIds(List<String> quotaIds) {
      this.quotaIds = quotaIds;
      return this;
    }

    /** Sets {@code remark}: remark. */
    public Builder remark(String remark) {
      this.remark = remark;
      return this;
    }

    /** The request. */
    public ReclaimCouponQuotasRequest build() {
      return new ReclaimCouponQuotasRequest(quotaIds, remark);
    }
  }
}
