package dev.partnerkit.sandbox.huawei;

/**
 * Which Huawei Cloud a front door plays: China ({@code bss.myhuaweicloud.com}) or International ({@code
 * bss-intl.myhuaweicloud.com}). The sandbox's own type: it emulates the vendor from the spec and never uses
 * partnerkit's domain.
 */
public enum HuaweiSite {
  /** Huawei Cloud China: customers register with a mainland China mobile number and an SMS code. */
  CHINA,
  /** Huawei Cloud International: customers register with an email address, an emailed code and a country/region. */
  INTERNATIONAL
}
