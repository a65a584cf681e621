package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrierTest {

  record Failure(FailureKind kind, boolean maybeApplied, Option<Duration> retryAfter) implements AttemptFailure {
    static Failure of(FailureKind kind, boolean maybeApplied) {
      return new Failure(kind, maybeApplied, Option.none());
    }
  }

  private final FakeTime time = new FakeTime();

  private Retrier retrier(RetryPolicy policy) {
    return new Retrier(policy, time, time::nanoTime, () -> 0.5);
  }

  /** Answers the scripted results in order, then successes; counts attempts. */
  private static final class Script {
    final Deque<Either<Failure, String>> answers = new ArrayDeque<>();
    int attempts;

    Script(List<Either<Failure, String>> answers) {
      this.answers.addAll(answers);
    }

    Either<Failure, String> next() {
      attempts++;
      return answers.isEmpty() ? Either.right("ok") : answers.pollFirst();
    }
  }

  @Test
  void throttled_attempts_are_retried_until_success() {
    Script script = new Script(List.of(
        Either.left(Failure.of(FailureKind.RATE_LIMITED, false)),
        Either.left(Failure.of(FailureKind.RATE_LIMITED, false))));

    Either<Failure, String> result = retrier(RetryPolicy.defaults()).run("x", Idempotency.NOT_IDEMPOTENT, script::next);

    assertThat(result.get()).isEqualTo("ok");
    assertThat(script.attempts).isEqualTo(3);
    assertThat(time.sleeps).hasSize(2);
  }

  @Test
  void a_possibly_applied_non_idempotent_attempt_is_never_repeated() {
    Script script = new Script(List.of(Either.left(Failure.of(FailureKind.UNAVAILABLE, true))));

    Either<Failure, String> result = retrier(RetryPolicy.defaults()).run("create", Idempotency.NOT_IDEMPOTENT, script::next);

    assertThat(result.getLeft().maybeApplied()).isTrue();
    assertThat(script.attempts).isEqualTo(1);
  }

  @Test
  void a_possibly_applied_idempotent_attempt_is_repeated() {
    Script script = new Script(List.of(Either.left(Failure.of(FailureKind.UNAVAILABLE, true))));

    assertThat(retrier(RetryPolicy.defaults()).run("read", Idempotency.IDEMPOTENT, script::next).isRight()).isTrue();
    assertThat(script.attempts).isEqualTo(2);
  }

  @Test
  void a_transient_failure_that_never_left_is_repeated_even_for_a_create() {
    Script script = new Script(List.of(Either.left(Failure.of(FailureKind.UNAVAILABLE, false))));

    assertThat(retrier(RetryPolicy.defaults()).run("create", Idempotency.NOT_IDEMPOTENT, script::next).isRight()).isTrue();
    assertThat(script.attempts).isEqualTo(2);
  }

  @Test
  void business_and_auth_failures_are_not_retried() {
    for (FailureKind kind : List.of(FailureKind.REJECTED, FailureKind.INVALID_REQUEST, FailureKind.UNAUTHORIZED,
        FailureKind.CONFLICT, FailureKind.NOT_FOUND, FailureKind.UNEXPECTED, FailureKind.OUTCOME_UNKNOWN)) {
      Script script = new Script(List.of(Either.left(Failure.of(kind, false))));
      retrier(RetryPolicy.defaults()).run("x", Idempotency.IDEMPOTENT, script::next);
      assertThat(script.attempts).as("%s", kind).isEqualTo(1);
    }
  }

  @Test
  void attempts_stop_at_the_policy_maximum() {
    Script script = new Script(List.of(
        Either.left(Failure.of(FailureKind.RATE_LIMITED, false)), Either.left(Failure.of(FailureKind.RATE_LIMITED, false)),
        Either.left(Failure.of(FailureKind.RATE_LIMITED, false)), Either.left(Failure.of(FailureKind.RATE_LIMITED, false))));
    RetryPolicy three = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    Either<Failure, String> result = retrier(three).run("x", Idempotency.IDEMPOTENT, script::next);

    assertThat(result.getLeft().kind()).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(script.attempts).isEqualTo(3);
  }

  @Test
  void the_deadline_stops_retries_before_a_wait_would_cross_it() {
    Failure slowDown = new Failure(FailureKind.RATE_LIMITED, false, Option.some(Duration.ofSeconds(20)));
    Script script = new Script(List.of(Either.left(slowDown), Either.left(slowDown), Either.left(slowDown)));
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

    retrier(policy).run("x", Idempotency.IDEMPOTENT, script::next);

    assertThat(script.attempts).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void backoff_grows_exponentially_with_full_jitter_and_a_cap() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofMinutes(1));
    assertThat(policy.backoff(2, () -> 0.999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
    assertThat(policy.backoff(3, () -> 0.999)).isBetween(Duration.ofMillis(199), Duration.ofMillis(200));
    assertThat(policy.backoff(4, () -> 0.999)).isBetween(Duration.ofMillis(399), Duration.ofMillis(400));
    assertThat(policy.backoff(9, () -> 0.999)).isBetween(Duration.ofMillis(998), Duration.ofMillis(1000));
    assertThat(policy.backoff(9, () -> 0.0)).isEqualTo(Duration.ZERO);
  }
}
