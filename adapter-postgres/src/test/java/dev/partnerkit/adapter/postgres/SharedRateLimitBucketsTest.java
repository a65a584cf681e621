package dev.partnerkit.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.ActionRateLimiter;
import dev.partnerkit.adapter.support.RateLimit;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two limiters (two instances) on one PostgreSQL store share one bucket per action and partner. */
class SharedRateLimitBucketsTest {

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

  private static ActionRateLimiter instance(String partner) {
    ProxyManager<String> buckets = PostgresClient.of(db).rateLimitBuckets();
    return ActionRateLimiter.shared(buckets, ActionRateLimiter.keyPrefix("tencent", partner),
        Map.of("DescribeBillSummary", RateLimit.perSecond(1)), RateLimit.perSecond(1));
  }

  @Test
  void a_permit_taken_by_one_instance_is_gone_for_the_other() {
    ActionRateLimiter a = instance("p1");
    ActionRateLimiter b = instance("p1");

    assertThat(a.acquire("DescribeBillSummary", Duration.ZERO).isRight()).isTrue();
    var refused = b.acquire("DescribeBillSummary", Duration.ZERO);

    assertThat(refused.isLeft()).as("the other instance must wait for the shared bucket").isTrue();
    assertThat(refused.getLeft()).isPositive();
    assertThat(b.acquire("DescribeBillSummary", Duration.ofSeconds(5)).isRight()).as("and gets it in time").isTrue();
  }

  @Test
  void each_partner_and_action_has_its_own_bucket_under_a_readable_key() throws Exception {
    assertThat(instance("p2").acquire("DescribeBillSummary", Duration.ZERO).isRight()).isTrue();
    assertThat(instance("p3").acquire("DescribeBillSummary", Duration.ZERO).isRight()).as("another partner").isTrue();
    assertThat(instance("p2").acquire("CreateAccount", Duration.ZERO).isRight()).as("another action").isTrue();

    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM partnerkit_rate_limit_bucket WHERE id IN ("
            + "'partnerkit:tencent:p2:DescribeBillSummary', 'partnerkit:tencent:p3:DescribeBillSummary',"
            + " 'partnerkit:tencent:p2:CreateAccount')")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void callers_of_several_instances_reserving_at_once_on_a_new_bucket_all_get_their_slots() throws Exception {
    // 2 instances x 4 threads x 5 permits at 100/s, all starting together on a key no one used: every reservation
    // (the first ones create the row) must succeed; none may fail on the bucket's creation
    java.util.List<ActionRateLimiter> instances = java.util.List.of(fast("p4"), fast("p4"));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> granted = new java.util.ArrayList<>();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      for (int t = 0; t < 8; t++) {
        ActionRateLimiter limiter = instances.get(t % 2);
        granted.add(pool.submit(() -> {
          start.await();
          boolean all = true;
          for (int i = 0; i < 5; i++) {
            all &= limiter.acquire("CreateAccount", Duration.ofSeconds(30)).isRight();
          }
          return all;
        }));
      }
      start.countDown();
      for (var g : granted) {
        assertThat(g.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static ActionRateLimiter fast(String partner) {
    return ActionRateLimiter.shared(PostgresClient.of(db).rateLimitBuckets(), ActionRateLimiter.keyPrefix("tencent", partner),
        Map.of("CreateAccount", RateLimit.perSecond(100)), RateLimit.perSecond(100));
  }
}
