package dev.partnerkit.ports;

import dev.partnerkit.domain.Rejection;
import dev.partnerkit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Why a call to a vendor did not succeed, in vendor-neutral terms. Every variant carries a {@link VendorTrace} for
 * diagnostics; callers branch on the variant (or on {@link #kind()}), never on the trace.
 *
 * <p>The variants are exhaustive: an adapter maps every vendor error code to exactly one of them and maps codes it
 * does not know to {@link Unexpected}, never to a guess.
 */
public sealed interface GatewayFailure {

  /** The kind of this failure, for a {@code switch}. */
  FailureKind kind();

  /** What the vendor (or the adapter) said. */
  VendorTrace trace();

  /** A one-line explanation for a person; contains no secret. */
  String message();

  /** The input was malformed: every violation, each naming its field. */
  record InvalidRequest(Seq<Violation> violations, VendorTrace trace) implements GatewayFailure {
    public InvalidRequest {
      Objects.requireNonNull(violations, "violations");
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.INVALID_REQUEST;
    }

    @Override
    public String message() {
      return violations.mkString("invalid request: ", "; ", "");
    }
  }

  /** A business rule said no. */
  record Rejected(Rejection rejection, VendorTrace trace) implements GatewayFailure {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.REJECTED;
    }

    @Override
    public String message() {
      return "rejected: " + rejection;
    }
  }

  /** What was asked about ({@code what}, e.g. {@code "customer 200000123456"}) does not exist. */
  record NotFound(String what, VendorTrace trace) implements GatewayFailure {
    public NotFound {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.NOT_FOUND;
    }

    @Override
    public String message() {
      return "not found: " + what;
    }
  }

  /** What was to be created exists already ({@code what}), or an idempotency key was reused for another request. */
  record Conflict(String what, VendorTrace trace) implements GatewayFailure {
    public Conflict {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.CONFLICT;
    }

    @Override
    public String message() {
      return "conflict: " + what;
    }
  }

  /** The credentials were refused or lack permission. */
  record Unauthorized(VendorTrace trace) implements GatewayFailure {
    public Unauthorized {
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.UNAUTHORIZED;
    }

    @Override
    public String message() {
      return "unauthorized: " + trace.message();
    }
  }

  /** Still throttled after the adapter's own retries; {@code retryAfter} when the vendor or limiter knows. */
  record RateLimited(Option<Duration> retryAfter, VendorTrace trace) implements GatewayFailure {
    public RateLimited {
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.RATE_LIMITED;
    }

    @Override
    public String message() {
      return "rate limited" + retryAfter.map(d -> ", retry after " + d.toMillis() + " ms").getOrElse("");
    }
  }

  /** The vendor or the network failed before the request took effect; calling again is safe. */
  record Unavailable(VendorTrace trace) implements GatewayFailure {
    public Unavailable {
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.UNAVAILABLE;
    }

    @Override
    public String message() {
      return "unavailable: " + trace.message();
    }
  }

  /**
   * The request may have taken effect (a timeout or a lost connection after it was sent, on a call the vendor does not
   * make idempotent). {@code howToReconcile} tells the caller what to look up before trying again; a gateway that can
   * reconcile by itself does so before returning this.
   */
  record OutcomeUnknown(String howToReconcile, VendorTrace trace) implements GatewayFailure {
    public OutcomeUnknown {
      Objects.requireNonNull(howToReconcile, "howToReconcile");
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.OUTCOME_UNKNOWN;
    }

    @Override
    public String message() {
      return "outcome unknown: " + howToReconcile;
    }
  }

  /** Anything the adapter could not classify. The trace says what the vendor answered. */
  record Unexpected(VendorTrace trace) implements GatewayFailure {
    public Unexpected {
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public FailureKind kind() {
      return FailureKind.UNEXPECTED;
    }

    @Override
    public String message() {
      return "unexpected: " + trace;
    }
  }
}
