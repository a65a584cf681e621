package dev.partnerkit.cli;

/** A command cannot go on: the message for the operator (never a secret) and the exit code (see {@link ExitCodes}). */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** Bad usage or bad input: exit code 2. */
  static CliException badInput(String message) {
    return new CliException(ExitCodes.BAD_USAGE, message);
  }

  int exitCode() {
    return exitCode;
  }
}
