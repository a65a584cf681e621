package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One balance account.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param accountId {@code account_id}: account id
 * @param accountType {@code account_type}: {@code 1} balance, {@code 2} credit, {@code 5} bonus, {@code 7} deposit,
 *     {@code 8} allocatable
 * @param amount {@code amount}: amount
 * @param currency {@code currency}: currency
 * @param designatedAmount {@code designated_amount}: earmarked amount
 * @param creditAmount {@code credit_amount}: total credit (type 2 only)
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param memo {@code memo}: memo
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountBalance(
    @JsonProperty("account_id") String accountId,
    @JsonProperty("account_type") Integer accountType,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("currency") String currency,
    @JsonProperty("designated_amount") BigDecimal designatedAmount,
    @JsonProperty("credit_amount") BigDecimal creditAmount,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("memo") String memo) {
}
