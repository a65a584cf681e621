package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.AttemptFailure;
import dev.partnerkit.adapter.support.SecretJson;
import io.vavr.control.Option;
import java.time.Duration;

import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.VendorTrace;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one call to Huawei did not succeed: its {@link #kind()}, what Huawei (or the network) said ({@link #trace()}),
 * whether the request may have taken effect ({@link #maybeApplied()}), and, for {@code CBC.99000050}, the account
 * that was created while its association with the partner is still pending ({@link #createdCustomer()}).
 *
 * <p>Carries no secret: the trace holds the vendor's error code and text, the HTTP status and the request id, never
 * request headers or bodies.
 */
public final class HuaweiCallFailure implements AttemptFailure {

  /** The trace source of every Huawei failure. */
  public static final String SOURCE = "huawei";

  /** The vendor code of "account created, partner association still pending". */
  public static final String ASSOCIATION_PENDING_CODE = "CBC.99000050";

  private final String operation;
  private final FailureKind kind;
  private final VendorTrace trace;
  private final boolean maybeApplied;
  private final CreatedCustomer createdCustomer;

  HuaweiCallFailure(
      String operation, FailureKind kind, VendorTrace trace, boolean maybeApplied, CreatedCustomer createdCustomer) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.trace = Objects.requireNonNull(trace, "trace");
    this.maybeApplied = maybeApplied;
    this.createdCustomer = createdCustomer;
  }

  /** This failure with every occurrence of {@code secrets} (values the request revealed) in the trace message masked. */
  HuaweiCallFailure scrubbed(Collection<String> secrets) {
    String message = SecretJson.scrub(trace.message(), secrets);
    return message.equals(trace.message()) ? this : new HuaweiCallFailure(operation, kind,
        new VendorTrace(trace.source(), trace.code(), message, trace.httpStatus(), trace.requestId()), maybeApplied,
        createdCustomer);
  }

  /**
   * The account CreateSubCustomer created although the call answered {@code CBC.99000050} (HTTP 500): Huawei timed out
   * waiting for the partner association, which completes (or not) asynchronously; confirm it with ListSubCustomers
   * ({@code customer_id = domainId}).
   *
   * @param domainId the new account's id (the customer id elsewhere)
   * @param domainName the new account's name; may be null if Huawei did not return it
   */
  public record CreatedCustomer(String domainId, String domainName) {
    /** Checks that the id is present. */
    public CreatedCustomer {
      Objects.requireNonNull(domainId, "domainId");
    }
  }

  /** The vendor operation that failed, e.g. {@code CreateSubCustomer} (or {@code IAM.CreateToken}). */
  public String operation() {
    return operation;
  }

  /** The vendor-neutral kind of failure. */
  public FailureKind kind() {
    return kind;
  }

  /** What Huawei (or the transport) said: source {@code huawei}, code, message, HTTP status and request id. */
  public VendorTrace trace() {
    return trace;
  }

  /**
   * Whether the request may have taken effect: true when a state-changing request may have reached Huawei but no
   * usable answer came back (a connection lost or timed out after sending, a 5xx answer, an unreadable success), and
   * for {@code CBC.99000050}; false when it certainly did not (refused connection, 4xx answer, nothing sent) and for
   * operations that change nothing.
   */
  public boolean maybeApplied() {
    return maybeApplied;
  }

  /**
   * For {@code CBC.99000050} only: the account that was created, association pending. The later gateway turns this
   * into success-with-pending rather than a failure.
   */
  public Optional<CreatedCustomer> createdCustomer() {
    return Optional.ofNullable(createdCustomer);
  }

  /** Whether this is Huawei's "created, association pending" answer ({@code CBC.99000050}). */
  public boolean isAssociationPending() {
    return ASSOCIATION_PENDING_CODE.equals(trace.code());
  }

  /** Huawei's error bodies do not say how long to wait: always empty. */
  @Override
  public Option<Duration> retryAfter() {
    return Option.none();
  }

  @Override
  public String toString() {
    return "HuaweiCallFailure[" + operation + " " + kind + (maybeApplied ? " maybeApplied" : "")
        + (createdCustomer != null ? " created=" + createdCustomer.domainId() : "") + ": " + trace + "]";
  }
}
