package dev.partnerkit.adapter.support;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The {@code callTimeout} of both vendors' clients over one HTTP exchange, end to end (connecting, sending, and
 * reading the whole answer), which the connect and response timeouts alone do not bound (a server that trickles its
 * answer a byte at a time never trips the response timeout). When it passes, the request is aborted and the transport
 * reports the failure as {@code transport.call-timeout}. Inside a {@link GuardedCall} an exchange gets only what is
 * left of the whole call's deadline ({@link #within}), the same time on the caller's thread. One daemon thread per
 * client. Thread-safe.
 */
public final class CallDeadlines implements AutoCloseable {

  /** What is left of the whole call's deadline on this thread, while a {@link GuardedCall} attempt runs. */
  private static final ThreadLocal<Duration> REMAINING = new ThreadLocal<>();

  private final Duration callTimeout;
  private final ScheduledThreadPoolExecutor scheduler;

  /**
   * Deadlines of {@code callTimeout} each, on a daemon thread named {@code threadName}.
   *
   * @throws IllegalArgumentException if {@code callTimeout} is not positive
   */
  public CallDeadlines(Duration callTimeout, String threadName) {
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(threadName, "threadName");
    if (callTimeout.isZero() || callTimeout.isNegative()) {
      throw new IllegalArgumentException("callTimeout must be positive, was " + callTimeout);
    }
    this.callTimeout = callTimeout;
    this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    // a deadline is cancelled when its answer comes: out of the queue at once, not when it would have fired (else
    // every call of the last callTimeout stays queued, holding its request)
    this.scheduler.setRemoveOnCancelPolicy(true);
  }

  /**
   * Runs {@code attempt} (one exchange of a call) on this thread with {@code remaining} as the longest any deadline
   * started meanwhile may be: the time left of the whole call.
   */
  static <T> T within(Duration remaining, Supplier<T> attempt) {
    Duration outer = REMAINING.get();
    REMAINING.set(Objects.requireNonNull(remaining, "remaining"));
    try {
      return attempt.get();
    } finally {
      if (outer == null) {
        REMAINING.remove();
      } else {
        REMAINING.set(outer);
      }
    }
  }

  /** What is left of the whole call's deadline on this thread, inside {@link #within}. */
  static Option<Duration> remaining() {
    return Option.of(REMAINING.get());
  }

  /**
   * Starts the deadline of one exchange: {@code request} is cancelled if it is not {@link Deadline#done() done} within
   * the call timeout, or within what is left of the whole call's deadline when that is shorter ({@link #within}).
   */
  public Deadline start(Cancellable request) {
    Objects.requireNonNull(request, "request");
    AtomicBoolean passed = new AtomicBoolean();
    long nanos = remaining().filter(left -> left.compareTo(callTimeout) < 0).map(left -> Math.max(0, left.toNanos()))
        .getOrElse(callTimeout.toNanos());
    ScheduledFuture<?> timer;
    try {
      timer = scheduler.schedule(() -> {
        passed.set(true);
        request.cancel();
      }, nanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closed) {
      // the client is closed: its connection pool refuses the request before anything is sent
      timer = null;
    }
    return new Deadline(timer, passed);
  }

  /** Stops the scheduler; deadlines not yet passed are dropped, and later ones never fire. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** The deadline of one exchange. */
  public static final class Deadline {
    private final ScheduledFuture<?> timer;
    private final AtomicBoolean passed;

    private Deadline(ScheduledFuture<?> timer, AtomicBoolean passed) {
      this.timer = timer;
      this.passed = passed;
    }

    /** The exchange ended (answer or failure): the deadline will not fire. */
    public void done() {
      if (timer != null) {
        timer.cancel(false);
      }
    }

    /** Whether the deadline passed and aborted the exchange. */
    public boolean passed() {
      return passed.get();
    }
  }
}
