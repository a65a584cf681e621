package dev.partnerkit.domain;

/** Which Huawei Cloud a partner sells: China ({@code bss}) or International ({@code bssintl}). Their rules differ. */
public enum HuaweiSite {
  /** Huawei Cloud China: customers register with a mainland China mobile number. */
  CHINA,
  /** Huawei Cloud International: customers register with an email address and a country/region. */
  INTERNATIONAL
}
