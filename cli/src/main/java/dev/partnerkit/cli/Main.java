package dev.partnerkit.cli;

/** The {@code partnerkit} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (see {@link ExitCodes}). */
  public static int run(String... args) {
    return PartnerkitCommand.commandLine(System.getenv()).execute(args);
  }
}
