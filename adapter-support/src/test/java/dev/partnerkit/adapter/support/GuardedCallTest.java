package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardedCallTest {

  record Failure(FailureKind kind, boolean maybeApplied, Option<Duration> retryAfter, String code, String message)
      implements AttemptFailure {
    Failure(FailureKind kind, boolean maybeApplied, Option<Duration> retryAfter) {
      this(kind, maybeApplied, retryAfter, "vendor.code", "the vendor's answer");
    }
  }

  /** The failures the pipeline makes itself, as a vendor's client makes them. */
  private static final LocalFailure<Failure> LOCAL =
      (kind, code, message, maybeApplied) -> new Failure(kind, maybeApplied, Option.none(), code, message);

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  record Op(String wireName, Idempotency retry) implements VendorOperation {
    @Override
    public int ratePerSecond() {
      return 1;
    }

    @Override
    public OperationClass operationClass() {
      return retry == Idempotency.IDEMPOTENT ? OperationClass.READ : OperationClass.NON_IDEMPOTENT_WRITE;
    }
  }

  private static VendorOperation op(String wireName, Idempotency retry) {
    return new Op(wireName, retry);
  }

  private final FakeTime time = new FakeTime();
  private final List<CallEvent> events = new ArrayList<>();

  private GuardedCall guarded(int permitsPerSecond, Duration maxPermitWait) {
    return guarded(permitsPerSecond, maxPermitWait, RetryPolicy.defaults(), CALL_TIMEOUT);
  }

  private GuardedCall guarded(int permitsPerSecond, Duration maxPermitWait, RetryPolicy policy, Duration callTimeout) {
    return new GuardedCall("tencent",
        Option.of(ActionRateLimiter.of(Map.of(), RateLimit.perSecond(permitsPerSecond), time, time)),
        new Retrier(policy, time, time::nanoTime, () -> 0.5), maxPermitWait, callTimeout, events::add,
        time::nanoTime);
  }

  /** Answers the scripted results in order, each after taking {@code took} on the fake clock. */
  private Either<Failure, String> next(Deque<Either<Failure, String>> answers, String requestId) {
    time.sleep(Duration.ofMillis(30));
    VendorRequestIds.note(requestId);
    return answers.pollFirst();
  }

  @Test
  void a_throttled_then_successful_call_reports_both_attempts() {
    Deque<Either<Failure, String>> answers = new ArrayDeque<>(List.of(
        Either.left(new Failure(FailureKind.RATE_LIMITED, false, Option.none())), Either.right("ok")));
    int[] n = {0};

    Either<Failure, String> result = guarded(1, Duration.ofSeconds(5)).run(op("CreateAccount", Idempotency.NOT_IDEMPOTENT),
        () -> next(answers, "req-" + ++n[0]), LOCAL);

    assertThat(result.get()).isEqualTo("ok");
    assertThat(events).hasSize(4);
    assertThat(events.get(0)).isEqualTo(new AttemptStarted("tencent", "CreateAccount", 1, Duration.ZERO));
    assertThat(events.get(2)).isInstanceOfSatisfying(AttemptStarted.class, s -> assertThat(s.attempt()).isEqualTo(2));
    AttemptEvent first = (AttemptEvent) events.get(1);
    AttemptEvent second = (AttemptEvent) events.get(3);
    assertThat(first.vendor()).isEqualTo("tencent");
    assertThat(first.operation()).isEqualTo("CreateAccount");
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(first.outcome()).isEqualTo("RATE_LIMITED");
    assertThat(first.throttledByVendor()).isTrue();
    assertThat(first.retry()).isFalse();
    assertThat(first.duration()).isEqualTo(Duration.ofMillis(30));
    assertThat(first.requestId()).containsExactly("req-1");
    assertThat(first.throttleWait()).isEqualTo(Duration.ZERO);
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.retry()).isTrue();
    assertThat(second.succeeded()).isTrue();
    assertThat(second.outcome()).isEqualTo("SUCCESS");
    assertThat(second.requestId()).containsExactly("req-2");
    // one permit a second: the retry waited for its permit what was left of the second after the backoff and call
    assertThat(second.throttleWait()).isPositive();
  }

  @Test
  void a_permit_refused_by_the_local_limiter_is_reported_as_not_sent() {
    GuardedCall call = guarded(1, Duration.ZERO);
    call.run(op("QueryX", Idempotency.IDEMPOTENT), () -> Either.right("first"),
        LOCAL);
    events.clear();
    int[] sent = {0};

    call.run(op("QueryX", Idempotency.IDEMPOTENT), () -> {
      sent[0]++;
      return Either.<Failure, String>right("never");
    }, LOCAL);

    assertThat(events.get(0)).isInstanceOf(AttemptEvent.class);   // refused: nothing started
    AttemptEvent refused = (AttemptEvent) events.get(0);
    assertThat(refused.sent()).isFalse();
    assertThat(refused.throttledByVendor()).isFalse();
    assertThat(refused.outcome()).isEqualTo("RATE_LIMITED");
    assertThat(refused.requestId()).isEmpty();
    // the retry's backoff let a permit come: the second attempt was sent, and succeeded
    AttemptEvent last = (AttemptEvent) events.get(events.size() - 1);
    assertThat(last.sent()).isTrue();
    assertThat(last.succeeded()).isTrue();
    assertThat(sent[0]).isEqualTo(1);
  }

  @Test
  void a_request_id_noted_outside_an_attempt_is_not_reported() {
    VendorRequestIds.note("stale");

    guarded(100, Duration.ofSeconds(1)).run(op("QueryX", Idempotency.IDEMPOTENT), () -> Either.<Failure, String>right("ok"),
        LOCAL);

    assertThat(((AttemptEvent) events.get(1)).requestId()).isEmpty();
  }

  @Test
  void several_listeners_each_hear_every_event_and_a_failing_one_breaks_nothing() {
    List<CallEvent> a = new ArrayList<>();
    List<CallEvent> b = new ArrayList<>();
    CallListener all = CallListener.all(List.of(a::add, event -> {
      throw new IllegalStateException("boom");
    }, CallListener.NONE, b::add));
    CallEvent event = new AttemptEvent("huawei", "CreateCustomerV2", 1, Duration.ZERO, Option.none(), true,
        Option.none(), Duration.ZERO);

    all.tell(event);

    assertThat(a).containsExactly(event);
    assertThat(b).containsExactly(event);
    assertThat(CallListener.all(List.of(CallListener.NONE))).isSameAs(CallListener.NONE);
  }

  @Test
  void a_write_that_may_have_been_applied_is_repeated_only_when_its_class_makes_a_repeat_harmless() {
    Failure uncertain = new Failure(FailureKind.UNAVAILABLE, true, Option.none());
    for (OperationClass kind : OperationClass.values()) {
      int[] sent = {0};
      VendorOperation operation = new VendorOperation() {
        @Override
        public String wireName() {
          return "Op" + kind;
        }

        @Override
        public int ratePerSecond() {
          return 100;
        }

        @Override
        public OperationClass operationClass() {
          return kind;
        }
      };

      Either<Failure, String> result = guarded(100, Duration.ofSeconds(1)).run(operation, () -> {
        sent[0]++;
        return sent[0] == 1 ? Either.left(uncertain) : Either.right("ok");
      }, LOCAL);

      if (kind == OperationClass.NON_IDEMPOTENT_WRITE) {
        assertThat(result.getLeft().maybeApplied()).isTrue();
        assertThat(sent[0]).as("%s", kind).isEqualTo(1);
      } else {
        assertThat(result.get()).isEqualTo("ok");
        assertThat(sent[0]).as("%s", kind).isEqualTo(2);
      }
    }
  }

  @Test
  void a_pipeline_whose_rules_switch_limits_off_sends_every_attempt_at_once() {
    GuardedCall unpaced = GuardedCall.of("tencent", List.of(op("QueryX", Idempotency.IDEMPOTENT)),
        CallRules.defaults().withRateLimits(false), events::add);
    for (int i = 0; i < 50; i++) {   // 50 calls of an operation limited to 1 a second
      unpaced.run(op("QueryX", Idempotency.IDEMPOTENT), () -> Either.<Failure, String>right("ok"),
          LOCAL);
    }

    assertThat(events).filteredOn(AttemptEvent.class::isInstance).hasSize(50)
        .allSatisfy(e -> assertThat(((AttemptEvent) e).throttleWait()).isZero());
  }

  @Test
  void call_rules_pace_at_the_catalog_rate_unless_overridden() {
    VendorOperation query = op("QueryX", Idempotency.IDEMPOTENT);
    VendorOperation create = op("CreateX", Idempotency.NOT_IDEMPOTENT);
    CallRules rules = CallRules.defaults().withRateLimit(create, 7);

    assertThat(rules.rateLimited()).isTrue();
    assertThat(rules.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(rules.limits(List.of(query, create)))
        .isEqualTo(Map.of("QueryX", RateLimit.perSecond(1), "CreateX", RateLimit.perSecond(7)));
    assertThat(rules.withRateLimits(false).rateLimited()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.withRateLimit(query, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QueryX");
  }

  private static VendorOperation classed(String wireName, OperationClass operationClass) {
    return new VendorOperation() {
      @Override
      public String wireName() {
        return wireName;
      }

      @Override
      public int ratePerSecond() {
        return 100;
      }

      @Override
      public OperationClass operationClass() {
        return operationClass;
      }
    };
  }

  /** Issue 11: the call timeout covers every attempt and backoff of a call, not one exchange. */
  @Test
  void a_read_that_keeps_failing_stops_retrying_when_the_call_timeout_passes() {
    GuardedCall call = guarded(100, Duration.ofSeconds(1),
        new RetryPolicy(50, Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofMinutes(10)),
        Duration.ofSeconds(2));
    long start = time.nanoTime();
    int[] sent = {0};

    Either<Failure, String> result = call.run(op("QueryX", Idempotency.IDEMPOTENT), () -> {
      sent[0]++;
      time.sleep(Duration.ofMillis(30));
      return Either.left(new Failure(FailureKind.UNAVAILABLE, false, Option.none()));
    }, LOCAL);

    // attempts at 0, 130, 360, 790 and 1620 ms (backoff 100, 200, 400, 800 ms); the next backoff, 1600 ms, would pass
    // the 2 s deadline: the call stops there, although the policy allowed 50 attempts and a 10-minute retry deadline
    assertThat(sent[0]).isEqualTo(5);
    assertThat(Duration.ofNanos(time.nanoTime() - start)).isEqualTo(Duration.ofMillis(1650));
    Failure failure = result.getLeft();
    assertThat(failure.code()).isEqualTo("transport.call-timeout");
    assertThat(failure.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(failure.maybeApplied()).isFalse();
    assertThat(failure.message()).contains("PT2S", "5 attempts");
  }

  @Test
  void each_attempt_gets_what_is_left_of_the_call_timeout_as_its_exchange_deadline() {
    GuardedCall call = guarded(100, Duration.ofSeconds(1), RetryPolicy.defaults(), Duration.ofSeconds(1));
    List<Option<Duration>> seen = new ArrayList<>();

    call.run(op("QueryX", Idempotency.IDEMPOTENT), () -> {
      seen.add(CallDeadlines.remaining());
      time.sleep(Duration.ofMillis(30));
      return seen.size() == 1 ? Either.left(new Failure(FailureKind.RATE_LIMITED, false, Option.none()))
          : Either.right("ok");
    }, LOCAL);

    // the retry starts after the 30 ms attempt and a 100 ms backoff
    assertThat(seen).containsExactly(Option.some(Duration.ofSeconds(1)), Option.some(Duration.ofMillis(870)));
    assertThat(CallDeadlines.remaining()).as("nothing left behind on the thread").isEmpty();
  }

  @Test
  void an_idempotent_write_that_may_have_been_applied_and_runs_out_of_time_is_reported_as_possibly_applied() {
    GuardedCall call = guarded(100, Duration.ofSeconds(1), RetryPolicy.defaults(), Duration.ofMillis(500));
    int[] sent = {0};

    Either<Failure, String> result = call.run(classed("ModifyX", OperationClass.IDEMPOTENT_WRITE), () -> {
      sent[0]++;
      time.sleep(Duration.ofMillis(30));
      return Either.left(sent[0] == 1 ? new Failure(FailureKind.UNAVAILABLE, true, Option.none())
          : new Failure(FailureKind.RATE_LIMITED, false, Option.none()));
    }, LOCAL);

    assertThat(sent[0]).isEqualTo(3);   // at 0, 130 and 360 ms; the next backoff (400 ms) would pass 500 ms
    Failure failure = result.getLeft();
    assertThat(failure.code()).isEqualTo("transport.call-timeout");
    assertThat(failure.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(failure.maybeApplied()).isTrue();
  }

  @Test
  void a_non_idempotent_write_cut_by_the_deadline_is_reported_as_possibly_applied_and_never_repeated() {
    GuardedCall call = guarded(100, Duration.ofSeconds(1), RetryPolicy.defaults(), Duration.ofSeconds(60));
    Failure cut = new Failure(FailureKind.OUTCOME_UNKNOWN, true, Option.none(), "transport.call-timeout",
        "the call timeout passed; SocketTimeoutException (request may have been sent)");
    int[] sent = {0};

    Either<Failure, String> result = call.run(classed("CreateX", OperationClass.NON_IDEMPOTENT_WRITE), () -> {
      sent[0]++;
      return Either.left(sent[0] == 1 ? new Failure(FailureKind.RATE_LIMITED, false, Option.none()) : cut);
    }, LOCAL);

    assertThat(sent[0]).isEqualTo(2);   // the throttled attempt was retried, the one that may have arrived never
    assertThat(result.getLeft()).isSameAs(cut);
  }

  @Test
  void a_permit_the_local_limiter_cannot_give_in_time_fails_as_this_clients_rate_limit() {
    GuardedCall call = guarded(1, Duration.ZERO, RetryPolicy.none(), CALL_TIMEOUT);
    call.run(op("QueryX", Idempotency.IDEMPOTENT), () -> Either.<Failure, String>right("first"), LOCAL);

    Either<Failure, String> refused = call.run(op("QueryX", Idempotency.IDEMPOTENT),
        () -> Either.<Failure, String>right("never"), LOCAL);

    assertThat(refused.getLeft().code()).isEqualTo("client.rate_limit");
    assertThat(refused.getLeft().kind()).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(refused.getLeft().maybeApplied()).isFalse();
    assertThat(refused.getLeft().message()).isEqualTo("this client's rate limit for QueryX needs a wait of 1000 ms");
  }
}
