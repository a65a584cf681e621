package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.SpendingControlPort;
import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Suspending and resuming customers: each customer of a batch is either done or reported with the vendor's reason. */
public interface SpendingControlContract {

  ContractTarget target();

  private SpendingControlPort control() {
    return target().gateway().capability(SpendingControlPort.class).get();
  }

  private CustomerId newCustomer(int n) {
    return target().gateway().createCustomer(new Registrations(target()).valid(n),
        IdempotencyKey.of("contract-" + UUID.randomUUID())).get().id();
  }

  @Test
  default void a_batch_suspends_the_partners_customers_and_reports_the_others() {
    CustomerId first = newCustomer(500);
    CustomerId second = newCustomer(501);
    CustomerId stranger = CustomerId.of("999999999999");

    var outcome = control().suspend(List.of(first, second, stranger), "invoice unpaid").get();

    assertThat(outcome.done()).containsExactlyInAnyOrder(first, second);
    assertThat(outcome.notDone().map(SpendingControlPort.NotDone::customer)).containsExactly(stranger);
    assertThat(outcome.complete()).isFalse();
  }

  @Test
  default void a_suspended_customer_can_be_resumed() {
    CustomerId customer = newCustomer(502);
    control().suspend(List.of(customer), "invoice unpaid").get();

    var outcome = control().resume(List.of(customer), "invoice paid").get();

    assertThat(outcome.done()).containsExactly(customer);
    assertThat(outcome.complete()).isTrue();
  }
}
