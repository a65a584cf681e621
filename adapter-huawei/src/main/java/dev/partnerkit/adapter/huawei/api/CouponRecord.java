package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One coupon operation.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param id {@code id}: record id
 * @param operationType {@code operation_type}: operation
 * @param quotaId {@code quota_id}: quota id
 * @param quotaType {@code quota_type}: quota type
 * @param couponId {@code coupon_id}: coupon id
 * @param customerId {@code customer_id}: customer id
 * @param operationAmount {@code operation_amount}: amount
 * @param operationTime {@code operation_time}: time
 * @param result {@code result}: result
 * @param remark {@code remark}: remark
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponRecord(
    @JsonProperty("id") String id,
    @JsonProperty("operation_type") String operationType,
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("quota_type") Integer quotaType,
    @JsonProperty("coupon_id") String couponId,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("operation_amount") BigDecimal operationAmount,
    @JsonProperty("operation_time") String operationTime,
    @JsonProperty("result") String result,
    @JsonProperty("remark") String remark) {
}
