package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.adapter.support.JournalEntry.State;
import dev.partnerkit.adapter.support.WriteJournal.Claim;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-29T01:00:00Z");
  private static final String OP = "tencent.AllocateCustomerCredit";
  private final JournalRules rules = new JournalRules(Duration.ofMinutes(2));

  private static JournalEntry entry(State state, Instant claimed, Instant since) {
    return new JournalEntry(OP, "fp", state, state == State.DONE ? Option.some("r") : Option.none(), claimed, since);
  }

  @Test
  void a_new_key_is_granted_and_stored_in_flight() {
    var claimed = rules.claim(Option.none(), OP, "fp", T0);
    assertThat(claimed.claim()).isEqualTo(new Claim.Granted());
    assertThat(claimed.next()).contains(entry(State.IN_FLIGHT, T0, T0));
  }

  @Test
  void an_attempt_in_flight_is_left_alone_until_it_is_stale_then_reconciled_from_its_first_claim() {
    Option<JournalEntry> inFlight = Option.some(entry(State.IN_FLIGHT, T0, T0));

    var early = rules.claim(inFlight, OP, "fp", T0.plusSeconds(119));
    var stale = rules.claim(inFlight, OP, "fp", T0.plusSeconds(120));

    assertThat(early.claim()).isEqualTo(new Claim.InFlight(T0));
    assertThat(early.next()).isEmpty();
    assertThat(stale.claim()).isEqualTo(new Claim.Reconcile(T0));
    assertThat(stale.next()).contains(entry(State.IN_FLIGHT, T0, T0.plusSeconds(120)));
  }

  @Test
  void done_is_final_and_other_requests_or_operations_are_refused() {
    Option<JournalEntry> done = Option.some(entry(State.DONE, T0, T0));

    assertThat(rules.claim(done, OP, "fp", T0).claim()).isEqualTo(new Claim.Done(Option.some("r")));
    assertThat(rules.claim(done, OP, "another amount", T0).claim()).isEqualTo(new Claim.OtherRequest(OP));
    assertThat(rules.claim(done, "customer.create", "fp", T0).claim()).isEqualTo(new Claim.OtherRequest(OP));
    assertThat(rules.unknown(done, T0)).isEmpty();
    assertThat(rules.releases(done)).isFalse();
    assertThat(rules.resolve(done, false, T0)).isEqualTo(done);
  }

  @Test
  void an_unknown_outcome_keeps_its_first_time_and_is_reconciled_at_once() {
    JournalEntry unknown = rules.unknown(Option.some(entry(State.IN_FLIGHT, T0, T0)), T0.plusSeconds(1)).get();
    assertThat(unknown).isEqualTo(entry(State.UNKNOWN, T0, T0.plusSeconds(1)));
    assertThat(rules.unknown(Option.some(unknown), T0.plusSeconds(9))).contains(unknown);
    assertThat(rules.claim(Option.some(unknown), OP, "fp", T0.plusSeconds(2)).claim())
        .isEqualTo(new Claim.Reconcile(T0));
    assertThat(rules.afterCrash(entry(State.IN_FLIGHT, T0, T0))).isEqualTo(entry(State.UNKNOWN, T0, T0));
  }

  @Test
  void an_operator_marks_an_unknown_key_applied_or_not() {
    Option<JournalEntry> unknown = Option.some(entry(State.UNKNOWN, T0, T0));
    assertThat(rules.resolve(unknown, true, T0.plusSeconds(5)))
        .contains(new JournalEntry(OP, "fp", State.DONE, Option.none(), T0, T0.plusSeconds(5)));
    assertThat(rules.resolve(unknown, false, T0.plusSeconds(5))).isEmpty();
    assertThat(rules.claim(rules.resolve(unknown, true, T0), OP, "fp", T0).claim())
        .isEqualTo(new Claim.Done(Option.none()));
  }

  @Test
  void stale_times_are_positive_results_only_when_done_and_fingerprints_hide_the_request() {
    assertThatThrownBy(() -> new JournalRules(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JournalEntry(OP, "fp", State.UNKNOWN, Option.some("r"), T0, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JournalEntry.fingerprint("a@example.com")).hasSize(64).doesNotContain("example")
        .isEqualTo(JournalEntry.fingerprint("a@example.com")).isNotEqualTo(JournalEntry.fingerprint("b@example.com"));
  }
}
