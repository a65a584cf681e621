package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The create-at-most-once algorithm against a scripted vendor that really keeps accounts. */
class IdempotentCreateTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T00:00:00Z"));
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };
  private final WriteJournal journal = WriteJournal.inMemory(Duration.ofMinutes(2));
  private final java.util.List<JournalEvent.Kind> events = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final IdempotentCreate creates = new IdempotentCreate(new IdempotentWrite(journal, clock, "test",
      e -> events.add(((JournalEvent) e).kind())));

  /** A vendor with a uniqueness rule on identity, whose answers can be lost and whose accounts can be invisible. */
  private final class Vendor {
    final java.util.Map<String, CustomerCreated> accounts = new java.util.HashMap<>();
    final AtomicInteger creates = new AtomicInteger();
    boolean loseNextAnswer;
    boolean invisible;
    boolean lookupFails;
    GatewayFailure refusalWhenExists;

    Either<GatewayFailure, CustomerCreated> create(CustomerRegistration r) {
      creates.incrementAndGet();
      if (accounts.containsKey(r.identity())) {
        return Either.left(refusalWhenExists != null ? refusalWhenExists : new GatewayFailure.Conflict("exists", trace()));
      }
      CustomerCreated c = new CustomerCreated(CustomerId.of("id-" + accounts.size()), Option.none(),
          Customer.Association.BOUND, CustomerCreated.Provenance.CREATED);
      accounts.put(r.identity(), c);
      if (loseNextAnswer) {
        loseNextAnswer = false;
        return Either.left(new GatewayFailure.OutcomeUnknown("lost", trace()));
      }
      return Either.right(c);
    }

    Either<GatewayFailure, Option<CustomerCreated>> lookup(CustomerRegistration r) {
      if (lookupFails) {
        return Either.left(new GatewayFailure.Unavailable(trace()));
      }
      return Either.right(invisible ? Option.none() : Option.of(accounts.get(r.identity())));
    }
  }

  private static VendorTrace trace() {
    return VendorTrace.local("test", "x", "x");
  }

  private static CustomerRegistration registration(String user) {
    return HuaweiRegistration.validate(
        HuaweiRegistrationForm.builder().xaccountId(user).xaccountType("t_IDP").build(), HuaweiSite.CHINA).get();
  }

  private Either<GatewayFailure, CustomerCreated> run(Vendor vendor, String key, CustomerRegistration r) {
    return creates.run(IdempotencyKey.of(key), r, () -> vendor.create(r), () -> vendor.lookup(r));
  }

  @Test
  void a_replayed_key_returns_the_first_result_without_calling_the_vendor() {
    Vendor vendor = new Vendor();
    CustomerRegistration r = registration("u1");
    CustomerCreated first = run(vendor, "k", r).get();

    CustomerCreated again = run(vendor, "k", r).get();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
    assertThat(vendor.creates).hasValue(1);
  }

  @Test
  void a_key_of_another_customer_is_a_conflict() {
    Vendor vendor = new Vendor();
    run(vendor, "k", registration("u1")).get();
    assertThat(run(vendor, "k", registration("u2")).getLeft().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(vendor.creates).hasValue(1);
  }

  @Test
  void a_lost_answer_is_reconciled_at_once() {
    Vendor vendor = new Vendor();
    vendor.loseNextAnswer = true;

    CustomerCreated result = run(vendor, "k", registration("u1")).get();

    assertThat(result.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(vendor.accounts).hasSize(1);
  }

  @Test
  void a_lost_answer_on_an_account_not_visible_yet_stays_unknown_and_never_makes_a_second_account() {
    Vendor vendor = new Vendor();
    vendor.loseNextAnswer = true;
    vendor.invisible = true;
    CustomerRegistration r = registration("u1");

    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    // the retry finds nothing yet, creates, and the vendor's uniqueness refuses: still unknown, still one account
    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    vendor.invisible = false;
    CustomerCreated settled = run(vendor, "k", r).get();

    assertThat(settled.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(vendor.accounts).hasSize(1);
    assertThat(run(vendor, "k", r).get().provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
  }

  @Test
  void a_failed_lookup_keeps_the_outcome_unknown() {
    Vendor vendor = new Vendor();
    vendor.loseNextAnswer = true;
    vendor.lookupFails = true;
    CustomerRegistration r = registration("u1");

    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    vendor.lookupFails = false;
    assertThat(run(vendor, "k", r).get().id().value()).isEqualTo("id-0");
    assertThat(vendor.creates).hasValue(1);
  }

  @Test
  void a_certain_failure_frees_the_key() {
    Vendor vendor = new Vendor();
    CustomerRegistration r = registration("u1");
    Either<GatewayFailure, CustomerCreated> refused = creates.run(IdempotencyKey.of("k"), r,
        () -> Either.left(new GatewayFailure.Unavailable(trace())), () -> vendor.lookup(r));
    assertThat(refused.getLeft().kind()).isEqualTo(FailureKind.UNAVAILABLE);

    assertThat(run(vendor, "k", r).get().provenance()).isEqualTo(CustomerCreated.Provenance.CREATED);
  }

  @Test
  void an_attempt_in_flight_blocks_the_key_until_it_is_stale_then_is_reconciled() {
    Vendor vendor = new Vendor();
    CustomerRegistration r = registration("u1");
    journal.claim(IdempotencyKey.of("k"), IdempotentCreate.OPERATION,
        JournalEntry.fingerprint(r.identity()), now.get());   // another instance claimed it, then died
    vendor.create(r);                                                  // ... after the vendor applied its create

    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    now.set(now.get().plus(Duration.ofMinutes(3)));
    CustomerCreated result = run(vendor, "k", r).get();

    assertThat(result.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(vendor.creates).hasValue(1);
  }

  @Test
  void after_a_lost_answer_a_phone_quota_refusal_is_looked_up_and_never_releases_the_key() {
    Vendor vendor = new Vendor();
    vendor.loseNextAnswer = true;
    vendor.invisible = true;   // the account exists but the lookup does not show it yet
    vendor.refusalWhenExists = new GatewayFailure.Rejected(
        new dev.partnerkit.domain.Rejection(dev.partnerkit.domain.RejectionCode.PHONE_QUOTA_EXCEEDED, "full"), trace());
    CustomerRegistration r = registration("u1");

    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    // the retry is refused with the phone's quota (the lost create used the last slot): not a refusal, still unknown
    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(journal.entry(IdempotencyKey.of("k")).get().state()).isEqualTo(JournalEntry.State.UNKNOWN);
    vendor.invisible = false;
    assertThat(run(vendor, "k", r).get().provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(vendor.accounts).hasSize(1);
  }

  @Test
  void a_fresh_key_meeting_an_existing_account_names_its_id() {
    Vendor vendor = new Vendor();
    CustomerRegistration r = registration("u1");
    CustomerCreated first = run(vendor, "from-file-a", r).get();

    GatewayFailure other = run(vendor, "from-file-b", r).getLeft();

    assertThat(other.kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(other.message()).contains("exists already as account " + first.id().value());
    assertThat(journal.entry(IdempotencyKey.of("from-file-b"))).isEmpty();
  }

  @Test
  void a_claim_the_journal_cannot_record_sends_nothing() {
    Vendor vendor = new Vendor();
    CustomerRegistration r = registration("u1");
    WriteJournal broken = new WriteJournal() {
      @Override public Claim claim(IdempotencyKey k, String o, String f, Instant n) {
        throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
      }
      @Override public void done(IdempotencyKey k, String res, Instant n) {}
      @Override public void unknown(IdempotencyKey k, Instant n) {}
      @Override public void release(IdempotencyKey k) {}
      @Override public Option<JournalEntry> entry(IdempotencyKey k) { return Option.none(); }
      @Override public io.vavr.collection.Seq<IdempotencyKey> open(String o) { return io.vavr.collection.List.empty(); }
      @Override public Option<JournalEntry> resolve(IdempotencyKey k, boolean a, Instant n) { return Option.none(); }
    };
    IdempotentCreate onBroken = new IdempotentCreate(new IdempotentWrite(broken, clock, "test", CallListener.NONE));

    GatewayFailure failure = onBroken.run(IdempotencyKey.of("k"), r, () -> vendor.create(r), () -> vendor.lookup(r))
        .getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(failure.trace().message()).contains("No space left on device");
    assertThat(vendor.creates).hasValue(0);
  }

  @Test
  void the_listener_hears_claims_replays_reconciles_and_unresolved_keys() {
    Vendor vendor = new Vendor();
    CustomerRegistration r = registration("u1");
    run(vendor, "k", r);
    run(vendor, "k", r);
    vendor.loseNextAnswer = true;
    vendor.invisible = true;
    run(vendor, "k2", registration("u2"));

    assertThat(events).containsExactly(JournalEvent.Kind.CLAIMED, JournalEvent.Kind.REPLAYED,
        JournalEvent.Kind.CLAIMED, JournalEvent.Kind.RECONCILED, JournalEvent.Kind.UNRESOLVED);
  }
}
