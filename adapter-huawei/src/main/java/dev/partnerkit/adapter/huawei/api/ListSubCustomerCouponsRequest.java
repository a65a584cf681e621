package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListSubCustomerCoupons (customer-side): the caller's coupons.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param couponId {@code coupon_id}: coupon id
 * @param orderId {@code order_id}: order id
 * @param promotionPlanId {@code promotion_plan_id}: promotion plan id
 * @param couponType {@code coupon_type}: coupon type
 * @param status {@code status}: status
 * @param activeStartTime {@code active_start_time}: UTC
 * @param activeEndTime {@code active_end_time}: UTC
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param sourceId {@code source_id}: source id
 * @param indirectPartnerId {@code indirect_partner_id}: China only: a cloud reseller's view
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerCouponsRequest(
    @JsonProperty("coupon_id") String couponId,
    @JsonProperty("order_id") String orderId,
    @JsonProperty("promotion_plan_id") String promotionPlanId,
    @JsonProperty("coupon_type") Integer couponType,
    @JsonProperty("status") Integer status,
    @JsonProperty("active_start_time") String activeStartTime,
    @JsonProperty("active_end_time") String activeEndTime,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("source_id") String sourceId,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSubCustomerCouponsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String couponId;
    private String orderId;
    private String promotionPlanId;
    private Integer couponType;
    private Integer status;
    private String activeStartTime;
    private String activeEndTime;
    private Integer offset;
    private Integer limit;
    private String sourceId;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code coupon_id}: coupon id. */
    public Builder couponId(String couponId) {
      this.couponId = couponId;
      return this;
    }

    /** Sets {@code order_id}: order id. */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /** Sets {@code promotion_plan_id}: promotion plan id. */
    public Builder promotionPlanId(String promotionPlanId) {
      this.promotionPlanId = promotionPlanId;
      return this;
    }

    /** Sets {@code coupon_type}: coupon type. */
    public Builder couponType(Integer couponType) {
      this.couponType = couponType;
      return this;
    }

    /** Sets {@code status}: status. */
    public Builder status(Integer status) {
      this.status = status;
      return this;
    }

    /** Sets {@code active_start_time}: UTC. */
    public Builder activeStartTime(String activeStartTime) {
      this.activeStartTime = activeStartTime;
      return this;
    }

    /** Sets {@code active_end_time}: UTC. */
    public Builder activeEndTime(String activeEndTime) {
      this.activeEndTime = activeEndTime;
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

    /** Sets {@code source_id}: source id. */
    public Builder sourceId(String sourceId) {
      this.sourceId = sourceId;
      return this;
    }

    /** Sets {@code indirect_partner_id}: China only: a cloud reseller's view. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListSubCustomerCouponsRequest build() {
      return new ListSubCustomerCouponsRequest(couponId, orderId, promotionPlanId, couponType, status, activeStartTime, activeEndTime, offset, limit, sourceId, indirectPartnerId);
    }
  }
}
