package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Answer of ShowSubCustomerBudget.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param budgetAmount {@code budget_amount}: the budget
 * @param usedAmount {@code used_amount}: used so far (may lag)
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param currency {@code currency}: {@code USD}
 * @param budgetType {@code budget_type}: {@code MONTHLY} or {@code PACKAGE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowSubCustomerBudgetResponse(
    @JsonProperty("budget_amount") BigDecimal budgetAmount,
    @JsonProperty("used_amount") BigDecimal usedAmount,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("currency") String currency,
    @JsonProperty("budget_type") String budgetType) {
}
