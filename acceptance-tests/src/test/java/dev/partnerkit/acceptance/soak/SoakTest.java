package dev.partnerkit.acceptance.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.FileWriteJournal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault soak (issue #13 item 6): 8 threads, mixed money writes, creates and decisions on Tencent and Huawei China
 * through the gateways against the embedded sandbox, about 10% of calls hit by injected faults, each operation retried
 * with its own key, and a simulated crash in the middle (the gateways dropped, new ones built on the same journal).
 * Afterwards the sandbox's state is compared with the keys. {@code -Dsoak.ops=N} and {@code -Dsoak.seed=S} change the
 * size and replay a run; bench/soak runs it with 10,000 operations.
 */
class SoakTest {

  /** A crashed instance's claims are taken as dead this soon, so that the new gateways reconcile them in the run. */
  private static final Duration STALE_AFTER = Duration.ofSeconds(3);

  private static final int OPS = Integer.getInteger("soak.ops", 2_000);
  private static final long SEED = Long.getLong("soak.seed", 20261205L);

  @Test
  void the_file_journal_survives_the_soak_with_every_write_at_most_once(@TempDir Path dir) {
    Path file = dir.resolve("journal.log");
    SoakReport report = new SoakRun(OPS, SEED, "file",
        () -> FileWriteJournal.open(file, STALE_AFTER), j -> ((FileWriteJournal) j).close()).run();

    assertClean(report);
  }

  @Test
  void the_postgres_journal_survives_the_soak_with_every_write_at_most_once() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      PostgresClient client = PostgresClient.of(postgres.getPostgresDatabase());
      client.migrate();
      SoakReport report = new SoakRun(OPS, SEED, "postgres",
          () -> PostgresClient.of(postgres.getPostgresDatabase()).writeJournal(STALE_AFTER), j -> { }).run();

      assertClean(report);
    }
  }

  private static void assertClean(SoakReport report) {
    System.out.println(report.line());
    report.unresolvedKeys().forEach(u -> System.out.println("  unresolved key " + u));
    assertThat(report.ops()).isGreaterThanOrEqualTo(Math.min(OPS, 2_000));
    assertThat(report.faults()).as("faults injected and met").isPositive();
    assertThat(report.inFlight()).as("writes held at the sandbox when the first process died").isPositive();
    assertThat(report.problems()).as(report.line()).isEmpty();
    assertThat(report.duplicateAccounts()).as(report.line()).isZero();
    assertThat(report.doubleAllocations()).as(report.line()).isZero();
    assertThat(report.lost()).as(report.line()).isZero();
    assertThat(report.untyped()).as(report.line()).isZero();
    assertThat(report.unresolvedMismatches()).as("unresolved keys whose truth the soak could not tell").isEmpty();
  }
}
