package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCreateJournalTest {

  private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
  private static final IdempotencyKey KEY = IdempotencyKey.of("row-1");
  private static final String IDENTITY = "tencent:mail:alice@example.com";

  @TempDir Path dir;

  private static CustomerCreated created(String id) {
    return new CustomerCreated(CustomerId.of(id), Option.some("acme_ops"), Customer.Association.PENDING,
        CustomerCreated.Provenance.CREATED);
  }

  @Test
  void a_done_create_is_replayed_after_reopening() {
    Path file = dir.resolve("import.journal");
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      assertThat(journal.claim(KEY, IDENTITY, T0)).isInstanceOf(CreateJournal.Claim.Granted.class);
      journal.done(KEY, created("200000000001"), T0);
    }
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      CreateJournal.Claim claim = journal.claim(KEY, IDENTITY, T0.plusSeconds(60));
      assertThat(claim).isEqualTo(new CreateJournal.Claim.Done(created("200000000001")));
    }
  }

  @Test
  void an_attempt_in_flight_when_the_process_died_must_be_reconciled() {
    Path file = dir.resolve("import.journal");
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      journal.claim(KEY, IDENTITY, T0); // the process is killed while the vendor call is out
    }
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      assertThat(journal.claim(KEY, IDENTITY, T0.plusSeconds(1))).isInstanceOf(CreateJournal.Claim.Reconcile.class);
    }
  }

  @Test
  void a_released_key_is_free_again_after_reopening() {
    Path file = dir.resolve("import.journal");
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      journal.claim(KEY, IDENTITY, T0);
      journal.release(KEY);
    }
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      assertThat(journal.claim(KEY, IDENTITY, T0)).isInstanceOf(CreateJournal.Claim.Granted.class);
      assertThat(journal.claim(IdempotencyKey.of("row-2"), IDENTITY, T0)).isInstanceOf(CreateJournal.Claim.Granted.class);
      assertThat(journal.claim(KEY, "tencent:mail:bob@example.com", T0)).isInstanceOf(CreateJournal.Claim.OtherCustomer.class);
    }
  }

  @Test
  void a_torn_last_line_is_ignored() throws Exception {
    Path file = dir.resolve("import.journal");
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      journal.claim(KEY, IDENTITY, T0);
      journal.done(KEY, created("1"), T0);
    }
    Files.writeString(file, "done\trow-2\t9", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      assertThat(journal.claim(KEY, IDENTITY, T0)).isInstanceOf(CreateJournal.Claim.Done.class);
      assertThat(journal.claim(IdempotencyKey.of("row-2"), IDENTITY, T0)).isInstanceOf(CreateJournal.Claim.Granted.class);
    }
  }

  @Test
  void the_journal_cannot_be_opened_twice_at_once() {
    Path file = dir.resolve("import.journal");
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      assertThatThrownBy(() -> FileCreateJournal.open(file))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
      // the refused second opener did not disturb the holder
      assertThat(journal.claim(KEY, IDENTITY, T0)).isInstanceOf(CreateJournal.Claim.Granted.class);
    }
  }

  @Test
  void the_file_holds_no_identity_in_clear() throws Exception {
    Path file = dir.resolve("import.journal");
    try (FileCreateJournal journal = FileCreateJournal.open(file)) {
      journal.claim(KEY, IDENTITY, T0);
    }
    assertThat(Files.readString(file)).doesNotContain("alice");
  }
}
