package dev.partnerkit.micrometer;

import dev.partnerkit.adapter.support.AttemptEvent;
import dev.partnerkit.adapter.support.AttemptStarted;
import dev.partnerkit.adapter.support.CallEvent;
import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.support.JournalEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * partnerkit's calls as Micrometer metrics and, through the Observation API, spans. Give it to a gateway builder's
 * {@code listener(...)}:
 *
 * <ul>
 *   <li>every attempt of a vendor call is an {@link Observation} named {@value #CALL} with the low-cardinality keys
 *       {@code vendor}, {@code operation} and {@code outcome} (so a timer of that name per operation and outcome,
 *       with {@link DefaultMeterObservationHandler}, and a span per attempt when Micrometer Tracing's handler is
 *       registered on the {@link ObservationRegistry});
 *   <li>counters {@value #RETRIES}, {@value #THROTTLE_WAITS} (attempts this client's own rate limiter held back or
 *       refused) and {@value #VENDOR_THROTTLED} (attempts the vendor throttled), tagged {@code vendor} and {@code
 *       operation};
 *   <li>counters {@value #RECONCILIATIONS} and {@value #REPLAYS} of the write journal, tagged {@code operation} (the
 *       journal's operation, e.g. {@code customer.create}).
 * </ul>
 *
 * Tag values come from closed sets: vendor names, the vendors' operation catalogs, {@link
 * dev.partnerkit.ports.FailureKind} names and {@code SUCCESS}. No tag carries a key, a request id, an account or
 * customer id, a mail, a phone number or a secret. Thread-safe; attempts are observed on the caller's thread.
 */
public final class MicrometerCallListener implements CallListener {

  /** The observation (and timer) of one attempt of a vendor call. */
  public static final String CALL = "partnerkit.vendor.call";
  /** Attempts that repeat an earlier one. */
  public static final String RETRIES = "partnerkit.vendor.retries";
  /** Attempts held back (or refused) by this client's own rate limiter. */
  public static final String THROTTLE_WAITS = "partnerkit.ratelimit.waits";
  /** Attempts the vendor throttled. */
  public static final String VENDOR_THROTTLED = "partnerkit.vendor.throttled";
  /** Writes of unknown outcome that were reconciled with the vendor. */
  public static final String RECONCILIATIONS = "partnerkit.journal.reconciliations";
  /** Writes whose key was done already: the first result was returned, nothing was sent. */
  public static final String REPLAYS = "partnerkit.journal.replays";

  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final ThreadLocal<Deque<Observation>> open = ThreadLocal.withInitial(ArrayDeque::new);

  private MicrometerCallListener(MeterRegistry meters, ObservationRegistry observations) {
    this.meters = meters;
    this.observations = observations;
  }

  /**
   * Metrics only, into {@code meters}: the attempts are observed on a registry of their own that times them into
   * {@code meters} (no spans).
   */
  public static MicrometerCallListener of(MeterRegistry meters) {
    Objects.requireNonNull(meters, "meters");
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return new MicrometerCallListener(meters, observations);
  }

  /**
   * Counters into {@code meters}, attempts observed on {@code observations}: the application's registry, whose
   * handlers decide what an observation becomes (Spring Boot registers a timer handler on {@code meters} and, with
   * Micrometer Tracing on the classpath, a tracing handler that makes each attempt a span).
   */
  public static MicrometerCallListener of(MeterRegistry meters, ObservationRegistry observations) {
    return new MicrometerCallListener(Objects.requireNonNull(meters, "meters"),
        Objects.requireNonNull(observations, "observations"));
  }

  @Override
  public void onEvent(CallEvent event) {
    if (event instanceof AttemptStarted started) {
      start(started);
    } else if (event instanceof AttemptEvent attempt) {
      finish(attempt);
    } else if (event instanceof JournalEvent journal) {
      journal(journal);
    }
  }

  private void start(AttemptStarted started) {
    Observation observation = Observation.createNotStarted(CALL, observations)
        .contextualName(started.vendor() + " " + started.operation())
        .lowCardinalityKeyValue("vendor", started.vendor())
        .lowCardinalityKeyValue("operation", started.operation())
        .start();
    open.get().push(observation);
  }

  private void finish(AttemptEvent attempt) {
    if (attempt.sent()) {
      Observation observation = open.get().poll();
      if (observation != null) {
        observation.lowCardinalityKeyValue("outcome", attempt.outcome()).stop();
      }
      if (open.get().isEmpty()) {
        open.remove();
      }
    }
    if (attempt.retry()) {
      count(RETRIES, attempt);
    }
    if (!attempt.sent() || !attempt.throttleWait().isZero()) {
      count(THROTTLE_WAITS, attempt);
    }
    if (attempt.throttledByVendor()) {
      count(VENDOR_THROTTLED, attempt);
    }
  }

  private void count(String name, AttemptEvent attempt) {
    Counter.builder(name).tag("vendor", attempt.vendor()).tag("operation", attempt.operation())
        .register(meters).increment();
  }

  private void journal(JournalEvent event) {
    String name = switch (event.kind()) {
      case RECONCILED -> RECONCILIATIONS;
      case REPLAYED -> REPLAYS;
      default -> null;
    };
    if (name != null) {
      Counter.builder(name).tag("operation", event.operation()).register(meters).increment();
    }
  }
}
