package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListIssuedCouponQuotas (China): quotas issued to resellers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param quotaId {@code quota_id}: quota id
 * @param indirectPartnerId {@code indirect_partner_id}: reseller id
 * @param parentQuotaId {@code parent_quota_id}: the distributor's quota
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListIssuedCouponQuotasRequest(
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("parent_quota_id") String parentQuotaId,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListIssuedCouponQuotasRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String quotaId;
    private String indirectPartnerId;
    private String parentQuotaId;
    private Integer offset;
    private Integer limit;

    private Builder() {}

    /** Sets {@code quota_id}: quota id. */
    public Builder quotaId(String quotaId) {
      this.quotaId = quotaId;
      return this;
    }

    /** Sets {@code indirect_partner_id}: reseller id. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code parent_quota_id}: the distributor's quota. */
    public Builder parentQuotaId(String parentQuotaId) {
      this.parentQuotaId = parentQuotaId;
      return this;
    }

    /** Sets {@code offset}: 0-based record offset. */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /** Sets {@code limit}: page size. */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** The request. */
    public ListIssuedCouponQuotasRequest build() {
      return new ListIssuedCouponQuotasRequest(quotaId, indirectPartnerId, parentQuotaId, offset, limit);
    }
  }
}
