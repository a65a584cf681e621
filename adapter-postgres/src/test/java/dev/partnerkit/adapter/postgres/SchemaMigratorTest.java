package dev.partnerkit.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres pg;
  private DataSource db;

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    pg.close();
  }

  /** Each test on an empty database of its own. */
  @BeforeEach
  void emptyDatabase() throws Exception {
    String name = "empty" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    db = pg.getDatabase("postgres", name);
  }

  @Test
  void an_empty_database_gets_every_migration_once_and_a_second_run_applies_nothing() throws Exception {
    assertThat(PostgresClient.of(db).migrate()).containsExactly(1, 2, 3);
    assertThat(PostgresClient.of(db).migrate()).isEmpty();

    assertThat(query("SELECT version || ' ' || file FROM partnerkit_schema_history ORDER BY version"))
        .containsExactly("1 V1__create_journal.sql", "2 V2__rate_limit_buckets.sql", "3 V3__write_journal.sql");
    assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'partnerkit%'"
        + " ORDER BY table_name"))
        .containsExactly("partnerkit_rate_limit_bucket", "partnerkit_schema_history", "partnerkit_write_journal");
  }

  @Test
  void instances_starting_together_apply_each_migration_once() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Integer>>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(pool.submit(() -> PostgresClient.of(db).migrate()));
    }
    List<Integer> applied = new ArrayList<>();
    for (Future<List<Integer>> run : runs) {
      applied.addAll(run.get());
    }
    pool.shutdown();

    assertThat(applied).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void a_migration_changed_after_it_was_applied_is_refused() throws Exception {
    PostgresClient.of(db).migrate();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("UPDATE partnerkit_schema_history SET sha256 = 'edited' WHERE version = 1");
    }

    assertThatThrownBy(() -> PostgresClient.of(db).migrate())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("V1__create_journal.sql");
  }

  @Test
  void the_list_of_migrations_matches_the_files_shipped() {
    for (String file : SchemaMigrator.MIGRATIONS) {
      assertThat(SchemaMigrator.read(file)).containsAnyOf("CREATE TABLE", "ALTER TABLE");
    }
    assertThat(SchemaMigrator.MIGRATIONS.stream().map(SchemaMigrator::versionOf)).containsExactly(1, 2, 3);
  }

  private List<String> query(String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
