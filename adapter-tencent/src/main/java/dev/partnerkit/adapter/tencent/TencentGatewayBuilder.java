package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.GatewayBuilder;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.domain.ResellerId;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link TencentPartnerGateway}. The {@link TencentConfig} and the {@link #journal write journal} are
 * required; everything else has a production default: the config's rate limits (the published per-action limits) and
 * retry policy ({@link RetryPolicy#defaults()}), pages of 100, amounts in USD.
 */
public final class TencentGatewayBuilder
    extends GatewayBuilder<TencentGatewayBuilder, IntlPartnersAction, TencentConfig> {

  String currency = "USD";
  ResellerId partnerId = ResellerId.of("self");

  TencentGatewayBuilder() {
    super(TencentCallFailure.SOURCE, List.of(IntlPartnersAction.values()), TencentConfig.class,
        TencentConfig::callRules, TencentConfig::clock);
  }

  @Override
  protected TencentGatewayBuilder self() {
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

  /**
   * The gateway; fails with {@link IllegalStateException} if no {@link #config config} or no {@link #journal journal}
   * was given.
   */
  public TencentPartnerGateway build() {
    return new TencentPartnerGateway(this, settings());
  }
}
