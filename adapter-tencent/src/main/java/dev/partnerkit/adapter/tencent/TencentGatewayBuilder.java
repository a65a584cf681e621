package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.domain.ResellerId;
import java.util.EnumMap;
import java.util.Map;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.Objects;

/**
 * Configures a {@link TencentPartnerGateway}. The {@link TencentConfig} and the {@link #journal write journal} are
 * required; everything else has a production default: the published per-action rate limits, {@link RetryPolicy#defaults()}, pages of 100, amounts in USD.
 */
public final class TencentGatewayBuilder {

  final TencentConfig config;
  WriteJournal journal;
  CallListener listener = CallListener.NONE;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  ProxyManager<String> sharedBuckets;
  String partnerKey;
  final Map<IntlPartnersAction, Integer> rateLimits = new EnumMap<>(IntlPartnersAction.class);
  int pageSize = 100;
  String currency = "USD";
  ResellerId partnerId = ResellerId.of("self");
  IntlPartnersClient client;

  TencentGatewayBuilder(TencentConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Where the writes that must happen at most once (creates, credit allocations, pool top-ups, decisions) are
   * journaled. Required, and no default: {@code WriteJournal.inMemory()} for tests or a single process that may
   * forget across restarts, a {@code FileWriteJournal} to survive restarts, {@code adapter-postgres}' {@code
   * PostgresClient.writeJournal()} to share it between instances.
   */
  public TencentGatewayBuilder journal(WriteJournal journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
    return this;
  }

  /**
   * Hears every attempt of a vendor call ({@code AttemptEvent}) and the journal's events (claims, replays,
   * reconciliations, unresolved keys); may be given several times, each listener hears every event. Default: none.
   */
  public TencentGatewayBuilder listener(CallListener listener) {
    this.listener = CallListener.all(java.util.List.of(this.listener, Objects.requireNonNull(listener, "listener")));
    return this;
  }

  /**
   * Keeps the rate-limit buckets in {@code buckets} (a Bucket4j store: PostgreSQL, Redis...) instead of this JVM, under
   * {@code partnerkit:tencent:<partnerKey>:<action>}, so that every instance calling the vendor for the partner
   * account {@code partnerKey} shares one budget per action. All of them must use the same key and limits. Default:
   * buckets in this JVM, which is right for a single instance.
   */
  public TencentGatewayBuilder sharedRateLimits(ProxyManager<String> buckets, String partnerKey) {
    this.sharedBuckets = Objects.requireNonNull(buckets, "buckets");
    if (Objects.requireNonNull(partnerKey, "partnerKey").isBlank()) {
      throw new IllegalArgumentException("partnerKey must not be blank");
    }
    this.partnerKey = partnerKey;
    return this;
  }

  /** How throttled and transient failures are retried (default: {@link RetryPolicy#defaults()}). */
  public TencentGatewayBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Overrides the published rate limit of one action (requests per second), e.g. for a raised quota. */
  public TencentGatewayBuilder rateLimit(IntlPartnersAction action, int permitsPerSecond) {
    Objects.requireNonNull(action, "action");
    if (permitsPerSecond < 1) {
      throw new IllegalArgumentException("permitsPerSecond must be at least 1");
    }
    rateLimits.put(action, permitsPerSecond);
    return this;
  }

  /** Scales every published rate limit by {@code factor} (e.g. for a sandbox with raised limits). */
  public TencentGatewayBuilder scaleRateLimits(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be at least 1");
    }
    for (IntlPartnersAction a : IntlPartnersAction.values()) {
      rateLimits.put(a, a.ratePerSecond() * factor);
    }
    return this;
  }

  /** Items per page when listing (1 to 100; default 100). */
  public TencentGatewayBuilder pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("pageSize must be 1 to 100");
    }
    this.pageSize = pageSize;
    return this;
  }

  /** The currency of the partner's Tencent account (default USD). */
  public TencentGatewayBuilder currency(String currency) {
    this.currency = Objects.requireNonNull(currency, "currency");
    return this;
  }

  /** The partner's own UIN, reported by {@code partner()} (Tencent's APIs do not return it; default {@code self}). */
  public TencentGatewayBuilder partnerUin(String uin) {
    this.partnerId = ResellerId.of(uin);
    return this;
  }

  /** Uses this client instead of creating one from the config (the gateway then does not close it). */
  public TencentGatewayBuilder client(IntlPartnersClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /** The gateway; fails with {@link IllegalStateException} if no {@link #journal journal} was given. */
  public TencentPartnerGateway build() {
    if (journal == null) {
      throw new IllegalStateException("a write journal is required: .journal(WriteJournal.inMemory()) for tests, a"
          + " FileWriteJournal or PostgresClient.writeJournal() to survive restarts");
    }
    return new TencentPartnerGateway(this);
  }
}
