package dev.partnerkit.domain;

/** The clouds partnerkit speaks to. */
public enum Vendor {
  /** Tencent Cloud International Partners (intlpartnersmgt). */
  TENCENT,
  /** Huawei Cloud partner BSS: China ({@code bss}) or International ({@code bssintl}). */
  HUAWEI
}
