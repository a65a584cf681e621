package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.support.GatewayBuilder;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link HuaweiPartnerGateway}. The {@link HuaweiConfig} and the {@link #journal write journal} are
 * required; the rest has production defaults: the config's rate limits (the published ones) and retry policy ({@link
 * RetryPolicy#defaults()}), pages of 100.
 */
public final class HuaweiGatewayBuilder extends GatewayBuilder<HuaweiGatewayBuilder, BssOperation> {

  HuaweiConfig config;
  Reseller partner = new Reseller(ResellerId.of("self"), "", ResellerRole.DISTRIBUTOR);

  HuaweiGatewayBuilder() {
    super(HuaweiCallFailure.SOURCE, List.of(BssOperation.values()));
  }

  /** How to reach the vendor: endpoint, credentials, timeouts, the client's rate limits and retry policy. Required. */
  public HuaweiGatewayBuilder config(HuaweiConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    return this;
  }

  @Override
  protected HuaweiGatewayBuilder self() {
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

  /**
   * The gateway; fails with {@link IllegalStateException} if no {@link #config config} or no {@link #journal journal}
   * was given.
   */
  public HuaweiPartnerGateway build() {
    if (config == null) {
      throw new IllegalStateException("a HuaweiConfig is required: .config(HuaweiConfig.builder()...build())");
    }
    return new HuaweiPartnerGateway(this, settings(config.callRules()));
  }
}
