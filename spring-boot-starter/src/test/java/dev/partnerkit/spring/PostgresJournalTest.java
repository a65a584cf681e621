package dev.partnerkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.sandbox.Sandbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** partnerkit.journal.type=postgres: the journal and the rate-limit buckets in the application's DataSource. */
class PostgresJournalTest {

  static Sandbox sandbox;
  static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.builder().build();
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    sandbox.close();
    postgres.close();
  }

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PartnerkitAutoConfiguration.class))
      .withBean(DataSource.class, () -> postgres.getPostgresDatabase());

  @Test
  void the_journal_and_the_rate_limits_live_in_the_applications_database() {
    runner.withPropertyValues(SandboxProperties.tencent(sandbox, "partnerkit.journal.type=postgres"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(PostgresClient.class);
          assertThat(context.getBean(TencentPartnerGateway.class).countryCodes().isRight()).isTrue();
          WriteJournal journal = context.getBean(PartnerkitJournals.class).journal("tencent");
          journal.claim(IdempotencyKey.of("spring-postgres-1"), "customer.create", "f1", Instant.now());

          DataSource db = context.getBean(DataSource.class);
          assertThat(count(db, "select count(*) from partnerkit_write_journal where idempotency_key = 'spring-postgres-1'"))
              .isEqualTo(1);
          assertThat(count(db, "select count(*) from partnerkit_rate_limit_bucket where id like 'partnerkit:tencent:"
              + Sandbox.DEFAULT_SECRET_ID + ":%'")).isPositive();
        });
  }

  private static long count(DataSource db, String sql) throws Exception {
    try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
