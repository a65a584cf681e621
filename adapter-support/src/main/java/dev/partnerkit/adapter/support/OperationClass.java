package dev.partnerkit.adapter.support;

/**
 * A vendor operation's idempotency class, as the generated operation catalogs state it: whether it writes, and if so
 * whether the vendor applies a repeat of it once or twice.
 */
public enum OperationClass {
  /** Reads only: repeating it is harmless. */
  READ,
  /** Writes, but to a state that a repeat leaves the same (set a remark, freeze, set a budget). */
  IDEMPOTENT_WRITE,
  /** Writes that a repeat would apply twice (create an account, move money, issue a coupon, send a code). */
  NON_IDEMPOTENT_WRITE
}
