package dev.partnerkit.adapter.huawei.api;

import java.net.URI;

/**
 * The Huawei Cloud site a partner account belongs to. The China site ({@code bss}) and the international site
 * ({@code bssintl}) are separate services with separate accounts, endpoints and currencies; some operations exist on
 * only one of them (see {@link BssOperation#sites()}).
 */
public enum HuaweiSite {
  /** China site (中国站): {@code https://bss.myhuaweicloud.com}, amounts in CNY, registration by mobile phone. */
  CHINA("https://bss.myhuaweicloud.com"),
  /** International site: {@code https://bss-intl.myhuaweicloud.com}, amounts in USD, registration by email. */
  INTERNATIONAL("https://bss-intl.myhuaweicloud.com");

  private final URI defaultEndpoint;

  HuaweiSite(String defaultEndpoint) {
    this.defaultEndpoint = URI.create(defaultEndpoint);
  }

  /** The public BSS endpoint of this site, used unless the configuration overrides it. */
  public URI defaultEndpoint() {
    return defaultEndpoint;
  }
}
