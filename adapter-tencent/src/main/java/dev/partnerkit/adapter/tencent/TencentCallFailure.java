package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.AttemptFailure;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import java.time.Duration;

import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.Objects;

/**
 * Why one call to intlpartnersmgt did not return a result: a vendor error (which Tencent sends inside an HTTP 200
 * body), an unusable HTTP answer, or a transport failure.
 *
 * <p>{@link #kind()} classifies it (vendor codes through the adapter's error table; unknown codes and malformed
 * bodies are {@link FailureKind#UNEXPECTED}); {@link #trace()} says what happened, for logs and support; {@link
 * #maybeApplied()} says whether the vendor may have received, and acted on, the request. None of them contains a
 * secret.
 */
public final class TencentCallFailure implements AttemptFailure {

  /** The {@link VendorTrace#source()} of every trace made by this adapter. */
  public static final String SOURCE = "tencent";

  private final String action;
  private final FailureKind kind;
  private final VendorTrace trace;
  private final boolean maybeApplied;

  private TencentCallFailure(String action, FailureKind kind, VendorTrace trace, boolean maybeApplied) {
    this.action = Objects.requireNonNull(action, "action");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.trace = Objects.requireNonNull(trace, "trace");
    this.maybeApplied = maybeApplied;
  }

  /** The vendor answered with {@code Response.Error}: it refused the request, which therefore had no effect. */
  static TencentCallFailure vendorError(
      String action, String code, String message, int httpStatus, String requestId) {
    return new TencentCallFailure(
        action,
        ErrorTable.kindOf(code),
        new VendorTrace(SOURCE, code, message, Option.some(httpStatus), Option.of(requestId)),
        false);
  }

  /** A failure without a vendor error code ({@code code} names the condition, e.g. {@code transport.timeout}). */
  static TencentCallFailure local(
      String action, FailureKind kind, String code, String message, Option<Integer> httpStatus, boolean maybeApplied) {
    return new TencentCallFailure(
        action, kind, new VendorTrace(SOURCE, code, message, httpStatus, Option.none()), maybeApplied);
  }

  /** This client's own rate limit for {@code action} would have needed a wait of {@code wait}: nothing was sent. */
  static TencentCallFailure throttledLocally(IntlPartnersAction action, Duration wait) {
    return local(action.wireName(), FailureKind.RATE_LIMITED, "client.rate_limit",
        "this client's rate limit for " + action.wireName() + " needs a wait of " + wait.toMillis() + " ms",
        Option.none(), false);
  }

  /** This failure with every occurrence of {@code secrets} in the trace message masked. */
  TencentCallFailure scrubbed(Collection<String> secrets) {
    String message = Redaction.scrub(trace.message(), secrets);
    if (message.equals(trace.message())) {
      return this;
    }
    return new TencentCallFailure(
        action,
        kind,
        new VendorTrace(trace.source(), trace.code(), message, trace.httpStatus(), trace.requestId()),
        maybeApplied);
  }

  /** The intlpartnersmgt action that was called, e.g. {@code CreateAccount}. */
  public String action() {
    return action;
  }

  /** The classification, for a {@code switch}. */
  public FailureKind kind() {
    return kind;
  }

  /**
   * What happened: source {@code "tencent"}; the vendor's error code and message (or a {@code transport.*}, {@code
   * http.*} or {@code response.*} condition of this adapter); the HTTP status and the vendor's {@code RequestId} when
   * there were any.
   */
  public VendorTrace trace() {
    return trace;
  }

  /**
   * Whether the request may have reached the vendor and taken effect: false when it certainly was not sent or was
   * refused with an error code; true after a timeout or a lost connection once the body was being written, a 5xx, or
   * an unreadable answer. For a mutating action, true means: look the result up before trying again.
   */
  public boolean maybeApplied() {
    return maybeApplied;
  }

  /** One line: action, kind, whether it may have been applied, and the trace. No secret. */
  /** Tencent never says how long to wait: always empty. */
  @Override
  public Option<Duration> retryAfter() {
    return Option.none();
  }

  @Override
  public String toString() {
    return "TencentCallFailure[" + action + " " + kind + (maybeApplied ? " (maybe applied)" : "") + ": " + trace + "]";
  }
}
