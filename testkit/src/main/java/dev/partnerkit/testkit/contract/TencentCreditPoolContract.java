package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.IdempotencyKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tencent's credit pools: AllocateCreditPool leaves no history to reconcile from, so a top-up whose answer was lost
 * stays {@code OUTCOME_UNKNOWN}, a retry with the same key is never sent again, and only the operator's word settles
 * it.
 */
public interface TencentCreditPoolContract extends CreditPoolContract {

  @Test
  default void a_top_up_whose_answer_is_lost_stays_unknown_is_never_sent_again_and_the_operator_settles_it() {
    ResellerId reseller = newSubReseller();
    Money poolBefore = pool(reseller);
    Money partnerBefore = credit().partnerCredit().get().remaining();
    Money amount = money("75");
    Money another = money("76");
    IdempotencyKey key = IdempotencyKey.of("pool-" + UUID.randomUUID());

    target().loseNextCreditPoolAllocationResponse();
    assertThat(hierarchy().allocateCreditPool(reseller, amount, key).getLeft().kind())
        .isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    long calls = target().vendorCalls();
    assertThat(hierarchy().allocateCreditPool(reseller, amount, key).getLeft().kind())   // never repeated blindly
        .isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(hierarchy().allocateCreditPool(reseller, another, key).getLeft().kind())
        .isEqualTo(FailureKind.CONFLICT);
    assertThat(target().vendorCalls()).isEqualTo(calls);

    target().resolveUnknown(key, true);   // the operator saw the top-up in the console
    var settled = hierarchy().allocateCreditPool(reseller, amount, key).get();

    assertThat(settled.reseller().id()).isEqualTo(reseller);
    assertThat(pool(reseller)).isEqualTo(poolBefore.plus(amount));
    assertThat(credit().partnerCredit().get().remaining()).isEqualTo(partnerBefore.minus(amount));
  }
}
