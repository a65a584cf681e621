package dev.partnerkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code partnerkit demo}: onboards customers and decides applications end to end, and reports what happened. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Onboard a batch of customers and decide reseller applications against an in-memory vendor, "
        + "and print what happened: accepted and rejected registrations, idempotent replays, a lost response "
        + "reconciled, the phone quota, decisions, credit.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return new Demo(spec.commandLine().getOut()).run() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
