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
  private final InMemoryCreateJournal journal = new InMemoryCreateJournal(Duration.ofMinutes(2));
  private final IdempotentCreate creates = new IdempotentCreate(journal, clock, "test");

  /** A vendor with a uniqueness rule on identity, whose answers can be lost and whose accounts can be invisible. */
  private final class Vendor {
    final java.util.Map<String, CustomerCreated> accounts = new java.util.HashMap<>();
    final AtomicInteger creates = new AtomicInteger();
    boolean loseNextAnswer;
    boolean invisible;
    boolean lookupFails;

    Either<GatewayFailure, CustomerCreated> create(CustomerRegistration r) {
      creates.incrementAndGet();
      if (accounts.containsKey(r.identity())) {
        return Either.left(new GatewayFailure.Conflict("exists", trace()));
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
    journal.claim(IdempotencyKey.of("k"), r.identity(), now.get());   // another instance claimed it, then died
    vendor.create(r);                                                  // ... after the vendor applied its create

    assertThat(run(vendor, "k", r).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    now.set(now.get().plus(Duration.ofMinutes(3)));
    CustomerCreated result = run(vendor, "k", r).get();

    assertThat(result.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(vendor.creates).hasValue(1);
  }
}
