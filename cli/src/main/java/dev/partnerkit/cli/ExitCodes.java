package dev.partnerkit.cli;

/** The exit codes of every {@code partnerkit} command. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;
  /** Some rows or steps failed; the output says which. */
  public static final int SOME_FAILED = 1;
  /** Bad usage or bad input. */
  public static final int BAD_USAGE = 2;
  /** The vendor or the network failed. */
  public static final int VENDOR_FAILURE = 3;

  private ExitCodes() {}
}
