package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.CreateJournal;
import dev.partnerkit.adapter.support.InMemoryCreateJournal;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.Objects;

/**
 * Configures a {@link HuaweiPartnerGateway}. Only the {@link HuaweiConfig} is required; the rest has production
 * defaults: an in-memory create journal, the published rate limits, {@link RetryPolicy#defaults()}, pages of 100.
 */
public final class HuaweiGatewayBuilder {

  final HuaweiConfig config;
  CreateJournal journal = new InMemoryCreateJournal();
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

  /** Where creates in flight are recorded (default: in memory); a crash-safe or shared journal survives restarts. */
  public HuaweiGatewayBuilder journal(CreateJournal journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
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

  public HuaweiPartnerGateway build() {
    return new HuaweiPartnerGateway(this);
  }
}
