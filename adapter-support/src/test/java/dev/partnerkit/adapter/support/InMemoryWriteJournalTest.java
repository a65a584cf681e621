package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.ports.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryWriteJournalTest {

  @Test
  void racing_claims_of_one_key_grant_exactly_one() throws Exception {
    assertThat(JournalRaces.grantedOf(WriteJournal.inMemory(), 8, 200)).allMatch(n -> n == 1);
  }

  @Test
  void an_attempt_goes_stale_after_the_time_given_and_open_keys_are_listed_by_operation() {
    WriteJournal journal = WriteJournal.inMemory(Duration.ofSeconds(10));
    IdempotencyKey key = IdempotencyKey.of("k");
    journal.claim(key, "op", "fp", Instant.EPOCH);
    journal.claim(IdempotencyKey.of("other"), "other-op", "fp", Instant.EPOCH);

    assertThat(journal.open("op")).containsExactly(key);
    assertThat(journal.claim(key, "op", "fp", Instant.EPOCH.plusSeconds(9)))
        .isInstanceOf(WriteJournal.Claim.InFlight.class);
    assertThat(journal.claim(key, "op", "fp", Instant.EPOCH.plusSeconds(10)))
        .isEqualTo(new WriteJournal.Claim.Reconcile(Instant.EPOCH));
  }
}
