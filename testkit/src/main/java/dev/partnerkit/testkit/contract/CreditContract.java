package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Moving the partner's credit to customers: balances move, never beyond what the partner has, once per key. */
public interface CreditContract {

  ContractTarget target();

  private CreditPort credit() {
    return target().gateway().capability(CreditPort.class).get();
  }

  private CustomerId newCustomer(int n) {
    return target().gateway().createCustomer(new Registrations(target()).valid(n), IdempotencyKey.of("contract-" + UUID.randomUUID())).get().id();
  }

  @Test
  default void an_allocation_moves_credit_from_the_partner_to_the_customer_once_per_key() {
    CustomerId customer = newCustomer(400);
    CreditPort.PartnerCredit before = credit().partnerCredit().get();
    Money amount = new Money(new BigDecimal("125.50"), before.remaining().currency());
    IdempotencyKey key = IdempotencyKey.of("credit-" + UUID.randomUUID());

    credit().allocateCredit(customer, amount, key).get();
    credit().allocateCredit(customer, amount, key).get();

    assertThat(credit().partnerCredit().get().remaining()).isEqualTo(before.remaining().minus(amount));
    assertThat(credit().customerCredit(customer).get().credit().amount()).isEqualByComparingTo("125.50");
  }

  @Test
  default void more_than_the_partner_has_is_refused() {
    CustomerId customer = newCustomer(401);
    Money remaining = credit().partnerCredit().get().remaining();
    Money tooMuch = remaining.plus(new Money(BigDecimal.ONE, remaining.currency()));

    GatewayFailure failure = credit().allocateCredit(customer, tooMuch, IdempotencyKey.of("credit-" + UUID.randomUUID())).getLeft();

    assertThat(failure).isInstanceOf(GatewayFailure.Rejected.class);
    assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_CREDIT);
    assertThat(credit().partnerCredit().get().remaining()).isEqualTo(remaining);
  }

  @Test
  default void the_answer_is_lost_after_the_vendor_moved_the_credit_and_the_retry_with_the_same_key_moves_it_once() {
    CustomerId customer = newCustomer(402);
    CreditPort.PartnerCredit before = credit().partnerCredit().get();
    Money amount = new Money(new BigDecimal("42.25"), before.remaining().currency());
    IdempotencyKey key = IdempotencyKey.of("credit-" + UUID.randomUUID());

    target().loseNextCreditAllocationResponse();
    var first = credit().allocateCredit(customer, amount, key);   // reconciled at once, or outcome unknown
    if (first.isLeft()) {
      assertThat(first.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    }
    CreditPort.CreditAllocation retried = credit().allocateCredit(customer, amount, key).get();   // the caller's retry

    assertThat(retried.amount()).isEqualTo(amount);
    assertThat(credit().partnerCredit().get().remaining()).isEqualTo(before.remaining().minus(amount));
    assertThat(credit().customerCredit(customer).get().credit().amount()).isEqualByComparingTo("42.25");
  }

  @Test
  default void the_same_key_for_another_amount_is_a_conflict_and_moves_nothing() {
    CustomerId customer = newCustomer(403);
    Money remaining = credit().partnerCredit().get().remaining();
    IdempotencyKey key = IdempotencyKey.of("credit-" + UUID.randomUUID());
    credit().allocateCredit(customer, new Money(new BigDecimal("10"), remaining.currency()), key).get();

    GatewayFailure other = credit().allocateCredit(customer, new Money(new BigDecimal("11"), remaining.currency()), key)
        .getLeft();

    assertThat(other.kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(credit().customerCredit(customer).get().credit().amount()).isEqualByComparingTo("10");
  }
}
