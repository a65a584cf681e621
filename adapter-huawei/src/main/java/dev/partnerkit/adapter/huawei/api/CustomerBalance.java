package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One customer's balance and debt.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer id
 * @param debtAmount {@code debt_amount}: debt
 * @param amount {@code amount}: available balance
 * @param currency {@code currency}: currency
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerBalance(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("debt_amount") BigDecimal debtAmount,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("currency") String currency,
    @JsonProperty("measure_id") Integer measureId) {
}
