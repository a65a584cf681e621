package dev.partnerkit.spring;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiGatewayBuilder;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.support.ClientConfigBuilder;
import dev.partnerkit.spring.PartnerkitProperties.Connection;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentGatewayBuilder;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.List;
import java.util.Locale;
import io.vavr.control.Option;

/**
 * The one place that turns {@code partnerkit.*} properties into gateways through the adapters' public builders. Every
 * bad setting fails with the adapters' own message (which names the setting and never shows a secret).
 */
final class GatewayFactory {

  /** The journal name of each vendor (a file per vendor with the file journal). */
  static final String TENCENT = "tencent";
  static final String HUAWEI = "huawei";

  private GatewayFactory() {}

  static TencentPartnerGateway tencent(PartnerkitProperties.Tencent p, PartnerkitJournals journals,
      List<CallListener> listeners) {
    TencentConfig.Builder config = connection(TencentConfig.builder(), p)
        .connectTimeout(p.getConnectTimeout())
        .region(p.getRegion());
    if (p.getEndpoint() != null) {
      config.endpoint(p.getEndpoint());
    }
    if (p.getLanguage() != null) {
      config.language(tencentLanguage(p.getLanguage()));
    }
    if (p.getSecretKey() == null) {
      throw new IllegalStateException("partnerkit.tencent.secret-key is not set (partnerkit.tencent.secret-id is)");
    }
    config.credentials(p.getSessionToken() == null
        ? TencentCredentials.of(p.getSecretId(), p.getSecretKey())
        : TencentCredentials.of(p.getSecretId(), p.getSecretKey(), p.getSessionToken()));

    TencentGatewayBuilder builder = TencentPartnerGateway.builder(config.build())
        .journal(journals.journal(TENCENT))
        .pageSize(p.getPageSize())
        .currency(p.getCurrency());
    if (p.getRateLimitScale() != 1) {
      builder.scaleRateLimits(p.getRateLimitScale());
    }
    p.getRateLimits().forEach((action, perSecond) -> builder.rateLimit(tencentAction(action), perSecond));
    if (p.getPartnerUin() != null) {
      builder.partnerUin(p.getPartnerUin());
    }
    Option<ProxyManager<String>> shared = journals.sharedRateLimits();
    shared.forEach(buckets -> builder.sharedRateLimits(buckets,
        p.getPartnerKey() != null ? p.getPartnerKey() : p.getSecretId()));
    listeners.forEach(builder::listener);
    return builder.build();
  }

  static HuaweiPartnerGateway huawei(PartnerkitProperties.Huawei p, PartnerkitJournals journals,
      List<CallListener> listeners) {
    HuaweiConfig.Builder config = connection(HuaweiConfig.builder(p.getSite()), p)
        .connectTimeout(p.getConnectTimeout())
        .language(p.getLanguage());
    if (p.getEndpoint() != null) {
      config.endpoint(p.getEndpoint());
    }
    if (p.getIamEndpoint() != null) {
      config.iamEndpoint(p.getIamEndpoint());
    }
    String partnerKey;
    if (p.getAccessKey() != null) {
      if (p.getSecretKey() == null) {
        throw new IllegalStateException("partnerkit.huawei.secret-key is not set (partnerkit.huawei.access-key is)");
      }
      config.credentials(HuaweiCredentials.akSk(p.getAccessKey(), p.getSecretKey()).withDomainId(p.getDomainId()));
      partnerKey = p.getAccessKey();
    } else {
      if (p.getPassword() == null || p.getDomainName() == null) {
        throw new IllegalStateException("partnerkit.huawei.password and partnerkit.huawei.domain-name are required"
            + " with partnerkit.huawei.user-name");
      }
      config.credentials(HuaweiCredentials.iamPassword(p.getUserName(), p.getPassword(), p.getDomainName()));
      partnerKey = p.getDomainName() + "/" + p.getUserName();
    }

    HuaweiGatewayBuilder builder = HuaweiPartnerGateway.builder(config.build())
        .journal(journals.journal(HUAWEI))
        .pageSize(p.getPageSize());
    if (p.getRateLimitScale() != 1) {
      builder.scaleRateLimits(p.getRateLimitScale());
    }
    String key = p.getPartnerKey() != null ? p.getPartnerKey() : partnerKey;
    journals.sharedRateLimits().forEach(buckets -> builder.sharedRateLimits(buckets, key));
    listeners.forEach(builder::listener);
    return builder.build();
  }

  /** The options both vendors' configs share, from the properties both vendors share. */
  private static <B extends ClientConfigBuilder<B, ?>> B connection(B config, Connection p) {
    return config.responseTimeout(p.getResponseTimeout())
        .callTimeout(p.getCallTimeout())
        .maxConnections(p.getMaxConnections())
        .allowInsecureHttp(p.isAllowInsecureHttp());
  }

  private static TencentConfig.Language tencentLanguage(String language) {
    for (TencentConfig.Language l : TencentConfig.Language.values()) {
      if (l.header().equalsIgnoreCase(language) || l.name().equalsIgnoreCase(language.replace('-', '_'))) {
        return l;
      }
    }
    throw new IllegalArgumentException("partnerkit.tencent.language must be en-US or zh-CN, was " + language);
  }

  /** An action by its wire name or constant, in any case and with or without separators (as Boot binds map keys). */
  static IntlPartnersAction tencentAction(String name) {
    String wanted = normalized(name);
    for (IntlPartnersAction a : IntlPartnersAction.values()) {
      if (normalized(a.wireName()).equals(wanted) || normalized(a.name()).equals(wanted)) {
        return a;
      }
    }
    throw new IllegalArgumentException("partnerkit.tencent.rate-limits: no Tencent action " + name);
  }

  private static String normalized(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
