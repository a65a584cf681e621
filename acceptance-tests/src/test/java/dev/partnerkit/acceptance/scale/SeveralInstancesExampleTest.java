package dev.partnerkit.acceptance.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's "Running several instances" examples. The PostgreSQL one is compiled and run here (two instances on an
 * embedded PostgreSQL and the sandbox); the Redis one is compiled (running it needs a Redis server). The code between
 * each pair of {@code README-...} markers must appear verbatim in the README, so the README cannot drift.
 */
class SeveralInstancesExampleTest {

  // README-POSTGRES-START
  /** One instance of your service: its gateway shares the journal and the rate limits with every other instance. */
  static TencentPartnerGateway tencentGateway(DataSource dataSource, TencentConfig config, String partnerUin) {
    PostgresClient postgres = PostgresClient.of(dataSource);       // your pool, your PostgreSQL driver
    postgres.migrate();                                              // at start-up: applies the versions missing
    return TencentPartnerGateway.builder(config)
        .journal(postgres.writeJournal())                            // every write at most once, on any instance
        .sharedRateLimits(postgres.rateLimitBuckets(), partnerUin)   // one budget per action for the account
        .build();
  }
  // README-POSTGRES-END

  // README-REDIS-START
  /** The same budget kept in Redis instead (bucket4j_jdk17-lettuce over your Lettuce client). */
  static TencentPartnerGateway tencentGateway(RedisClient redis, WriteJournal journal, TencentConfig config,
      String partnerUin) {
    StatefulRedisConnection<String, byte[]> connection =
        redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(connection)
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
        .build();
    return TencentPartnerGateway.builder(config)
        .journal(journal)                                            // e.g. PostgresClient's, or your own
        .sharedRateLimits(buckets, partnerUin)
        .build();
  }
  // README-REDIS-END

  @Test
  void two_instances_built_as_the_readme_shows_share_the_journal_and_the_buckets() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(); Sandbox sandbox = Sandbox.builder().build()) {
      TencentConfig config = TencentConfig.builder().endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true)
          .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY))).build();
      try (TencentPartnerGateway first = tencentGateway(db.dataSource(), config, "100012345678");
          TencentPartnerGateway second = tencentGateway(db.dataSource(), config, "100012345678")) {
        first.sendVerificationCode(
            VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(Instances.phone(1)).get())).get();
        TencentRegistration registration =
            Instances.registration(1, sandbox.tencent().lastVerificationCode("852", Instances.phone(1)).orElseThrow());

        CustomerCreated created = first.createCustomer(registration, IdempotencyKey.of("crm-4711")).get();
        CustomerCreated again = second.createCustomer(registration, IdempotencyKey.of("crm-4711")).get();

        assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.CREATED);
        assertThat(again.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
        assertThat(again.id()).isEqualTo(created.id());
        assertThat(sandbox.tencent().requestCount("CreateAccount")).isEqualTo(1);
      }
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT id FROM partnerkit_rate_limit_bucket ORDER BY id")) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
        assertThat(keys)
            .contains("partnerkit:tencent:100012345678:CreateAccount", "partnerkit:tencent:100012345678:SendVerifyCode")
            .allMatch(key -> key.startsWith("partnerkit:tencent:100012345678:"));
      }
    }
  }

  @Test
  void the_readme_shows_both_examples_verbatim() throws Exception {
    String source = Files.readString(
        Path.of("src/test/java/dev/partnerkit/acceptance/scale/SeveralInstancesExampleTest.java"));
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains(example(source, "POSTGRES")).contains(example(source, "REDIS"));
  }

  private static String example(String source, String name) {
    String start = "// README-" + name + "-START";
    return source.substring(source.indexOf(start) + start.length(), source.indexOf("  // README-" + name + "-END"))
        .stripTrailing()
        .stripIndent()
        .strip();
  }
}
