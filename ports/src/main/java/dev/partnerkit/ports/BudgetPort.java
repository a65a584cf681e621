package dev.partnerkit.ports;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import io.vavr.control.Either;
import java.util.Objects;

/** Monthly spending budgets of customers (Huawei International). */
public interface BudgetPort extends Capability {

  /** The customer's budget and how much of it is used. */
  Either<GatewayFailure, Budget> budget(CustomerId customer);

  /** Sets the customer's monthly budget to {@code amount} (a positive amount in the vendor's currency). */
  Either<GatewayFailure, Done> setMonthlyBudget(CustomerId customer, Money amount);

  /** A customer's budget: the amount granted and the amount used (the vendor may report usage with a lag). */
  record Budget(CustomerId customer, Money amount, Money used) {
    public Budget {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(used, "used");
    }
  }
}
