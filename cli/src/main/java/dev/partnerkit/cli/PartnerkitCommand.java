package dev.partnerkit.cli;

import picocli.CommandLine.Command;

/** The top-level command; every feature is a subcommand. */
@Command(
    name = "partnerkit",
    mixinStandardHelpOptions = true,
    version = "partnerkit 0.1.0-SNAPSHOT",
    description = "Onboard customers and run a reseller hierarchy on Tencent Cloud and Huawei Cloud.",
    subcommands = {DemoCommand.class})
final class PartnerkitCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
