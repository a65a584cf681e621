package dev.partnerkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code partnerkit demo}: onboards customers and decides applications end to end, and reports what happened. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Onboard customers and decide reseller applications through partnerkit's real Tencent and Huawei "
        + "adapters against the embedded sandbox (loopback only), and print what happened: every violation of a bad "
        + "registration, idempotent replays, lost answers reconciled, the phone quota, a throttled burst, decisions, "
        + "credit, Huawei's association lag, freezes and budgets.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return new Demo(spec.commandLine().getOut()).run() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
