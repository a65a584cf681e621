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
public final class HuaweiGatewayBuilder extends GatewayBuilder<HuaweiGatewayBuilder, BssOperation, HuaweiConfig> {

  Reseller partner = new Reseller(ResellerId.of("self"), "", ResellerRole.DISTRIBUTOR);

  HuaweiGatewayBuilder() {
    super(HuaweiCallFailure.SOURCE, List.of(BssOperation.values()), HuaweiConfig.class, HuaweiConfig::callRules,
        HuaweiConfig::clock);
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
    return new HuaweiPartnerGateway(this, settings());
  }
}
