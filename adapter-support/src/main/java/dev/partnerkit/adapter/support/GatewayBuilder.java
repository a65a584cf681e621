package dev.partnerkit.adapter.support;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What configuring a vendor gateway has in common for both HTTP adapters, one convention for both ({@code
 * XPartnerGateway.builder().config(..).journal(..).listener(..).build()}): the vendor's config and the write journal
 * (both required), the listeners, the retry policy and rate limits of its typed client (the config's {@link
 * CallRules}, with what is set here on top), rate-limit buckets shared between instances, and the page size of its
 * listings. The vendor's builder adds what is its own, and builds the gateway from the {@link Settings}.
 *
 * @param <B> the vendor's builder (every setter returns it)
 * @param <O> the vendor's operation catalog
 * @param <C> the vendor's config
 */
public abstract class GatewayBuilder<B extends GatewayBuilder<B, O, C>, O extends VendorOperation, C> {

  /** The largest page size of a gateway's listings: both vendors document at most 100 items per page. */
  public static final int MAX_PAGE_SIZE = 100;

  private final String vendor;
  private final Collection<O> catalog;
  private final Class<C> configType;
  private final Function<C, CallRules> rulesOf;
  private final Function<C, Clock> clockOf;
  private C config;
  private WriteJournal journal;
  private CallListener listener = CallListener.NONE;
  private RetryPolicy retryPolicy;
  private final Map<O, Integer> rateOverrides = new LinkedHashMap<>();
  private ProxyManager<String> sharedBuckets;
  private String partnerKey;
  private int pageSize = MAX_PAGE_SIZE;

  /**
   * A builder for a gateway of {@code vendor} ({@code tencent}, {@code huawei}) whose operations are {@code catalog},
   * configured by a {@code configType} whose call rules and clock are {@code rulesOf} and {@code clockOf}.
   */
  protected GatewayBuilder(String vendor, Collection<O> catalog, Class<C> configType, Function<C, CallRules> rulesOf,
      Function<C, Clock> clockOf) {
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.catalog = List.copyOf(catalog);
    this.configType = Objects.requireNonNull(configType, "configType");
    this.rulesOf = Objects.requireNonNull(rulesOf, "rulesOf");
    this.clockOf = Objects.requireNonNull(clockOf, "clockOf");
  }

  /** This builder, as the vendor's type. */
  protected abstract B self();

  /** How to reach the vendor: endpoint, credentials, timeouts, the client's rate limits and retry policy. Required. */
  public B config(C config) {
    this.config = Objects.requireNonNull(config, "config");
    return self();
  }

  /**
   * Where the writes that must happen at most once (creates, credit allocations, pool top-ups, decisions) are
   * journaled. Required, and no default: {@code WriteJournal.inMemory()} for tests or a single process that may
   * forget across restarts, a {@code FileWriteJournal} to survive restarts, {@code adapter-postgres}' {@code
   * PostgresClient.writeJournal()} to share it between instances.
   */
  public B journal(WriteJournal journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
    return self();
  }

  /**
   * Hears every attempt of a vendor call ({@code AttemptEvent}) and the journal's events (claims, replays,
   * reconciliations, unresolved keys); may be given several times, each listener hears every event. Default: none.
   */
  public B listener(CallListener listener) {
    this.listener = CallListener.all(List.of(this.listener, Objects.requireNonNull(listener, "listener")));
    return self();
  }

  /**
   * Keeps the rate-limit buckets in {@code buckets} (a Bucket4j store: PostgreSQL, Redis...) instead of this JVM, under
   * {@code partnerkit:<vendor>:<partnerKey>:<operation>}, so that every instance calling the vendor for the partner
   * account {@code partnerKey} shares one budget per operation. All of them must use the same key and limits.
   * Default: buckets in this JVM, which is right for a single instance.
   */
  public B sharedRateLimits(ProxyManager<String> buckets, String partnerKey) {
    this.sharedBuckets = Objects.requireNonNull(buckets, "buckets");
    if (Objects.requireNonNull(partnerKey, "partnerKey").isBlank()) {
      throw new IllegalArgumentException("partnerKey must not be blank");
    }
    this.partnerKey = partnerKey;
    return self();
  }

  /** How throttled and transient failures are retried (default: the config's, {@link RetryPolicy#defaults()}). */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /** Overrides the published rate limit of one operation (requests per second), e.g. for a raised quota. */
  public B rateLimit(O operation, int permitsPerSecond) {
    if (permitsPerSecond < 1) {
      throw new IllegalArgumentException("permitsPerSecond must be at least 1");
    }
    rateOverrides.put(Objects.requireNonNull(operation, "operation"), permitsPerSecond);
    return self();
  }

  /** Scales every published rate limit by {@code factor} (e.g. for a sandbox with raised limits). */
  public B scaleRateLimits(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be at least 1");
    }
    for (O operation : catalog) {
      rateOverrides.put(operation, operation.ratePerSecond() * factor);
    }
    return self();
  }

  /** Items per page when listing (1 to {@value #MAX_PAGE_SIZE}; default {@value #MAX_PAGE_SIZE}). */
  public B pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE);
    }
    this.pageSize = pageSize;
    return self();
  }

  /**
   * What the vendor's gateway is built from, its calls following the config's call rules with what was set here on
   * top; fails with {@link IllegalStateException} if no {@link #config config} or no {@link #journal journal} was
   * given.
   */
  protected Settings<C> settings() {
    if (config == null) {
      String name = configType.getSimpleName();
      throw new IllegalStateException("a " + name + " is required: .config(" + name + ".builder()...build())");
    }
    CallRules rules = rulesOf.apply(config);
    if (retryPolicy != null) {
      rules = rules.withRetryPolicy(retryPolicy);
    }
    for (Map.Entry<O, Integer> override : rateOverrides.entrySet()) {
      rules = rules.withRateLimit(override.getKey(), override.getValue());
    }
    if (journal == null) {
      throw new IllegalStateException("a write journal is required: .journal(WriteJournal.inMemory()) for tests, a"
          + " FileWriteJournal or PostgresClient.writeJournal() to survive restarts");
    }
    Option<ActionRateLimiter> limiter = !rules.rateLimited() ? Option.none()
        : Option.of(sharedBuckets == null
            ? ActionRateLimiter.of(rules.limits(catalog), RateLimit.perSecond(1))
            : ActionRateLimiter.shared(sharedBuckets, ActionRateLimiter.keyPrefix(vendor, partnerKey),
                rules.limits(catalog), RateLimit.perSecond(1)));
    return new Settings<>(config, new IdempotentWrite(journal, clockOf.apply(config), vendor, listener),
        GuardedCall.of(vendor, rules, limiter, listener), pageSize);
  }

  /**
   * The common part of a gateway's configuration, resolved.
   *
   * @param config the vendor's config
   * @param writes the writes that must happen at most once, through the write journal, with every listener given
   * @param pipeline the call pipeline of the gateway's typed client: its limiter, retries and listener
   * @param pageSize items per page when listing
   * @param <C> the vendor's config
   */
  public record Settings<C>(C config, IdempotentWrite writes, GuardedCall pipeline, int pageSize) {}
}
