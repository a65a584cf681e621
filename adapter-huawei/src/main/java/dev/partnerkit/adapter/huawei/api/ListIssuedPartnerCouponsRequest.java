package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListIssuedPartnerCoupons (China): coupons issued to customers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param couponId {@code coupon_id}: coupon id
 * @param customerId {@code customer_id}: customer id
 * @param orderId {@code order_id}: order id
 * @param couponType {@code coupon_type}: {@code 1} cash coupon, {@code 4} flexi-purchase
 * @param status {@code status}: {@code 1} inactive, {@code 2} usable, {@code 3} used, {@code 4} expired, {@code 5}
 *     reclaimed
 * @param createTimeBegin {@code create_time_begin}: UTC
 * @param createTimeEnd {@code create_time_end}: UTC
 * @param effectiveTimeBegin {@code effective_time_begin}: UTC
 * @param effectiveTimeEnd {@code effective_time_end}: UTC
 * @param expireTimeBegin {@code expire_time_begin}: UTC
 * @param expireTimeEnd {@code expire_time_end}: UTC
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's coupons
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListIssuedPartnerCouponsRequest(
    @JsonProperty("coupon_id") String couponId,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("order_id") String orderId,
    @JsonProperty("coupon_type") Integer couponType,
    @JsonProperty("status") Integer status,
    @JsonProperty("create_time_begin") String createTimeBegin,
    @JsonProperty("create_time_end") String createTimeEnd,
    @JsonProperty("effective_time_begin") String effectiveTimeBegin,
    @JsonProperty("effective_time_end") String effectiveTimeEnd,
    @JsonProperty("expire_time_begin") String expireTimeBegin,
    @JsonProperty("expire_time_end") String expireTimeEnd,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListIssuedPartnerCouponsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String couponId;
    private String customerId;
    private String orderId;
    private Integer couponType;
    private Integer status;
    private String createTimeBegin;
    private String createTimeEnd;
    private String effectiveTimeBegin;
    private String effectiveTimeEnd;
    private String expireTimeBegin;
    private String expireTimeEnd;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code coupon_id}: coupon id. */
    public Builder couponId(String couponId) {
      this.couponId = couponId;
      return this;
    }

    /** Sets {@code customer_id}: customer id. */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code order_id}: order id. */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /** Sets {@code coupon_type}: {@code 1} cash coupon, {@code 4} flexi-purchase. */
    public Builder couponType(Integer couponType) {
      this.couponType = couponType;
      return this;
    }

    /** Sets {@code status}: {@code 1} inactive, {@code 2} usable, {@code 3} used, {@code 4} expired, {@code 5} reclaimed. */
    public Builder status(Integer status) {
      this.status = status;
      return this;
    }

    /** Sets {@code create_time_begin}: UTC. */
    public Builder createTimeBegin(String createTimeBegin) {
      this.createTimeBegin = createTimeBegin;
      return this;
    }

    /** Sets {@code create_time_end}: UTC. */
    public Builder createTimeEnd(String createTimeEnd) {
      this.createTimeEnd = createTimeEnd;
      return this;
    }

    /** Sets {@code effective_time_begin}: UTC. */
    public Builder effectiveTimeBegin(String effectiveTimeBegin) {
      this.effectiveTimeBegin = effectiveTimeBegin;
      return this;
    }

    /** Sets {@code effective_time_end}: UTC. */
    public Builder effectiveTimeEnd(String effectiveTimeEnd) {
      this.effectiveTimeEnd = effectiveTimeEnd;
      return this;
    }

    /** Sets {@code expire_time_begin}: UTC. */
    public Builder expireTimeBegin(String expireTimeBegin) {
      this.expireTimeBegin = expireTimeBegin;
      return this;
    }

    /** Sets {@code expire_time_end}: UTC. */
    public Builder expireTimeEnd(String expireTimeEnd) {
      this.expireTimeEnd = expireTimeEnd;
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

    /** Sets {@code indirect_partner_id}: a cloud reseller's coupons. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListIssuedPartnerCouponsRequest build() {
      return new ListIssuedPartnerCouponsRequest(couponId, customerId, orderId, couponType, status, createTimeBegin, createTimeEnd, effectiveTimeBegin, effectiveTimeEnd, expireTimeBegin, expireTimeEnd, offset, limit, indirectPartnerId);
    }
  }
}
