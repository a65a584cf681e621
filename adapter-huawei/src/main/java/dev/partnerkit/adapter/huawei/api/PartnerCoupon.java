package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A coupon the partner issued.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param couponId {@code coupon_id}: coupon id
 * @param status {@code status}: status
 * @param customerId {@code customer_id}: customer id
 * @param couponType {@code coupon_type}: coupon type
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param faceValue {@code face_value}: face value
 * @param effectiveTime {@code effective_time}: from
 * @param expireTime {@code expire_time}: until
 * @param orderId {@code order_id}: order id
 * @param promotionPlanId {@code promotion_plan_id}: promotion plan id
 * @param promotionPlanName {@code promotion_plan_name}: promotion plan name
 * @param promotionPlanDesc {@code promotion_plan_desc}: promotion plan description
 * @param mediaType {@code media_type}: media type
 * @param fetchMethod {@code fetch_method}: fetch method
 * @param useLimits {@code use_limits}: usage limits
 * @param activeTime {@code active_time}: activated
 * @param lastUsedTime {@code last_used_time}: last used
 * @param promotionId {@code promotion_id}: promotion id
 * @param createTime {@code create_time}: created
 * @param balance {@code balance}: remaining
 * @param lockOrderId {@code lock_order_id}: locking order
 * @param isFrozen {@code is_frozen}: frozen flag
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerCoupon(
    @JsonProperty("coupon_id") String couponId,
    @JsonProperty("status") Integer status,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("coupon_type") Integer couponType,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("face_value") BigDecimal faceValue,
    @JsonProperty("effective_time") String effectiveTime,
    @JsonProperty("expire_time") String expireTime,
    @JsonProperty("order_id") String orderId,
    @JsonProperty("promotion_plan_id") String promotionPlanId,
    @JsonProperty("promotion_plan_name") String promotionPlanName,
    @JsonProperty("promotion_plan_desc") String promotionPlanDesc,
    @JsonProperty("media_type") Integer mediaType,
    @JsonProperty("fetch_method") Integer fetchMethod,
    @JsonProperty("use_limits") List<CouponUseLimit> useLimits,
    @JsonProperty("active_time") String activeTime,
    @JsonProperty("last_used_time") String lastUsedTime,
    @JsonProperty("promotion_id") String promotionId,
    @JsonProperty("create_time") String createTime,
    @JsonProperty("balance") BigDecimal balance,
    @JsonProperty("lock_order_id") String lockOrderId,
    @JsonProperty("is_frozen") String isFrozen) {

  /** Copies the lists, so that the record is immutable. */
  public PartnerCoupon {
    useLimits = useLimits == null ? null : Collections.unmodifiableList(new ArrayList<>(useLimits));
  }
}
