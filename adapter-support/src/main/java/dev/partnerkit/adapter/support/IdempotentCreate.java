package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * Creates a customer at most once per idempotency key on a vendor whose create is not idempotent, as a {@link
 * JournaledWrite} of operation {@value #OPERATION} run by {@link IdempotentWrite}: replayed ({@code REPLAYED}),
 * reconciled by looking the account up ({@code RECONCILED}), or created.
 *
 * <p>Creating after a reconcile that found nothing cannot make a second account because the registration's {@link
 * CustomerRegistration#identity()} is the vendor's own uniqueness key (Tencent: one account per email; Huawei: one per
 * {@code xaccount_id}): if the earlier attempt did create the account, the vendor refuses the new create, and any
 * refusal that could mean so (a conflict, an email already registered, the phone's quota reached) is looked up once
 * more and keeps the key claimed unless the account is found. A fresh key that meets an existing account gets a
 * conflict naming that account's id.
 */
public final class IdempotentCreate {

  /** The journal operation of customer creates (also in journals written before operations were recorded). */
  public static final String OPERATION = "customer.create";

  private final IdempotentWrite writes;

  /** Creates journaled through {@code writes}. */
  public IdempotentCreate(IdempotentWrite writes) {
    this.writes = writes;
  }

  /**
   * Runs the create of {@code registration} under {@code key}.
   *
   * @param create one create at the vendor (with its own retries of what is safe to retry)
   * @param lookup finds the account of {@code registration} at the vendor, if it exists (exact match, every page)
   */
  public Either<GatewayFailure, CustomerCreated> run(
      IdempotencyKey key,
      CustomerRegistration registration,
      Supplier<Either<GatewayFailure, CustomerCreated>> create,
      Supplier<Either<GatewayFailure, Option<CustomerCreated>>> lookup) {
    return writes.run(JournaledWrite.withFingerprint(key, OPERATION,
            JournalEntry.fingerprint(registration.identity()), JournalCodecs.CUSTOMER_CREATED)
        .apply(create)
        .lookup(since -> lookup.get().map(found -> found.isDefined()
            ? new JournaledWrite.Lookup.Found<>(found.get())
            : new JournaledWrite.Lookup.Absent<>()))
        .mayMeanApplied(IdempotentCreate::mayMeanCreated)
        .asReplay(CustomerCreated::asReplay)
        .asReconciled(c -> new CustomerCreated(c.id(), c.accountName(), c.association(),
            CustomerCreated.Provenance.RECONCILED))
        .describe(c -> "account " + c.id().value()));
  }

  /** A create's refusal that could mean the account exists: a conflict, its email registered, its phone full. */
  static boolean mayMeanCreated(GatewayFailure failure) {
    if (failure.kind() == FailureKind.CONFLICT) {
      return true;
    }
    return failure instanceof GatewayFailure.Rejected r
        && (r.rejection().code() == RejectionCode.EMAIL_ALREADY_REGISTERED
            || r.rejection().code() == RejectionCode.PHONE_QUOTA_EXCEEDED);
  }
}
