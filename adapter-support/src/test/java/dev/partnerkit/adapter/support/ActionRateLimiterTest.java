package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ActionRateLimiterTest {

  private final FakeTime time = new FakeTime();
  private final ActionRateLimiter limiter = ActionRateLimiter.of(
      Map.of("CreateAccount", RateLimit.perSecond(5), "DescribeBillSummary", RateLimit.perSecond(1)),
      RateLimit.perSecond(20), time, time);

  private List<Long> grantTimes(String action, int permits) {
    List<Long> at = new ArrayList<>();
    for (int i = 0; i < permits; i++) {
      assertThat(limiter.acquire(action, Duration.ofSeconds(10)).isRight()).isTrue();
      at.add(time.nanoTime());
    }
    return at;
  }

  @Test
  void permits_are_spaced_so_that_no_second_holds_more_than_the_limit() {
    List<Long> at = grantTimes("CreateAccount", 50);
    for (int i = 5; i < at.size(); i++) {
      assertThat(at.get(i) - at.get(i - 5)).as("permits %d..%d", i - 5, i).isGreaterThanOrEqualTo(1_000_000_000L);
    }
  }

  @Test
  void a_bulk_job_runs_at_the_limit() {
    List<Long> at = grantTimes("CreateAccount", 51);
    double seconds = (at.get(50) - at.get(0)) / 1e9;
    assertThat(50 / seconds).isBetween(4.99, 5.01);
  }

  @Test
  void each_action_has_its_own_bucket_and_unknown_actions_get_the_default() {
    assertThat(limiter.limitOf("DescribeBillSummary").permitsPerSecond()).isEqualTo(1);
    assertThat(limiter.limitOf("Anything").permitsPerSecond()).isEqualTo(20);
    grantTimes("CreateAccount", 1);
    long before = time.nanoTime();
    grantTimes("DescribeBillSummary", 1);
    assertThat(time.nanoTime()).as("another action's first permit does not wait").isEqualTo(before);
  }

  @Test
  void a_permit_that_would_need_a_longer_wait_than_allowed_is_refused_and_not_taken() {
    grantTimes("DescribeBillSummary", 1);

    var refused = limiter.acquire("DescribeBillSummary", Duration.ofMillis(100));

    assertThat(refused.isLeft()).isTrue();
    assertThat(refused.getLeft()).isGreaterThan(Duration.ofMillis(900));
    time.sleep(Duration.ofSeconds(1));
    assertThat(limiter.acquire("DescribeBillSummary", Duration.ZERO).isRight()).isTrue();
  }

  @Test
  void a_late_waker_does_not_delay_the_slots_after_it() {
    // every sleep wakes 3 ms late and every call takes 1 ms: a limiter that waited from the last grant would lose
    // 4 ms per permit (100 permits: 20.4 s); a schedule keeps the slots 200 ms apart (100 permits: 20 s)
    ActionRateLimiter late = ActionRateLimiter.of(Map.of("CreateAccount", RateLimit.perSecond(5)),
        RateLimit.perSecond(20), time, d -> time.sleep(d.plusMillis(3)));
    long first = 0;
    long last = 0;
    for (int i = 0; i <= 100; i++) {
      assertThat(late.acquire("CreateAccount", Duration.ofSeconds(10)).isRight()).isTrue();
      if (i == 0) {
        first = time.nanoTime();
      }
      last = time.nanoTime();
      time.sleep(Duration.ofMillis(1));
    }
    assertThat(last - first).as("100 intervals of 200 ms, plus one late wake-up at most")
        .isBetween(20_000_000_000L, 20_003_000_000L);
  }

  @Test
  void callers_queue_for_consecutive_slots_each_told_its_own_wait() {
    // three callers arriving together (no time passes between them, and none of them sleeps): the first goes at
    // once, the second is given the next slot, the third the one after; the waits are the slots' distance
    ActionRateLimiter planner = ActionRateLimiter.of(Map.of("CreateAccount", RateLimit.perSecond(5)),
        RateLimit.perSecond(20), time, d -> { });

    assertThat(planner.acquire("CreateAccount", Duration.ofSeconds(1)).get()).isEqualTo(Duration.ZERO);
    assertThat(planner.acquire("CreateAccount", Duration.ofSeconds(1)).get()).isEqualTo(Duration.ofMillis(200));
    assertThat(planner.acquire("CreateAccount", Duration.ofSeconds(1)).get()).isEqualTo(Duration.ofMillis(400));
    var refused = planner.acquire("CreateAccount", Duration.ofMillis(500));
    assertThat(refused.getLeft()).as("the fourth would need the slot at 600 ms").isEqualTo(Duration.ofMillis(600));
  }

  @Test
  void sixteen_callers_that_wake_late_and_wait_on_slow_calls_keep_every_slot() {
    // the bench's bulk onboarding on a fake clock: 16 callers, 2,000 permits at 200/s; each caller is woken 0-3 ms
    // after its slot and its call takes 1-40 ms, then it asks again. Events run in time order (a discrete simulation
    // of the threads), the limiter is asked at each caller's arrival and tells the wait instead of sleeping.
    ActionRateLimiter planner = ActionRateLimiter.of(Map.of("CreateAccount", RateLimit.perSecond(200)),
        RateLimit.perSecond(1), time, d -> { });
    long start = time.nanoTime();
    PriorityQueue<long[]> arrivals = new PriorityQueue<>(
        Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
    for (long caller = 0; caller < 16; caller++) {
      arrivals.add(new long[] {start, caller});
    }
    Random random = new Random(16);
    List<Long> slots = new ArrayList<>();
    while (slots.size() < 2000) {
      long[] arrival = arrivals.poll();
      time.sleep(Duration.ofNanos(arrival[0] - time.nanoTime()));
      long slot = arrival[0] + planner.acquire("CreateAccount", Duration.ofSeconds(10)).get().toNanos();
      slots.add(slot);
      long answered = slot + random.nextInt(3_000_000) + 1_000_000 + random.nextInt(39_000_000);
      arrivals.add(new long[] {answered, arrival[1]});
    }

    slots.sort(Comparator.naturalOrder());
    assertThat(slots.get(0)).as("the first permit at once").isEqualTo(start);
    assertThat(slots.get(1999) - slots.get(0)).as("1,999 intervals of 5 ms: no slot lost")
        .isEqualTo(1999 * 5_000_000L);
    for (int i = 200; i < slots.size(); i++) {
      assertThat(slots.get(i) - slots.get(i - 200)).as("no second holds more than 200 permits")
          .isGreaterThanOrEqualTo(1_000_000_000L);
    }
  }
}
