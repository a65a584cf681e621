package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.concurrent.Cancellable;
import org.junit.jupiter.api.Test;

class CallDeadlinesTest {

  @Test
  void a_deadline_that_passes_cancels_the_request_and_says_so() throws InterruptedException {
    CountDownLatch cancelled = new CountDownLatch(1);
    try (CallDeadlines deadlines = new CallDeadlines(Duration.ofMillis(1), "test-deadline")) {
      CallDeadlines.Deadline deadline = deadlines.start(() -> {
        cancelled.countDown();
        return true;
      });

      assertThat(cancelled.await(30, TimeUnit.SECONDS)).as("cancelled").isTrue();
      deadline.done();
      assertThat(deadline.passed()).isTrue();
    }
  }

  @Test
  void a_deadline_done_in_time_never_cancels() {
    AtomicInteger cancels = new AtomicInteger();
    Cancellable request = () -> {
      cancels.incrementAndGet();
      return true;
    };
    try (CallDeadlines deadlines = new CallDeadlines(Duration.ofHours(1), "test-deadline")) {
      CallDeadlines.Deadline deadline = deadlines.start(request);
      deadline.done();

      assertThat(deadline.passed()).isFalse();
    }
    assertThat(cancels).hasValue(0);
  }

  @Test
  void after_close_a_deadline_is_inert_rather_than_an_exception() {
    CallDeadlines deadlines = new CallDeadlines(Duration.ofSeconds(1), "test-deadline");
    deadlines.close();

    CallDeadlines.Deadline deadline = deadlines.start(() -> true);
    deadline.done();

    assertThat(deadline.passed()).isFalse();
  }

  @Test
  void the_call_timeout_must_be_positive() {
    assertThatThrownBy(() -> new CallDeadlines(Duration.ZERO, "test-deadline"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must be positive, was PT0S");
  }

  /** Issue 11: inside a call, an exchange gets what is left of the whole call's deadline when that is shorter. */
  @Test
  void within_a_call_a_deadline_is_no_longer_than_what_is_left_of_it() throws InterruptedException {
    CountDownLatch cancelled = new CountDownLatch(1);
    try (CallDeadlines deadlines = new CallDeadlines(Duration.ofHours(1), "test-deadline")) {
      CallDeadlines.Deadline deadline = CallDeadlines.within(Duration.ofMillis(1), () -> deadlines.start(() -> {
        cancelled.countDown();
        return true;
      }));

      assertThat(cancelled.await(30, TimeUnit.SECONDS)).as("cancelled long before the hour").isTrue();
      deadline.done();
      assertThat(deadline.passed()).isTrue();
      assertThat(CallDeadlines.remaining()).isEmpty();
    }
  }
}
