package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Answer of ShowCustomerExpenditureQuota (international, customer-side).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param grantingAmount {@code granting_amount}: granted
 * @param grantingAmountUsed {@code granting_amount_used}: used
 * @param percentageGrantingAmountUsed {@code percentage_granting_amount_used}: used, in percent
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param currency {@code currency}: {@code USD}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowCustomerExpenditureQuotaResponse(
    @JsonProperty("granting_amount") BigDecimal grantingAmount,
    @JsonProperty("granting_amount_used") BigDecimal grantingAmountUsed,
    @JsonProperty("percentage_granting_amount_used") BigDecimal percentageGrantingAmountUsed,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("currency") String currency) {
}
