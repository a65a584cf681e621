package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one reconciliation rule of both adapters' money transfers, against a scripted vendor history. */
class TransferHistoryTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00.700Z"), ZoneOffset.UTC);
  private final WriteJournal journal = WriteJournal.inMemory(Duration.ofMinutes(2));
  private final IdempotentWrite writes = new IdempotentWrite(journal, clock, "test", CallListener.NONE);

  /** A vendor whose transfers land in a history; its answers can be lost. */
  private final class Vendor {
    final java.util.List<String> history = new java.util.ArrayList<>();
    final java.util.List<Instant> askedSince = new java.util.ArrayList<>();
    final AtomicInteger sent = new AtomicInteger();
    boolean loseNextAnswer;
    boolean nextNeverArrives;

    Either<GatewayFailure, String> transfer() {
      String id = "t" + sent.incrementAndGet();
      if (nextNeverArrives) {
        nextNeverArrives = false;
      } else {
        history.add(id);
      }
      if (loseNextAnswer) {
        loseNextAnswer = false;
        return Either.left(new GatewayFailure.OutcomeUnknown("lost", VendorTrace.local("test", "lost", "lost")));
      }
      return Either.right(id);
    }

    Either<GatewayFailure, Seq<String>> since(Instant from) {
      askedSince.add(from);
      return Either.right(List.ofAll(history));
    }
  }

  private Either<GatewayFailure, String> run(Vendor vendor, String key, String amount) {
    return writes.run(TransferHistory.of(writes, IdempotencyKey.of(key), "test.Transfer", "c-1", Money.of(amount, "CNY"),
            JournalCodecs.TEXT, "transfer", vendor::since)
        .apply(vendor::transfer));
  }

  @Test
  void a_lost_answer_with_one_record_since_the_claim_is_found_and_looked_up_from_the_second_less_the_skew() {
    Vendor vendor = new Vendor();
    vendor.loseNextAnswer = true;

    assertThat(run(vendor, "k", "10.00").get()).isEqualTo("t1");
    assertThat(vendor.askedSince).containsExactly(Instant.parse("2026-05-01T09:59:58Z"));
    assertThat(run(vendor, "k", "10.00").get()).isEqualTo("t1");   // replayed from the journal
    assertThat(vendor.sent).hasValue(1);
  }

  @Test
  void a_lost_answer_without_a_record_stays_unknown_then_is_applied_once_the_history_says_it_was_not() {
    Vendor forgetful = new Vendor();
    forgetful.loseNextAnswer = true;
    forgetful.nextNeverArrives = true;   // the answer is lost and the write never arrived: nothing in the history

    assertThat(run(forgetful, "k", "10").getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(journal.entry(IdempotencyKey.of("k")).get().state()).isEqualTo(JournalEntry.State.UNKNOWN);
    Either<GatewayFailure, String> retried = run(forgetful, "k", "10");

    assertThat(retried.get()).isEqualTo("t2");
    assertThat(forgetful.sent).hasValue(2);
    assertThat(forgetful.history).containsExactly("t2");
  }

  @Test
  void two_records_of_the_same_transfer_cannot_tell_which_is_ours() {
    Vendor vendor = new Vendor();
    vendor.history.add("earlier");
    vendor.loseNextAnswer = true;

    GatewayFailure failure = run(vendor, "k", "10").getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    GatewayFailure again = run(vendor, "k", "10").getLeft();
    assertThat(again.trace().message()).contains("2 transfer record(s) of 10 to c-1", "0 other open key(s)");
    assertThat(vendor.sent).hasValue(1);
  }

  @Test
  void another_open_key_for_the_same_transfer_leaves_the_key_unresolved() {
    Vendor vendor = new Vendor();
    vendor.loseNextAnswer = true;
    journal.claim(IdempotencyKey.of("other"), "test.Transfer", JournalEntry.fingerprint("test.Transfer\nc-1 10 CNY"),
        clock.instant());
    journal.unknown(IdempotencyKey.of("other"), clock.instant());

    assertThat(run(vendor, "k", "10.00").getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(run(vendor, "k", "10.00").getLeft().trace().message())
        .contains("1 transfer record(s)", "1 other open key(s) for the same transfer");
  }

  @Test
  void the_same_key_for_another_amount_is_a_conflict() {
    Vendor vendor = new Vendor();
    assertThat(run(vendor, "k", "10").get()).isEqualTo("t1");

    assertThat(run(vendor, "k", "11").getLeft().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(vendor.sent).hasValue(1);
  }
}
