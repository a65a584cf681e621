package dev.partnerkit.adapter.huawei;

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
record HuaweiBudgets(BssClient client, String currency) implements BudgetPort {

  @Override
  public Either<GatewayFailure, Budget> budget(CustomerId customer) {
    return client.showSubCustomerBudget(
            ShowSubCustomerBudgetRequest.builder().customerId(customer.value()).build()).mapLeft(HuaweiFailures::toGateway)
        .map(r -> new Budget(customer,
            new Money(HuaweiFunds.orZero(r.budgetAmount()), Option.of(r.currency()).getOrElse(currency)),
            new Money(HuaweiFunds.orZero(r.usedAmount()), Option.of(r.currency()).getOrElse(currency))));
  }

  @Override
  public Either<GatewayFailure, Done> setMonthlyBudget(CustomerId customer, Money amount) {
    var bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(new GatewayFailure.InvalidRequest(bad, HuaweiFailures.localTrace("invalid_request", "refused before sending")));
    }
    return client.updateSubCustomerBudget(
            UpdateSubCustomerBudgetRequest.builder().customerId(customer.value()).budgetAmount(amount.amount())
                .budgetType("MONTHLY").build()).mapLeft(HuaweiFailures::toGateway)
        .map(ok -> Done.DONE);
  }
}
