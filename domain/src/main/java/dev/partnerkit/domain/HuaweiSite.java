package dev.partnerkit.domain;

/**
 * Which Huawei Cloud a partner sells: China ({@code bss}) or International ({@code bssintl}). Their rules differ. The
 * one site type of partnerkit: registrations are validated per site, and the Huawei adapter's configuration and
 * operation catalog take it too.
 */
public enum HuaweiSite {
  /** Huawei Cloud China: customers register with a mainland China mobile number. */
  CHINA,
  /** Huawei Cloud International: customers register with an email address and a country/region. */
  INTERNATIONAL
}
