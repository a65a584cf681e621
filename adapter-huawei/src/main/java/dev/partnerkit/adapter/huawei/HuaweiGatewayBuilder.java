package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.Objects;

/**
 * Configures a {@link HuaweiPartnerGateway}. The {@link HuaweiConfig} and the {@link #journal write journal} are
 * required; the rest has production defaults: the published rate limits, {@link RetryPolicy#defaults()}, pages of
 * 100.
 */
public final class HuaweiGatewayBuilder {

  final HuaweiConfig config;
  WriteJournal journal;
  CallListener listener = CallListener.NONE;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  ProxyManager<String> sharedBuckets;
  String partnerKey;
  int rateLimitScale = 1;
  int pageSize = 100;
  Reseller partner = new Reseller(ResellerId.of("self"), "", ResellerRole.DISTRIBUTOR);
  BssClient client;

  HuaweiGatewayBuilder(HuaweiConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Where the writes that must happen at most once (creates, credit allocations, pool top-ups, decisions) are
   * journaled. Required, and no default: {@code WriteJournal.inMemory()} for tests or a single process that may
   * forget across restarts, a {@code FileWriteJournal} to survive restarts, {@code adapter-postgres}' {@code
   * PostgresClient.writeJournal()} to share it between instances.
   */
  public HuaweiGatewayBuilder journal(WriteJournal journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
    return this;
  }

  /**
   * Hears every attempt of a vendor call ({@code AttemptEvent}) and the journal's events (claims, replays,
   * reconciliations, unresolved keys); may be given several times, each listener hears every event. Default: none.
   */
  public HuaweiGatewayBuilder listener(CallListener listener) {
    this.listener = CallListener.all(java.util.List.of(this.listener, Objects.requireNonNull(listener, "listener")));
    return this;
  }

  /**
   * Keeps the rate-limit buckets in {@code buckets} (a Bucket4j store: PostgreSQL, Redis...) instead of this JVM, under
   * {@code partnerkit:huawei:<partnerKey>:<action>}, so that every instance calling the vendor for the partner
   * account {@code partnerKey} shares one budget per action. All of them must use the same key and limits. Default:
   * buckets in this JVM, which is right for a single instance.
   */
  public HuaweiGatewayBuilder sharedRateLimits(ProxyManager<String> buckets, String partnerKey) {
    this.sharedBuckets = Objects.requireNonNull(buckets, "buckets");
    if (Objects.requireNonNull(partnerKey, "partnerKey").isBlank()) {
      throw new IllegalArgumentException("partnerKey must not be blank");
    }
    this.partnerKey = partnerKey;
    return this;
  }

  /** How throttled and transient failures are retried (default: {@link RetryPolicy#defaults()}). */
  public HuaweiGatewayBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Multiplies every published rate limit (e.g. for a sandbox with raised limits). */
  public HuaweiGatewayBuilder scaleRateLimits(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be at least 1");
    }
    this.rateLimitScale = factor;
    return this;
  }

  /** Items per page when listing (1 to 100; default 100). */
  public HuaweiGatewayBuilder pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("pageSize must be 1 to 100");
    }
    this.pageSize = pageSize;
    return this;
  }

  /**
   * Who the partner is, as {@code partner()} reports it (Huawei's partner APIs do not say; default: a distributor
   * with id {@code self}).
   */
  public HuaweiGatewayBuilder partner(Reseller partner) {
    this.partner = Objects.requireNonNull(partner, "partner");
    return this;
  }

  /** Uses this client instead of creating one from the config (the gateway then does not close it). */
  public HuaweiGatewayBuilder client(BssClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /** The gateway; fails with {@link IllegalStateException} if no {@link #journal journal} was given. */
  public HuaweiPartnerGateway build() {
    if (journal == null) {
      throw new IllegalStateException("a write journal is required: .journal(WriteJournal.inMemory()) for tests, a"
          + " FileWriteJournal or PostgresClient.writeJournal() to survive restarts");
    }
    return new HuaweiPartnerGateway(this);
  }
}
