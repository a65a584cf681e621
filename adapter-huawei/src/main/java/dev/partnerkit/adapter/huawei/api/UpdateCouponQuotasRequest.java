package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of UpdateCouponQuotas (China): a distributor grants coupon quota to resellers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param quotaId {@code quota_id}: the distributor's quota (required)
 * @param indirectPartnerIds {@code indirect_partner_ids}: resellers (required)
 * @param quotaAmount {@code quota_amount}: amount per reseller
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateCouponQuotasRequest(
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("indirect_partner_ids") List<String> indirectPartnerIds,
    @JsonProperty("quota_amount") BigDecimal quotaAmount) {

  /** Copies the lists, so that the record is immutable. */
  public UpdateCouponQuotasRequest {
    indirectPartnerIds = indirectPartnerIds == null ? null : Collections.unmodifiableList(new ArrayList<>(indirectPartnerIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateCouponQuotasRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String quotaId;
    private List<String> indirectPartnerIds;
    private BigDecimal quotaAmount;

    private Builder() {}

    /** Sets {@code quota_id}: the distributor's quota (required). */
    public Builder quotaId(String quotaId) {
      this.quotaId = quotaId;
      return this;
    }

    /** Sets {@code indirect_partner_ids}: resellers (required). */
    public Builder indirectPartnerIds(List<String> indirectPartnerIds) {
      this.indirectPartnerIds = indirectPartnerIds;
      return this;
    }

    /** Sets {@code quota_amount}: amount per reseller. */
    public Builder quotaAmount(BigDecimal quotaAmount) {
      this.quotaAmount = quotaAmount;
      return this;
    }

    /** The request. */
    public UpdateCouponQuotasRequest build() {
      return new UpdateCouponQuotasRequest(quotaId, indirectPartnerIds, quotaAmount);
    }
  }
}
