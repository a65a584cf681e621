package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.VendorCallFailure;

import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.Objects;

/**
 * Why one call to Huawei did not succeed: its {@link #kind()}, what Huawei (or the network) said ({@link #trace()}),
 * whether the request may have taken effect ({@link #maybeApplied()}), and, for {@code CBC.99000050}, the account
 * that was created while its association with the partner is still pending ({@link #createdCustomer()}).
 *
 * <p>Carries no secret: the trace holds the vendor's error code and text, the HTTP status and the request id, never
 * request headers or bodies.
 */
public final class HuaweiCallFailure extends VendorCallFailure {

  /** The trace source of every Huawei failure. */
  public static final String SOURCE = "huawei";

  /** The vendor code of "account created, partner association still pending". */
  public static final String ASSOCIATION_PENDING_CODE = "CBC.99000050";

  private final CreatedCustomer createdCustomer;

  HuaweiCallFailure(
      String operation, FailureKind kind, VendorTrace trace, boolean maybeApplied, CreatedCustomer createdCustomer) {
    super(operation, kind, trace, maybeApplied);
    this.createdCustomer = createdCustomer;
  }

  /** This failure with every occurrence of {@code secrets} (values the request revealed) in the trace message masked. */
  HuaweiCallFailure scrubbed(Collection<String> secrets) {
    VendorTrace scrubbed = scrubbedTrace(secrets);
    return scrubbed == trace() ? this : new HuaweiCallFailure(operation(), kind(), scrubbed, maybeApplied(),
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

  /**
   * For {@code CBC.99000050} only: the account that was created, association pending. {@link HuaweiPartnerGateway}
   * turns this into a created customer whose association is pending rather than a failure.
   */
  public Option<CreatedCustomer> createdCustomer() {
    return Option.of(createdCustomer);
  }

  /** Whether this is Huawei's "created, association pending" answer ({@code CBC.99000050}). */
  public boolean isAssociationPending() {
    return ASSOCIATION_PENDING_CODE.equals(trace().code());
  }

  @Override
  protected String details() {
    return createdCustomer != null ? " created=" + createdCustomer.domainId() : "";
  }
}
