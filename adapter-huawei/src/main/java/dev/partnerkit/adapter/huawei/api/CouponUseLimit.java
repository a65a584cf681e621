package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A usage limit of a coupon.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param useLimitiInfoId {@code use_limiti_info_id}: limit id (the vendor's spelling)
 * @param limitKey {@code limit_key}: what is limited
 * @param value1 {@code value1}: first value
 * @param value2 {@code value2}: second value
 * @param valueUnit {@code value_unit}: unit
 * @param limitType {@code limit_type}: limit type
 * @param promotionPlanId {@code promotion_plan_id}: promotion plan id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponUseLimit(
    @JsonProperty("use_limiti_info_id") String useLimitiInfoId,
    @JsonProperty("limit_key") String limitKey,
    @JsonProperty("value1") String value1,
    @JsonProperty("value2") String value2,
    @JsonProperty("value_unit") String valueUnit,
    @JsonProperty("limit_type") String limitType,
    @JsonProperty("promotion_plan_id") String promotionPlanId) {
}
