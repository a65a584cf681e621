package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.adapter.support.CreateJournal.Claim;
import dev.partnerkit.adapter.support.JournalEntry.State;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.CustomerCreated;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The journal's rules as pure functions, the ones every store (memory, file, PostgreSQL) applies. */
class JournalRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-29T01:00:00Z");
  private static final CustomerCreated CREATED = new CustomerCreated(CustomerId.of("1"), Option.none(),
      Customer.Association.BOUND, CustomerCreated.Provenance.CREATED);
  private final JournalRules rules = new JournalRules(Duration.ofMinutes(2));

  private static JournalEntry entry(State state, Instant since) {
    return new JournalEntry("id", state, state == State.DONE ? Optional.of(CREATED) : Optional.empty(), since);
  }

  @Test
  void a_new_key_is_granted_and_stored_in_flight() {
    var claimed = rules.claim(Optional.empty(), "id", T0);
    assertThat(claimed.claim()).isEqualTo(new Claim.Granted());
    assertThat(claimed.next()).contains(entry(State.IN_FLIGHT, T0));
  }

  @Test
  void an_attempt_in_flight_is_left_alone_until_it_is_stale_then_reconciled_and_held_by_the_claimant() {
    Optional<JournalEntry> inFlight = Optional.of(entry(State.IN_FLIGHT, T0));

    var early = rules.claim(inFlight, "id", T0.plusSeconds(119));
    var stale = rules.claim(inFlight, "id", T0.plusSeconds(120));

    assertThat(early.claim()).isEqualTo(new Claim.InFlight(T0));
    assertThat(early.next()).isEmpty();
    assertThat(stale.claim()).isEqualTo(new Claim.Reconcile(T0));
    assertThat(stale.next()).contains(entry(State.IN_FLIGHT, T0.plusSeconds(120)));
  }

  @Test
  void done_is_final_and_other_customers_are_refused() {
    Optional<JournalEntry> done = Optional.of(entry(State.DONE, T0));

    assertThat(rules.claim(done, "id", T0).claim()).isEqualTo(new Claim.Done(CREATED));
    assertThat(rules.claim(done, "other", T0).claim()).isEqualTo(new Claim.OtherCustomer());
    assertThat(rules.unknown(done, T0)).isEmpty();
    assertThat(rules.releases(done)).isFalse();
  }

  @Test
  void an_unknown_outcome_keeps_its_first_time_and_is_reconciled_at_once() {
    JournalEntry unknown = rules.unknown(Optional.of(entry(State.IN_FLIGHT, T0)), T0.plusSeconds(1)).orElseThrow();
    assertThat(unknown).isEqualTo(entry(State.UNKNOWN, T0.plusSeconds(1)));
    assertThat(rules.unknown(Optional.of(unknown), T0.plusSeconds(9))).contains(unknown);
    assertThat(rules.claim(Optional.of(unknown), "id", T0.plusSeconds(2)).claim())
        .isEqualTo(new Claim.Reconcile(T0.plusSeconds(1)));
    assertThat(rules.afterCrash(entry(State.IN_FLIGHT, T0))).isEqualTo(entry(State.UNKNOWN, T0));
  }

  @Test
  void an_entry_has_a_result_exactly_when_done_and_fingerprints_hide_the_identity() {
    assertThatThrownBy(() -> new JournalEntry("id", State.DONE, Optional.empty(), T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JournalEntry.fingerprint("a@example.com")).hasSize(64).doesNotContain("example")
        .isEqualTo(JournalEntry.fingerprint("a@example.com")).isNotEqualTo(JournalEntry.fingerprint("b@example.com"));
  }
}
