package dev.partnerkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that talks to the vendor of the selected profile. */
abstract class GatewayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProfileOptions profileOptions;

  @Override
  public final Integer call() {
    try (Gateways.OpenGateway open = journaled() ? profileOptions.openJournaled() : profileOptions.open()) {
      return run(open, spec.commandLine().getOut());
    }
  }

  /**
   * Whether this command writes (creates accounts, moves credit, decides applications), and so keeps the profile's
   * journal across runs; commands that only read get an in-memory journal.
   */
  boolean journaled() {
    return false;
  }

  abstract int run(Gateways.OpenGateway open, PrintWriter out);

  /**
   * Streams a listing into rows; a page that cannot be fetched ends the command with its failure (a listing that
   * fails before its first row prints nothing on stdout, not an empty header).
   */
  static <T> void stream(dev.partnerkit.ports.Paged<T> listing, Rows rows,
      java.util.function.Consumer<T> printOne, String context) {
    io.vavr.control.Either<dev.partnerkit.ports.GatewayFailure, Long> listed;
    try {
      listed = listing.forEach(printOne);
    } catch (RuntimeException e) {
      rows.abandon();
      throw e;
    }
    if (listed.isLeft()) {
      rows.abandon();
      throw Failures.toException(listed.getLeft(), context);
    }
    rows.close();
  }
}
