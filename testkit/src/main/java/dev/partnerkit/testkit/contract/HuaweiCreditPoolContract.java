package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Huawei Cloud China's transfers to cloud resellers: UpdateIndirectPartnerAccount shows in ListPartnerAdjustRecords,
 * so a transfer whose answer was lost is reconciled from there; the retry with the same key moves nothing again.
 */
public interface HuaweiCreditPoolContract extends CreditPoolContract {

  @Test
  default void a_transfer_whose_answer_is_lost_is_reconciled_and_the_money_moves_once() {
    ResellerId reseller = newSubReseller();
    Money poolBefore = pool(reseller);
    Money partnerBefore = credit().partnerCredit().get().remaining();
    Money amount = money("20");
    IdempotencyKey key = IdempotencyKey.of("pool-" + UUID.randomUUID());

    target().loseNextCreditPoolAllocationResponse();
    var first = hierarchy().allocateCreditPool(reseller, amount, key);   // reconciled at once, or outcome unknown
    if (first.isLeft()) {
      assertThat(first.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    }
    var retried = hierarchy().allocateCreditPool(reseller, amount, key).get();   // the caller's retry

    assertThat(retried.reseller().id()).isEqualTo(reseller);
    assertThat(pool(reseller)).isEqualTo(poolBefore.plus(amount));
    assertThat(credit().partnerCredit().get().remaining()).isEqualTo(partnerBefore.minus(amount));
    GatewayFailure other = hierarchy().allocateCreditPool(reseller, money("21"), key).getLeft();
    assertThat(other.kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(pool(reseller)).isEqualTo(poolBefore.plus(amount));
  }
}
