package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.adapter.support.WriteJournal.Claim;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWriteJournalTest {

  private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
  private static final IdempotencyKey KEY = IdempotencyKey.of("row-1");
  private static final String OP = IdempotentCreate.OPERATION;
  private static final String FP = JournalEntry.fingerprint("tencent:mail:alice@example.com");

  @TempDir Path dir;

  private static String created(String id) {
    return JournalCodecs.CUSTOMER_CREATED.encode(new CustomerCreated(CustomerId.of(id), Option.some("acme_ops"),
        Customer.Association.PENDING, CustomerCreated.Provenance.CREATED));
  }

  @Test
  void a_done_write_is_replayed_after_reopening() {
    Path file = dir.resolve("import.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.claim(KEY, OP, FP, T0)).isInstanceOf(Claim.Granted.class);
      journal.done(KEY, created("200000000001"), T0);
    }
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.claim(KEY, OP, FP, T0.plusSeconds(60)))
          .isEqualTo(new Claim.Done(Option.some(created("200000000001"))));
    }
  }

  @Test
  void an_attempt_in_flight_when_the_process_died_must_be_reconciled_from_its_claim_time() {
    Path file = dir.resolve("import.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      journal.claim(KEY, OP, FP, T0); // the process is killed while the vendor call is out
    }
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.claim(KEY, OP, FP, T0.plusSeconds(1))).isEqualTo(new Claim.Reconcile(T0));
    }
  }

  @Test
  void a_released_key_is_free_again_after_reopening_and_another_request_is_refused() {
    Path file = dir.resolve("import.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      journal.claim(KEY, OP, FP, T0);
      journal.release(KEY);
    }
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.claim(KEY, OP, FP, T0)).isInstanceOf(Claim.Granted.class);
      assertThat(journal.claim(IdempotencyKey.of("row-2"), OP, FP, T0)).isInstanceOf(Claim.Granted.class);
      assertThat(journal.claim(KEY, OP, JournalEntry.fingerprint("bob"), T0)).isEqualTo(new Claim.OtherRequest(OP));
    }
  }

  @Test
  void a_torn_last_line_is_cut_off_so_the_next_record_is_whole() throws Exception {
    Path file = dir.resolve("import.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      journal.claim(KEY, OP, FP, T0);
      journal.done(KEY, created("1"), T0);
    }
    Files.writeString(file, "entry\trow-2\tcustomer.create\t" + FP.substring(0, 20), StandardCharsets.UTF_8,
        StandardOpenOption.APPEND); // the crash came mid-append
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.claim(KEY, OP, FP, T0)).isInstanceOf(Claim.Done.class);
      assertThat(journal.claim(IdempotencyKey.of("row-2"), OP, FP, T0)).isInstanceOf(Claim.Granted.class);
    }
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {   // the claim after the repair was not lost
      assertThat(journal.claim(IdempotencyKey.of("row-2"), OP, FP, T0.plusSeconds(1)))
          .isEqualTo(new Claim.Reconcile(T0));
    }
  }

  @Test
  void a_corrupt_line_is_refused_with_the_file_and_line_and_the_file_is_left_alone() throws Exception {
    Path file = dir.resolve("import.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      journal.claim(KEY, OP, FP, T0);
      journal.done(KEY, created("1"), T0);
    }
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of(lines.get(0), lines.get(1), "entry\trow-9\tcustomer.create\tnot-hex\tDONE\t\tx\ty",
        lines.get(2)));
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> FileWriteJournal.open(file))
        .isInstanceOf(JournalDamagedException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("line 3").hasMessageNotContaining("in use");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (FileWriteJournal journal = FileWriteJournal.open(dir.resolve("other.journal"))) {
      assertThat(journal.size()).isZero(); // the refused journal's lock was given back
    }
    assertThatThrownBy(() -> FileWriteJournal.open(file)).isInstanceOf(JournalDamagedException.class);
  }

  @Test
  void a_journal_written_by_the_earlier_create_journal_is_read_as_it_is() throws Exception {
    Path file = dir.resolve("old.journal");
    String fpBob = JournalEntry.fingerprint("tencent:mail:bob@example.com");
    // today's format (FileCreateJournal until this version): claim, done, unknown and release records
    Files.writeString(file, String.join("\n",
        "claim\trow-1\t" + FP + "\t" + T0.toEpochMilli(),
        "done\trow-1\t200000000001\tacme_ops\tPENDING\tCREATED\t" + T0.toEpochMilli(),
        "claim\trow-2\t" + fpBob + "\t" + T0.toEpochMilli(),
        "unknown\trow-2\t" + T0.plusSeconds(1).toEpochMilli(),
        "claim\trow-3\t" + fpBob + "\t" + T0.toEpochMilli(),
        "release\trow-3",
        "claim\trow-4\t" + fpBob + "\t" + T0.toEpochMilli()) + "\n");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.claim(KEY, OP, FP, T0)).isEqualTo(new Claim.Done(Option.some(created("200000000001"))));
      assertThat(journal.claim(IdempotencyKey.of("row-2"), OP, fpBob, T0)).isEqualTo(new Claim.Reconcile(T0));
      assertThat(journal.claim(IdempotencyKey.of("row-3"), OP, fpBob, T0)).isInstanceOf(Claim.Granted.class);
      assertThat(journal.claim(IdempotencyKey.of("row-4"), OP, fpBob, T0)).isEqualTo(new Claim.Reconcile(T0));
      journal.done(IdempotencyKey.of("row-2"), created("2"), T0);
    }
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {   // old records and new ones, mixed
      assertThat(journal.claim(IdempotencyKey.of("row-2"), OP, fpBob, T0))
          .isEqualTo(new Claim.Done(Option.some(created("2"))));
      assertThat(JournalCodecs.CUSTOMER_CREATED.decode(((Claim.Done) journal.claim(KEY, OP, FP, T0)).result().get())
          .accountName()).contains("acme_ops");
    }
  }

  @Test
  void past_its_bound_the_file_is_compacted_to_its_live_keys_and_reads_the_same() throws Exception {
    Path file = dir.resolve("big.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file, Duration.ofMinutes(2), 100)) {
      for (int i = 0; i < 300; i++) {
        IdempotencyKey k = IdempotencyKey.of("row-" + i);
        journal.claim(k, OP, FP, T0);
        if (i % 3 == 0) {
          journal.release(k);
        } else {
          journal.done(k, created(Integer.toString(i)), T0);
        }
      }
      journal.claim(IdempotencyKey.of("open"), OP, FP, T0);
      assertThat(journal.records()).isLessThanOrEqualTo(2L * journal.size() + 1);
      assertThat(journal.size()).isEqualTo(201);
    }
    assertThat(Files.readAllLines(file).size()).isLessThan(600);
    assertThat(Files.exists(dir.resolve("big.journal.tmp"))).isFalse();
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.size()).isEqualTo(201);
      assertThat(journal.claim(IdempotencyKey.of("row-1"), OP, FP, T0))
          .isEqualTo(new Claim.Done(Option.some(created("1"))));
      assertThat(journal.claim(IdempotencyKey.of("row-3"), OP, FP, T0)).isInstanceOf(Claim.Granted.class);
      assertThat(journal.claim(IdempotencyKey.of("open"), OP, FP, T0)).isEqualTo(new Claim.Reconcile(T0));
      journal.compact();
      assertThat(journal.records()).isEqualTo(202);
    }
  }

  @Test
  void a_write_that_fails_changes_nothing_no_phantom_claim() {
    Path file = dir.resolve("full.journal");
    AtomicBoolean diskFull = new AtomicBoolean();
    FileWriteJournal.Sink sink = (channel, bytes) -> {
      if (diskFull.get()) {
        channel.write(bytes.limit(bytes.limit() / 2)); // half a line, then the disk is full
        throw new IOException("No space left on device");
      }
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    };
    try (FileWriteJournal journal = FileWriteJournal.open(file, Duration.ofMinutes(2), 1000, sink)) {
      diskFull.set(true);
      assertThatThrownBy(() -> journal.claim(KEY, OP, FP, T0)).isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("No space left on device");
      assertThat(journal.entry(KEY)).isEmpty();
      diskFull.set(false);
      assertThat(journal.claim(KEY, OP, FP, T0)).isInstanceOf(Claim.Granted.class);
    }
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.entry(KEY).get().state()).isEqualTo(JournalEntry.State.UNKNOWN);
    }
  }

  @Test
  void an_attempt_in_flight_goes_stale_after_the_time_the_user_sets() {
    try (FileWriteJournal journal = FileWriteJournal.open(dir.resolve("j"), Duration.ofSeconds(30))) {
      journal.claim(KEY, OP, FP, T0);
      assertThat(journal.claim(KEY, OP, FP, T0.plusSeconds(29))).isInstanceOf(Claim.InFlight.class);
      assertThat(journal.claim(KEY, OP, FP, T0.plusSeconds(30))).isEqualTo(new Claim.Reconcile(T0));
    }
  }

  @Test
  void an_operator_resolution_survives_reopening() {
    Path file = dir.resolve("j");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      journal.claim(KEY, OP, FP, T0);
      journal.unknown(KEY, T0);
      journal.claim(IdempotencyKey.of("k2"), OP, FP, T0);
      journal.unknown(IdempotencyKey.of("k2"), T0);
      assertThat(journal.open(OP)).containsExactlyInAnyOrder(KEY, IdempotencyKey.of("k2"));
      journal.resolve(KEY, true, T0);
      journal.resolve(IdempotencyKey.of("k2"), false, T0);
    }
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.claim(KEY, OP, FP, T0)).isEqualTo(new Claim.Done(Option.none()));
      assertThat(journal.claim(IdempotencyKey.of("k2"), OP, FP, T0)).isInstanceOf(Claim.Granted.class);
    }
  }

  @Test
  void the_journal_has_one_holder_at_a_time() {
    Path file = dir.resolve("import.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      assertThat(journal.file()).isEqualTo(file);
      assertThatThrownBy(() -> FileWriteJournal.open(file))
          .isInstanceOf(JournalInUseException.class).hasMessageContaining("in use");
    }
    FileWriteJournal.open(file).close(); // given back on close
  }

  @Test
  void racing_claims_of_one_key_grant_exactly_one() throws Exception {
    try (FileWriteJournal journal = FileWriteJournal.open(dir.resolve("race.journal"))) {
      assertThat(JournalRaces.grantedOf(journal, 8, 200)).allMatch(n -> n == 1);
    }
  }

  @Test
  void the_file_holds_no_identity_in_clear() throws Exception {
    Path file = dir.resolve("import.journal");
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      journal.claim(KEY, OP, FP, T0);
    }
    assertThat(Files.readString(file)).doesNotContain("alice");
  }
}
