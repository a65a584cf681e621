package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.huawei.api.ShowSubCustomerBudgetRequest;
import dev.partnerkit.adapter.huawei.api.UpdateSubCustomerBudgetRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.BudgetPort;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.GatewayFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * {@link BudgetPort} on Huawei Cloud International: ShowSubCustomerBudget and UpdateSubCustomerBudget (monthly, in
 * USD, more than 0 with at most 2 decimals).
 */
final class HuaweiBudgets implements BudgetPort {

  private final BssClient client;
  private final HuaweiCalls calls;
  private final String currency;

  HuaweiBudgets(BssClient client, HuaweiCalls calls, String currency) {
    this.client = client;
    this.calls = calls;
    this.currency = currency;
  }

  @Override
  public Either<GatewayFailure, Budget> budget(CustomerId customer) {
    return calls.call(BssOperation.SHOW_SUB_CUSTOMER_BUDGET, () -> client.showSubCustomerBudget(
            ShowSubCustomerBudgetRequest.builder().customerId(customer.value()).build()))
        .map(r -> new Budget(customer,
            new Money(HuaweiCalls.orZero(r.budgetAmount()), Option.of(r.currency()).getOrElse(currency)),
            new Money(HuaweiCalls.orZero(r.usedAmount()), Option.of(r.currency()).getOrElse(currency))));
  }

  @Override
  public Either<GatewayFailure, Done> setMonthlyBudget(CustomerId customer, Money amount) {
    var bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(new GatewayFailure.InvalidRequest(bad, HuaweiCalls.localTrace("invalid_request", "refused before sending")));
    }
    return calls.call(BssOperation.UPDATE_SUB_CUSTOMER_BUDGET, () -> client.updateSubCustomerBudget(
            UpdateSubCustomerBudgetRequest.builder().customerId(customer.value()).budgetAmount(amount.amount())
                .budgetType("MONTHLY").build()))
        .map(ok -> Done.DONE);
  }
}
