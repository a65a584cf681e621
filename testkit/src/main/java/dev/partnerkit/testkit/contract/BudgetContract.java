package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.BudgetPort;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.IdempotencyKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Monthly budgets: a budget set is the budget read; a zero budget is refused before sending. */
public interface BudgetContract {

  ContractTarget target();

  @Test
  default void a_monthly_budget_set_is_the_budget_read() {
    BudgetPort budgets = target().gateway().capability(BudgetPort.class).get();
    CustomerId customer = target().gateway().createCustomer(new Registrations(target()).valid(600),
        IdempotencyKey.of("contract-" + UUID.randomUUID())).get().id();

    budgets.setMonthlyBudget(customer, Money.of("500.00", "USD")).get();

    assertThat(budgets.budget(customer).get().amount()).isEqualTo(Money.of("500", "USD"));
    assertThat(budgets.setMonthlyBudget(customer, Money.of("0", "USD")).getLeft().kind()).isEqualTo(FailureKind.INVALID_REQUEST);
  }
}
