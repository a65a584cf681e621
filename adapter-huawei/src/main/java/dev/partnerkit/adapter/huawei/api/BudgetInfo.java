package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One customer's budget.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer id
 * @param budgetAmount {@code budget_amount}: the budget
 * @param usedAmount {@code used_amount}: used so far
 * @param budgetType {@code budget_type}: {@code MONTHLY} or {@code PACKAGE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetInfo(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("budget_amount") BigDecimal budgetAmount,
    @JsonProperty("used_amount") BigDecimal usedAmount,
    @JsonProperty("budget_type") String budgetType) {
}
