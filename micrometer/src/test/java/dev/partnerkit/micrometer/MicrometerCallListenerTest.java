package dev.partnerkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.AttemptEvent;
import dev.partnerkit.adapter.support.AttemptStarted;
import dev.partnerkit.adapter.support.CallEvent;
import dev.partnerkit.adapter.support.JournalEvent;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.IdempotencyKey;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MicrometerCallListenerTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  /** A throttled CreateAccount and its retry (which waited for a permit), a locally refused query, journal events. */
  private static List<CallEvent> aDay() {
    return List.of(
        new AttemptStarted("tencent", "CreateAccount", 1, Duration.ZERO),
        attempt("tencent", "CreateAccount", 1, Option.some(FailureKind.RATE_LIMITED), true, Duration.ZERO),
        new AttemptStarted("tencent", "CreateAccount", 2, Duration.ofMillis(120)),
        attempt("tencent", "CreateAccount", 2, Option.none(), true, Duration.ofMillis(120)),
        attempt("huawei", "ListSubCustomers", 1, Option.some(FailureKind.RATE_LIMITED), false, Duration.ZERO),
        journal(JournalEvent.Kind.CLAIMED), journal(JournalEvent.Kind.REPLAYED), journal(JournalEvent.Kind.RECONCILED),
        journal(JournalEvent.Kind.UNRESOLVED));
  }

  private static AttemptEvent attempt(String vendor, String operation, int n, Option<FailureKind> failure,
      boolean sent, Duration wait) {
    return new AttemptEvent(vendor, operation, n, Duration.ofMillis(40), failure, sent,
        sent ? Option.some("9c1e-request-" + n) : Option.none(), wait);
  }

  private static JournalEvent journal(JournalEvent.Kind kind) {
    return new JournalEvent(kind, IdempotencyKey.of("crm-customer-4711"), "customer.create", Instant.EPOCH);
  }

  @Test
  void each_attempt_is_timed_per_vendor_operation_and_outcome() {
    MicrometerCallListener listener = MicrometerCallListener.of(meters);

    aDay().forEach(listener::tell);

    assertThat(meters.get(MicrometerCallListener.CALL)
        .tags("vendor", "tencent", "operation", "CreateAccount", "outcome", "RATE_LIMITED").timer().count()).isEqualTo(1);
    assertThat(meters.get(MicrometerCallListener.CALL)
        .tags("vendor", "tencent", "operation", "CreateAccount", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
    // a refused attempt sent nothing: no timing, but a local throttle wait
    assertThat(meters.find(MicrometerCallListener.CALL).tag("vendor", "huawei").timers()).isEmpty();
  }

  @Test
  void retries_throttle_waits_vendor_throttling_reconciliations_and_replays_are_counted() {
    MicrometerCallListener listener = MicrometerCallListener.of(meters);

    aDay().forEach(listener::tell);

    assertThat(count(MicrometerCallListener.RETRIES, "vendor", "tencent", "operation", "CreateAccount")).isEqualTo(1);
    assertThat(count(MicrometerCallListener.VENDOR_THROTTLED, "vendor", "tencent", "operation", "CreateAccount"))
        .isEqualTo(1);
    assertThat(count(MicrometerCallListener.THROTTLE_WAITS, "vendor", "tencent", "operation", "CreateAccount"))
        .isEqualTo(1);
    assertThat(count(MicrometerCallListener.THROTTLE_WAITS, "vendor", "huawei", "operation", "ListSubCustomers"))
        .isEqualTo(1);
    assertThat(meters.find(MicrometerCallListener.VENDOR_THROTTLED).tag("vendor", "huawei").counters()).isEmpty();
    assertThat(count(MicrometerCallListener.REPLAYS, "operation", "customer.create")).isEqualTo(1);
    assertThat(count(MicrometerCallListener.RECONCILIATIONS, "operation", "customer.create")).isEqualTo(1);
  }

  @Test
  void tags_are_few_and_from_closed_sets_never_keys_request_ids_or_people() {
    MicrometerCallListener listener = MicrometerCallListener.of(meters);

    aDay().forEach(listener::tell);

    Set<String> keys = meters.getMeters().stream().flatMap(m -> m.getId().getTags().stream()).map(Tag::getKey)
        .collect(Collectors.toSet());
    // "error" is Micrometer's own timer tag (DefaultMeterObservationHandler): always "none", failures are outcomes
    assertThat(keys).containsExactlyInAnyOrder("vendor", "operation", "outcome", "error");
    Set<String> outcomes = Stream.concat(Stream.of("SUCCESS"), Stream.of(FailureKind.values()).map(Enum::name))
        .collect(Collectors.toSet());
    for (Meter meter : meters.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        switch (tag.getKey()) {
          case "vendor" -> assertThat(tag.getValue()).isIn("tencent", "huawei");
          case "outcome" -> assertThat(tag.getValue()).isIn(outcomes);
          case "error" -> assertThat(tag.getValue()).isEqualTo("none");
          default -> assertThat(tag.getValue()).isIn("CreateAccount", "ListSubCustomers", "customer.create");
        }
        assertThat(tag.getValue()).doesNotContain("crm-customer-4711", "request");
      }
    }
  }

  @Test
  void each_sent_attempt_is_an_observation_with_low_cardinality_keys_only() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    List<Observation.Context> stopped = new java.util.ArrayList<>();
    observations.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    MicrometerCallListener listener = MicrometerCallListener.of(meters, observations);

    aDay().forEach(listener::tell);

    TestObservationRegistryAssert.assertThat(observations)
        .hasNumberOfObservationsWithNameEqualTo(MicrometerCallListener.CALL, 2)
        .forAllObservationsWithNameEqualTo(MicrometerCallListener.CALL, context -> context
            .hasLowCardinalityKeyValue("vendor", "tencent")
            .hasLowCardinalityKeyValue("operation", "CreateAccount")
            .hasContextualNameEqualTo("tencent CreateAccount")
            .doesNotHaveError())
        .hasObservationWithNameEqualTo(MicrometerCallListener.CALL).that().hasBeenStarted().hasBeenStopped();
    assertThat(stopped).extracting(c -> c.getLowCardinalityKeyValue("outcome").getValue())
        .containsExactly("RATE_LIMITED", "SUCCESS");
    assertThat(stopped).allSatisfy(c -> assertThat(c.getHighCardinalityKeyValues()).isEmpty());
    // the counters still go to the meter registry
    assertThat(count(MicrometerCallListener.RETRIES, "vendor", "tencent", "operation", "CreateAccount")).isEqualTo(1);
  }

  private double count(String name, String... tags) {
    return meters.get(name).tags(tags).counter().count();
  }
}
