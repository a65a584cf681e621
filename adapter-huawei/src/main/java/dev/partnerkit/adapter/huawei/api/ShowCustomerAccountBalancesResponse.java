package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ShowCustomerAccountBalances (customer-side): the caller's own balances.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param accountBalances {@code account_balances}: one per account type
 * @param debtAmount {@code debt_amount}: total debt
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param currency {@code currency}: currency
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowCustomerAccountBalancesResponse(
    @JsonProperty("account_balances") List<AccountBalance> accountBalances,
    @JsonProperty("debt_amount") BigDecimal debtAmount,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("currency") String currency) {

  /** Copies the lists, so that the record is immutable. */
  public ShowCustomerAccountBalancesResponse {
    accountBalances = accountBalances == null ? null : Collections.unmodifiableList(new ArrayList<>(accountBalances));
  }
}
