package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of ShowPartnerConsumptionQuota (international): the partner's own credit. The vendor sends the amounts as
 * strings.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param consumptionQuota {@code consumption_quota}: total quota
 * @param amount {@code amount}: amount
 * @param couponAmount {@code coupon_amount}: coupon amount
 * @param dueAmount {@code due_amount}: due
 * @param unbilledAmount {@code unbilled_amount}: not yet billed
 * @param usedConsumptionQuota {@code used_consumption_quota}: due + unbilled - amount - coupon_amount
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param currency {@code currency}: currency
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowPartnerConsumptionQuotaResponse(
    @JsonProperty("consumption_quota") String consumptionQuota,
    @JsonProperty("amount") String amount,
    @JsonProperty("coupon_amount") String couponAmount,
    @JsonProperty("due_amount") String dueAmount,
    @JsonProperty("unbilled_amount") String unbilledAmount,
    @JsonProperty("used_consumption_quota") String usedConsumptionQuota,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("currency") String currency) {
}
