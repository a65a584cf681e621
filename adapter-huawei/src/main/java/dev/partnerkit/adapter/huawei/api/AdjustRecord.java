package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One transfer or reclaim.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer id
 * @param customerName {@code customer_name}: customer name
 * @param operationType {@code operation_type}: the operation
 * @param amount {@code amount}: amount, as the vendor sends it (a string)
 * @param currency {@code currency}: currency
 * @param applyScene {@code apply_scene}: scene
 * @param operationTime {@code operation_time}: UTC
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param transId {@code trans_id}: transaction id
 * @param memo {@code memo}: memo
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdjustRecord(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("customer_name") String customerName,
    @JsonProperty("operation_type") String operationType,
    @JsonProperty("amount") String amount,
    @JsonProperty("currency") String currency,
    @JsonProperty("apply_scene") String applyScene,
    @JsonProperty("operation_time") String operationTime,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("trans_id") String transId,
    @JsonProperty("memo") String memo) {
}
