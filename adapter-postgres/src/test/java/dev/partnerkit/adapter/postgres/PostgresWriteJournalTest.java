package dev.partnerkit.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.IdempotentCreate;
import dev.partnerkit.adapter.support.JournalCodecs;
import dev.partnerkit.adapter.support.JournalEntry;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.support.WriteJournal.Claim;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresWriteJournalTest {

  private static final Duration STALE = Duration.ofMinutes(2);
  private static final Instant T0 = Instant.parse("2026-11-29T01:00:00Z");
  private static final CustomerCreated CREATED = new CustomerCreated(CustomerId.of("200001"), Option.of("acme"),
      Customer.Association.PENDING, CustomerCreated.Provenance.CREATED);
  private static final AtomicInteger KEYS = new AtomicInteger();
  private static final String OP = IdempotentCreate.OPERATION;

  private static EmbeddedPostgres pg;
  private static DataSource db;

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.start();
    db = pg.getPostgresDatabase();
    PostgresClient.of(db).migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    pg.close();
  }

  private static WriteJournal journal() {
    return PostgresClient.of(db).writeJournal(STALE); // a new instance each time: nothing kept in memory
  }

  private static String fp(String identity) {
    return JournalEntry.fingerprint(identity);
  }

  private static IdempotencyKey newKey() {
    return IdempotencyKey.of("key-" + KEYS.incrementAndGet());
  }

  @Test
  void a_new_key_is_granted_and_then_in_flight_for_everyone_else() {
    IdempotencyKey key = newKey();
    assertThat(journal().claim(key, OP, fp("a@example.com"), T0)).isEqualTo(new Claim.Granted());
    assertThat(journal().claim(key, OP, fp("a@example.com"), T0.plusSeconds(5))).isEqualTo(new Claim.InFlight(T0));
  }

  @Test
  void a_done_key_returns_its_result_with_every_field_and_never_forgets_it() {
    IdempotencyKey key = newKey();
    journal().claim(key, OP, fp("a@example.com"), T0);
    journal().done(key, JournalCodecs.CUSTOMER_CREATED.encode(CREATED), T0.plusSeconds(1));
    journal().release(key);
    journal().unknown(key, T0.plusSeconds(2));

    assertThat(journal().claim(key, OP, fp("a@example.com"), T0.plusSeconds(3))).isEqualTo(new Claim.Done(Option.some(JournalCodecs.CUSTOMER_CREATED.encode(CREATED))));
  }

  @Test
  void a_key_of_another_customer_is_refused() {
    IdempotencyKey key = newKey();
    journal().claim(key, OP, fp("a@example.com"), T0);
    assertThat(journal().claim(key, OP, fp("b@example.com"), T0)).isEqualTo(new Claim.OtherRequest(OP));
  }

  @Test
  void an_unknown_outcome_or_a_stale_attempt_is_reconciled_by_the_next_claim() {
    IdempotencyKey lost = newKey();
    journal().claim(lost, OP, fp("a@example.com"), T0);
    journal().unknown(lost, T0.plusSeconds(1));
    assertThat(journal().claim(lost, OP, fp("a@example.com"), T0.plusSeconds(2))).isEqualTo(new Claim.Reconcile(T0));

    IdempotencyKey dead = newKey();
    journal().claim(dead, OP, fp("a@example.com"), T0);
    assertThat(journal().claim(dead, OP, fp("a@example.com"), T0.plus(STALE).minusMillis(1))).isInstanceOf(Claim.InFlight.class);
    assertThat(journal().claim(dead, OP, fp("a@example.com"), T0.plus(STALE))).isEqualTo(new Claim.Reconcile(T0));
    assertThat(journal().claim(dead, OP, fp("a@example.com"), T0.plus(STALE).plusSeconds(1)))
        .as("the reconciling claim is held").isEqualTo(new Claim.InFlight(T0.plus(STALE)));
  }

  @Test
  void a_released_key_is_free_again() {
    IdempotencyKey key = newKey();
    journal().claim(key, OP, fp("a@example.com"), T0);
    journal().release(key);
    assertThat(journal().claim(key, OP, fp("b@example.com"), T0)).isEqualTo(new Claim.Granted());
  }

  @Test
  void identities_are_kept_as_fingerprints_only() throws Exception {
    IdempotencyKey key = newKey();
    journal().claim(key, OP, fp("private@example.com"), T0);
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT fingerprint FROM partnerkit_write_journal WHERE idempotency_key = '"
            + key.value() + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).hasSize(64).doesNotContain("private");
    }
  }

  @Test
  void of_eight_instances_racing_on_a_new_key_exactly_one_is_granted() throws Exception {
    for (int round = 0; round < 10; round++) {
      IdempotencyKey key = newKey();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Claim>> claims = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        WriteJournal instance = journal();
        claims.add(pool.submit(() -> {
          go.await();
          return instance.claim(key, OP, fp("race@example.com"), T0);
        }));
      }
      go.countDown();
      List<Claim> results = new ArrayList<>();
      for (Future<Claim> f : claims) {
        results.add(f.get());
      }
      pool.shutdown();

      assertThat(results.stream().filter(Claim.Granted.class::isInstance)).as("round %d", round).hasSize(1);
      assertThat(results.stream().filter(Claim.InFlight.class::isInstance)).as("round %d", round).hasSize(7);
    }
  }

  @Test
  void an_operator_resolves_an_unknown_key_and_open_keys_are_listed_by_operation() {
    IdempotencyKey applied = newKey();
    IdempotencyKey notApplied = newKey();
    String op = "test.resolve." + applied.value();
    for (IdempotencyKey k : List.of(applied, notApplied)) {
      journal().claim(k, op, fp("x"), T0);
      journal().unknown(k, T0);
    }
    assertThat(journal().open(op)).containsExactlyInAnyOrder(applied, notApplied);

    journal().resolve(applied, true, T0.plusSeconds(1));
    journal().resolve(notApplied, false, T0.plusSeconds(1));

    assertThat(journal().claim(applied, op, fp("x"), T0)).isEqualTo(new Claim.Done(Option.none()));
    assertThat(journal().claim(notApplied, op, fp("x"), T0)).isEqualTo(new Claim.Granted());
    assertThat(journal().open(op)).containsExactly(notApplied);
  }

  @Test
  void rows_written_by_the_create_journal_of_schema_v1_are_read_after_the_upgrade() throws Exception {
    String name = "upgraded" + KEYS.incrementAndGet();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    DataSource old = pg.getDatabase("postgres", name);
    new SchemaMigrator(new Sql(old)).migrate(2);   // the schema as the current version leaves it
    try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO partnerkit_create_journal VALUES"
          + " ('done-1', '" + fp("a@example.com") + "', 'DONE', '2026-11-29T01:00:00Z', '200001', 'acme', 'PENDING',"
          + " 'CREATED'),"
          + " ('lost-1', '" + fp("b@example.com") + "', 'UNKNOWN', '2026-11-29T01:00:00Z', NULL, NULL, NULL, NULL),"
          + " ('flying-1', '" + fp("c@example.com") + "', 'IN_FLIGHT', '2026-11-29T01:00:00Z', NULL, NULL, NULL, NULL)");
    }
    assertThat(PostgresClient.of(old).migrate()).containsExactly(3);
    WriteJournal upgraded = PostgresClient.of(old).writeJournal(STALE);

    assertThat(upgraded.claim(IdempotencyKey.of("done-1"), OP, fp("a@example.com"), T0.plusSeconds(9)))
        .isEqualTo(new Claim.Done(Option.some(JournalCodecs.CUSTOMER_CREATED.encode(CREATED))));
    assertThat(upgraded.claim(IdempotencyKey.of("lost-1"), OP, fp("b@example.com"), T0.plusSeconds(9)))
        .isEqualTo(new Claim.Reconcile(T0));
    assertThat(upgraded.claim(IdempotencyKey.of("flying-1"), OP, fp("c@example.com"), T0.plusSeconds(9)))
        .isEqualTo(new Claim.InFlight(T0));
    upgraded.done(IdempotencyKey.of("lost-1"), "new-result", T0.plusSeconds(10));
    assertThat(upgraded.entry(IdempotencyKey.of("lost-1")).get().result()).contains("new-result");
  }
}
