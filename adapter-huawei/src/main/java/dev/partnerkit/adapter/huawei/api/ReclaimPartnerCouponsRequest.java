package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of ReclaimPartnerCoupons (China).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param couponId {@code coupon_id}: coupon id (required)
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's coupon
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReclaimPartnerCouponsRequest(
    @JsonProperty("coupon_id") String couponId,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReclaimPartnerCouponsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String couponId;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code coupon_id}: coupon id (required). */
    public Builder couponId(String couponId) {
      this.couponId = couponId;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's coupon. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ReclaimPartnerCouponsRequest build() {
      return new ReclaimPartnerCouponsRequest(couponId, indirectPartnerId);
    }
  }
}
