package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Creates a customer at most once per idempotency key on a vendor whose create is not idempotent. The one place that
 * decides when to create, when to replay, and when to reconcile:
 *
 * <ol>
 *   <li>a key already done returns its result ({@code REPLAYED}); a key of another customer is a {@code Conflict};
 *   <li>a key whose earlier attempt has an unknown outcome is reconciled first: the customer is looked up, and if
 *       found the result is {@code RECONCILED}; if not, it is created;
 *   <li>a create whose answer is lost ({@code OUTCOME_UNKNOWN}) is reconciled at once; if the customer is not visible
 *       yet, the failure stays {@code OutcomeUnknown} and the next call with the key reconciles again;
 *   <li>a create that certainly did nothing frees the key.
 * </ol>
 *
 * Creating after a reconcile that found nothing cannot make a second account because the registration's {@link
 * CustomerRegistration#identity()} is the vendor's own uniqueness key (Tencent: one account per email; Huawei: one
 * per {@code xaccount_id}): if the earlier attempt did create the account, the vendor refuses the new create as a
 * conflict, and that conflict, after an unknown outcome, is reconciled by looking the account up once more.
 */
public final class IdempotentCreate {

  private final CreateJournal journal;
  private final Clock clock;
  private final String source;

  public IdempotentCreate(CreateJournal journal, Clock clock, String source) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Runs the create of {@code registration} under {@code key}.
   *
   * @param create one create at the vendor (with its own retries of what is safe to retry)
   * @param lookup finds the account of {@code registration} at the vendor, if it exists
   */
  public Either<GatewayFailure, CustomerCreated> run(
      IdempotencyKey key,
      CustomerRegistration registration,
      Supplier<Either<GatewayFailure, CustomerCreated>> create,
      Supplier<Either<GatewayFailure, Option<CustomerCreated>>> lookup) {
    CreateJournal.Claim claim = journal.claim(key, registration.identity(), clock.instant());
    if (claim instanceof CreateJournal.Claim.Done done) {
      return Either.right(done.result().asReplay());
    }
    if (claim instanceof CreateJournal.Claim.OtherCustomer) {
      return Either.left(new GatewayFailure.Conflict("idempotency key " + key + " was used for another customer",
          VendorTrace.local(source, "idempotency.key_reused", "the key belongs to another customer")));
    }
    if (claim instanceof CreateJournal.Claim.InFlight inFlight) {
      return Either.left(new GatewayFailure.OutcomeUnknown(
          "another attempt with this key is in flight since " + inFlight.since() + "; call again with the same key later",
          VendorTrace.local(source, "idempotency.in_flight", "an attempt with this key is in flight")));
    }
    if (claim instanceof CreateJournal.Claim.Reconcile) {
      Either<GatewayFailure, Option<CustomerCreated>> found = lookup.get();
      if (found.isLeft()) {
        journal.unknown(key, clock.instant());
        return Either.left(unknown(key, found.getLeft().trace()));
      }
      if (found.get().isDefined()) {
        return finish(key, reconciled(found.get().get()));
      }
    }
    return attempt(key, create, lookup, claim instanceof CreateJournal.Claim.Reconcile);
  }

  private Either<GatewayFailure, CustomerCreated> attempt(
      IdempotencyKey key,
      Supplier<Either<GatewayFailure, CustomerCreated>> create,
      Supplier<Either<GatewayFailure, Option<CustomerCreated>>> lookup,
      boolean afterUnknownOutcome) {
    Either<GatewayFailure, CustomerCreated> created;
    try {
      created = create.get();
    } catch (RuntimeException e) {
      journal.unknown(key, clock.instant());
      throw e;
    }
    if (created.isRight()) {
      return finish(key, created.get());
    }
    GatewayFailure failure = created.getLeft();
    boolean mayBeOurs = failure.kind() == FailureKind.OUTCOME_UNKNOWN
        || (afterUnknownOutcome && failure.kind() == FailureKind.CONFLICT);
    if (!mayBeOurs) {
      journal.release(key);
      return created;
    }
    Either<GatewayFailure, Option<CustomerCreated>> found = lookup.get();
    if (found.isRight() && found.get().isDefined()) {
      return finish(key, reconciled(found.get().get()));
    }
    journal.unknown(key, clock.instant());
    return Either.left(unknown(key, failure.trace()));
  }

  private Either<GatewayFailure, CustomerCreated> finish(IdempotencyKey key, CustomerCreated result) {
    journal.done(key, result, clock.instant());
    return Either.right(result);
  }

  private static CustomerCreated reconciled(CustomerCreated found) {
    return new CustomerCreated(found.id(), found.accountName(), found.association(), CustomerCreated.Provenance.RECONCILED);
  }

  private static GatewayFailure unknown(IdempotencyKey key, VendorTrace trace) {
    return new GatewayFailure.OutcomeUnknown(
        "the vendor may have created the account but it is not visible yet; call createCustomer again with key "
            + key + " later: it looks the account up before creating anything",
        trace);
  }
}
