package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sending verification codes, at most once per key: neither vendor keeps a record of the codes it sent, so a code whose
 * answer was lost stays {@code OUTCOME_UNKNOWN}, is never sent again under its key, and only the operator's word (or a
 * new key, the customer asking again) settles it.
 */
public interface VerificationCodeContract {

  ContractTarget target();

  private VerificationTarget to(int n) {
    return new Registrations(target()).codeTarget(n);
  }

  private static IdempotencyKey key() {
    return IdempotencyKey.of("code-" + UUID.randomUUID());
  }

  @Test
  default void a_code_is_sent_once_per_key() {
    VerificationTarget to = to(600);
    IdempotencyKey key = key();

    assertThat(target().gateway().sendVerificationCode(to, key).get()).isEqualTo(Done.DONE);
    String code = target().receivedVerificationCode(to);
    long calls = target().vendorCalls();
    assertThat(target().gateway().sendVerificationCode(to, key).get()).isEqualTo(Done.DONE);

    assertThat(target().vendorCalls()).isEqualTo(calls);
    assertThat(target().receivedVerificationCode(to)).isEqualTo(code);
  }

  @Test
  default void the_same_key_for_another_address_is_a_conflict_and_sends_nothing() {
    IdempotencyKey key = key();
    target().gateway().sendVerificationCode(to(601), key).get();
    long calls = target().vendorCalls();

    assertThat(target().gateway().sendVerificationCode(to(602), key).getLeft().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(target().vendorCalls()).isEqualTo(calls);
  }

  @Test
  default void a_code_whose_answer_is_lost_stays_unknown_is_never_sent_again_and_the_operator_settles_it() {
    VerificationTarget to = to(603);
    IdempotencyKey key = key();

    target().loseNextVerificationCodeResponse();
    assertThat(target().gateway().sendVerificationCode(to, key).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    String code = target().receivedVerificationCode(to);   // the vendor did send it
    long calls = target().vendorCalls();
    assertThat(target().gateway().sendVerificationCode(to, key).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(target().vendorCalls()).isEqualTo(calls);

    target().resolveUnknown(key, true);   // the customer got the code
    assertThat(target().gateway().sendVerificationCode(to, key).get()).isEqualTo(Done.DONE);
    assertThat(target().vendorCalls()).isEqualTo(calls);
    assertThat(target().receivedVerificationCode(to)).isEqualTo(code);
  }

  @Test
  default void a_key_resolved_as_not_sent_sends_the_code_on_the_next_call() {
    VerificationTarget to = to(604);
    IdempotencyKey key = key();
    target().loseNextVerificationCodeResponse();
    assertThat(target().gateway().sendVerificationCode(to, key).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    target().receivedVerificationCode(to);   // the vendor did send it
    long calls = target().vendorCalls();

    target().resolveUnknown(key, false);   // the customer says no code came
    assertThat(target().gateway().sendVerificationCode(to, key).get()).isEqualTo(Done.DONE);

    assertThat(target().vendorCalls()).isGreaterThan(calls);
    target().receivedVerificationCode(to);
  }

  @Test
  default void each_call_without_a_key_asks_for_a_new_code() {
    VerificationTarget to = to(605);
    target().gateway().sendVerificationCode(to).get();
    target().receivedVerificationCode(to);
    long calls = target().vendorCalls();

    target().gateway().sendVerificationCode(to).get();

    assertThat(target().vendorCalls()).isGreaterThan(calls);
    target().receivedVerificationCode(to);
  }
}
