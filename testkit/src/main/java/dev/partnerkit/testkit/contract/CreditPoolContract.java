package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.ResellerHierarchyPort;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Topping up a second-level reseller's credit pool (Tencent AllocateCreditPool, Huawei Cloud China
 * UpdateIndirectPartnerAccount): the pool grows once per key, and the same key for another amount is a conflict. What
 * happens to a lost answer depends on what the vendor keeps: see {@link TencentCreditPoolContract} and {@link
 * HuaweiCreditPoolContract}.
 */
public interface CreditPoolContract {

  AtomicLong RESELLERS = new AtomicLong();

  ContractTarget target();

  default ResellerHierarchyPort hierarchy() {
    return target().gateway().capability(ResellerHierarchyPort.class).get();
  }

  default CreditPort credit() {
    return target().gateway().capability(CreditPort.class).get();
  }

  /** A new second-level reseller with an empty pool. */
  default ResellerId newSubReseller() {
    return target().seedSubReseller("Pool Reseller " + RESELLERS.incrementAndGet());
  }

  /** The reseller's credit pool as the vendor lists it now. */
  default Money pool(ResellerId reseller) {
    return hierarchy().subResellers().stream().filter(r -> r.reseller().id().equals(reseller)).findFirst()
        .orElseThrow(() -> new AssertionError("no second-level reseller " + reseller)).creditPool();
  }

  default Money money(String amount) {
    return new Money(new BigDecimal(amount), credit().partnerCredit().get().remaining().currency());
  }

  @Test
  default void a_top_up_moves_credit_from_the_partner_to_the_pool_once_per_key() {
    ResellerId reseller = newSubReseller();
    Money poolBefore = pool(reseller);
    Money partnerBefore = credit().partnerCredit().get().remaining();
    Money amount = money("35.50");
    IdempotencyKey key = IdempotencyKey.of("pool-" + UUID.randomUUID());

    ResellerHierarchyPort.SubReseller first = hierarchy().allocateCreditPool(reseller, amount, key).get();
    ResellerHierarchyPort.SubReseller again = hierarchy().allocateCreditPool(reseller, amount, key).get();

    assertThat(first.reseller().id()).isEqualTo(reseller);
    assertThat(first.creditPool()).isEqualTo(poolBefore.plus(amount));
    assertThat(again.reseller().id()).isEqualTo(reseller);
    assertThat(pool(reseller)).isEqualTo(poolBefore.plus(amount));
    assertThat(credit().partnerCredit().get().remaining()).isEqualTo(partnerBefore.minus(amount));
  }

  @Test
  default void a_pool_top_up_with_the_same_key_for_another_amount_is_a_conflict_and_moves_nothing() {
    ResellerId reseller = newSubReseller();
    Money poolBefore = pool(reseller);
    IdempotencyKey key = IdempotencyKey.of("pool-" + UUID.randomUUID());
    hierarchy().allocateCreditPool(reseller, money("10"), key).get();

    GatewayFailure other = hierarchy().allocateCreditPool(reseller, money("11"), key).getLeft();

    assertThat(other.kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(pool(reseller)).isEqualTo(poolBefore.plus(money("10")));
  }
}
