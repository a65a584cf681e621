package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One budget change.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param budgetAmount {@code budget_amount}: the budget set
 * @param operationType {@code operation_type}: {@code SETTING} or {@code DELETE}
 * @param operationTime {@code operation_time}: UTC
 * @param operator {@code operator}: operator name or {@code system}
 * @param budgetType {@code budget_type}: {@code MONTHLY} or {@code PACKAGE}
 * @param partnerCorpName {@code partner_corp_name}: partner company
 * @param partnerAccountName {@code partner_account_name}: partner account
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetRecord(
    @JsonProperty("budget_amount") BigDecimal budgetAmount,
    @JsonProperty("operation_type") String operationType,
    @JsonProperty("operation_time") String operationTime,
    @JsonProperty("operator") String operator,
    @JsonProperty("budget_type") String budgetType,
    @JsonProperty("partner_corp_name") String partnerCorpName,
    @JsonProperty("partner_account_name") String partnerAccountName) {
}
