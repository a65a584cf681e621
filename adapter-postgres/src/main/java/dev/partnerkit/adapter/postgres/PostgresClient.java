package dev.partnerkit.adapter.postgres;

import dev.partnerkit.adapter.support.WriteJournal;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * partnerkit's state shared by several instances, in one PostgreSQL database: the write journal (a create, a credit
 * allocation or a decision at most once per idempotency key, whichever instance sees the key) and the rate-limit buckets (one budget per vendor action
 * and partner account, whichever instance calls). Built over your {@link DataSource} (your driver and pool); call
 * {@link #migrate()} at start-up, or apply the SQL files under {@code db/partnerkit/} yourself. Thread-safe.
 *
 * <pre>{@code
 * PostgresClient postgres = PostgresClient.of(dataSource);
 * postgres.migrate();
 * TencentPartnerGateway tencent = TencentPartnerGateway.builder(config)
 *     .journal(postgres.writeJournal())
 *     .sharedRateLimits(postgres.rateLimitBuckets(), "partner-uin-100001")
 *     .build();
 * }</pre>
 */
public final class PostgresClient {

  /** How long an attempt may stay in flight before another instance takes it as dead and reconciles it. */
  public static final Duration DEFAULT_STALE_AFTER = WriteJournal.DEFAULT_STALE_AFTER;

  private final DataSource dataSource;
  private final Sql sql;

  private PostgresClient(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.sql = new Sql(dataSource);
  }

  /** A client of the database behind {@code dataSource}. */
  public static PostgresClient of(DataSource dataSource) {
    return new PostgresClient(dataSource);
  }

  /**
   * Creates or updates partnerkit's tables: applies the versioned files {@code db/partnerkit/V<n>__*.sql} the
   * database does not have yet, recorded in {@code partnerkit_schema_history}. Safe to call from every instance at
   * start-up (they take turns). Returns the versions applied by this call.
   */
  public List<Integer> migrate() {
    return new SchemaMigrator(sql).migrate();
  }

  /** The shared write journal; an attempt in flight for {@link #DEFAULT_STALE_AFTER} is taken as dead. */
  public WriteJournal writeJournal() {
    return writeJournal(DEFAULT_STALE_AFTER);
  }

  /**
   * The shared write journal (table {@code partnerkit_write_journal}); an attempt in flight for {@code staleAfter} (longer than a create can take, retries
   * included) is taken as dead and reconciled by the next instance that sees its key.
   */
  public WriteJournal writeJournal(Duration staleAfter) {
    if (Objects.requireNonNull(staleAfter, "staleAfter").isNegative() || staleAfter.isZero()) {
      throw new IllegalArgumentException("staleAfter must be positive");
    }
    return new PostgresWriteJournal(sql, staleAfter);
  }

  /**
   * The shared rate-limit buckets (Bucket4j, {@code SELECT ... FOR UPDATE} on {@code partnerkit_rate_limit_bucket}),
   * for the gateway builders' {@code sharedRateLimits(...)}.
   */
  public ProxyManager<String> rateLimitBuckets() {
    return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table("partnerkit_rate_limit_bucket")
        .idColumn("id")
        .stateColumn("state")
        .build();
  }
}
