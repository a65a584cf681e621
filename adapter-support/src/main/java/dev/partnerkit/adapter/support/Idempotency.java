package dev.partnerkit.adapter.support;

/** Whether repeating a vendor call is harmless. */
public enum Idempotency {
  /** Reads, and writes the vendor deduplicates: a repeat after an uncertain attempt is safe. */
  IDEMPOTENT,
  /** Writes the vendor would apply twice (Tencent CreateAccount, Huawei CreateSubCustomer): never blindly repeated. */
  NOT_IDEMPOTENT
}
