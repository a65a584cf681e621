package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.Rejection;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * Why one call to a vendor did not return a result, as both typed clients report it (Tencent's {@code
 * TencentCallFailure}, Huawei's {@code HuaweiCallFailure} add what is their own): the operation called, its {@link
 * FailureKind} (vendor codes through the adapter's error table), a {@link VendorTrace} for logs and support, and
 * whether the request may have taken effect. None of them contains a secret.
 */
public abstract class VendorCallFailure implements AttemptFailure {

  private final String operation;
  private final FailureKind kind;
  private final VendorTrace trace;
  private final boolean maybeApplied;

  /** A failure of {@code operation} (its wire name). */
  protected VendorCallFailure(String operation, FailureKind kind, VendorTrace trace, boolean maybeApplied) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.trace = Objects.requireNonNull(trace, "trace");
    this.maybeApplied = maybeApplied;
  }

  /** The vendor operation that failed, by its wire name (e.g. {@code CreateAccount}, {@code CreateSubCustomer}). */
  public String operation() {
    return operation;
  }

  /** The vendor-neutral kind of failure, for a {@code switch}. */
  @Override
  public FailureKind kind() {
    return kind;
  }

  /**
   * What happened: the vendor's source name, its error code and message (or a {@code transport.*}, {@code http.*} or
   * {@code response.*} condition of the adapter), the HTTP status and the vendor's request id when there were any.
   */
  public VendorTrace trace() {
    return trace;
  }

  /**
   * Whether the request may have reached the vendor and taken effect: false when it certainly was not sent or was
   * refused with an error code; true after a timeout or a lost connection once the request was being written, a 5xx
   * or an unreadable answer to a write. For a write, true means: look the result up before trying again (a gateway
   * reports it as {@code OUTCOME_UNKNOWN}).
   */
  @Override
  public boolean maybeApplied() {
    return maybeApplied;
  }

  /** Neither vendor says how long to wait in its error answers: always empty. */
  @Override
  public Option<Duration> retryAfter() {
    return Option.none();
  }

  /** The trace with every occurrence of {@code secrets} (values the request revealed) in its message masked. */
  protected final VendorTrace scrubbedTrace(Collection<String> secrets) {
    String message = SecretJson.scrub(trace.message(), secrets);
    return message.equals(trace.message()) ? trace
        : new VendorTrace(trace.source(), trace.code(), message, trace.httpStatus(), trace.requestId());
  }

  /**
   * The vendor-neutral failure a gateway reports: {@link #kind()} picks the {@link GatewayFailure} variant, and the
   * vendor's code, through the adapter's tables, the field at fault of an input refusal or the partnerkit rejection of
   * a business refusal. The trace is kept as it is.
   *
   * @param violationOf the violation an {@link FailureKind#INVALID_REQUEST} trace is
   * @param rejectionOf the rejection a {@link FailureKind#REJECTED} vendor code is
   * @return the failure for the port
   */
  public final GatewayFailure toGatewayFailure(
      Function<VendorTrace, Violation> violationOf, Function<String, RejectionCode> rejectionOf) {
    return switch (kind) {
      case INVALID_REQUEST -> new GatewayFailure.InvalidRequest(List.of(violationOf.apply(trace)), trace);
      case REJECTED -> new GatewayFailure.Rejected(
          Rejection.of(rejectionOf.apply(trace.code()), trace.message()), trace);
      case NOT_FOUND -> new GatewayFailure.NotFound(operation + ": " + trace.message(), trace);
      case CONFLICT -> new GatewayFailure.Conflict(trace.message(), trace);
      case UNAUTHORIZED -> new GatewayFailure.Unauthorized(trace);
      case RATE_LIMITED -> new GatewayFailure.RateLimited(retryAfter(), trace);
      case UNAVAILABLE -> new GatewayFailure.Unavailable(trace);
      case OUTCOME_UNKNOWN -> new GatewayFailure.OutcomeUnknown(
          operation + " may have been applied: look the result up before calling it again", trace);
      case UNEXPECTED -> new GatewayFailure.Unexpected(trace);
    };
  }

  /** One line: type, operation, kind, whether it may have been applied, and the trace. No secret. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + operation + " " + kind + (maybeApplied ? " (maybe applied)" : "") + ": "
        + trace + details() + "]";
  }

  /** What a vendor's failure adds to {@link #toString()}; empty by default. */
  protected String details() {
    return "";
  }
}
