package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One of the caller's coupons.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param couponId {@code coupon_id}: coupon id
 * @param couponCode {@code coupon_code}: coupon code
 * @param status {@code status}: status
 * @param customerId {@code customer_id}: customer id
 * @param couponType {@code coupon_type}: coupon type
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param faceValue {@code face_value}: face value
 * @param validTime {@code valid_time}: from
 * @param expireTime {@code expire_time}: until
 * @param orderId {@code order_id}: order id
 * @param promotionPlanId {@code promotion_plan_id}: promotion plan id
 * @param planName {@code plan_name}: plan name
 * @param planDesc {@code plan_desc}: plan description
 * @param mediaType {@code media_type}: media type
 * @param fetchMethod {@code fetch_method}: fetch method
 * @param useLimits {@code use_limits}: usage limits
 * @param activeTime {@code active_time}: activated
 * @param reserveTime {@code reserve_time}: reserved
 * @param promotionId {@code promotion_id}: promotion id
 * @param createTime {@code create_time}: created
 * @param couponVersion {@code coupon_version}: version
 * @param balance {@code balance}: remaining
 * @param lockOrderId {@code lock_order_id}: locking order
 * @param couponUsage {@code coupon_usage}: usage
 * @param isFrozen {@code is_frozen}: frozen flag
 * @param currency {@code currency}: currency
 * @param extendParam1 {@code extend_param1}: extension
 * @param sourceId {@code source_id}: source id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserCoupon(
    @JsonProperty("coupon_id") String couponId,
    @JsonProperty("coupon_code") String couponCode,
    @JsonProperty("status") Integer status,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("coupon_type") Integer couponType,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("face_value") BigDecimal faceValue,
    @JsonProperty("valid_time") String validTime,
    @JsonProperty("expire_time") String expireTime,
    @JsonProperty("order_id") String orderId,
    @JsonProperty("promotion_plan_id") String promotionPlanId,
    @JsonProperty("plan_name") String planName,
    @JsonProperty("plan_desc") String planDesc,
    @JsonProperty("media_type") Integer mediaType,
    @JsonProperty("fetch_method") Integer fetchMethod,
    @JsonProperty("use_limits") List<CouponUseLimit> useLimits,
    @JsonProperty("active_time") String activeTime,
    @JsonProperty("reserve_time") String reserveTime,
    @JsonProperty("promotion_id") String promotionId,
    @JsonProperty("create_time") String createTime,
    @JsonProperty("coupon_version") Integer couponVersion,
    @JsonProperty("balance") BigDecimal balance,
    @JsonProperty("lock_order_id") String lockOrderId,
    @JsonProperty("coupon_usage") String couponUsage,
    @JsonProperty("is_frozen") String isFrozen,
    @JsonProperty("currency") String currency,
    @JsonProperty("extend_param1") String extendParam1,
    @JsonProperty("source_id") String sourceId) {

  /** Copies the lists, so that the record is immutable. */
  public UserCoupon {
    useLimits = useLimits == null ? null : Collections.unmodifiableList(new ArrayList<>(useLimits));
  }
}
