package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListSubCustomerBudget.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param currency {@code currency}: {@code USD}
 * @param budgetInfos {@code budget_infos}: one per known resale customer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerBudgetResponse(
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("currency") String currency,
    @JsonProperty("budget_infos") List<BudgetInfo> budgetInfos) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubCustomerBudgetResponse {
    budgetInfos = budgetInfos == null ? null : Collections.unmodifiableList(new ArrayList<>(budgetInfos));
  }
}
