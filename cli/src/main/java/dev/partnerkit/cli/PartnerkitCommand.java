package dev.partnerkit.cli;

import dev.partnerkit.sandbox.SandboxMain;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; every feature is a subcommand. */
@Command(
    name = "partnerkit",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Onboard customers and run a reseller hierarchy on Tencent Cloud and Huawei Cloud.",
    subcommands = {CustomersCommand.class, ImportCommand.class, VerificationCodeCommand.class,
        TradeCategoriesCommand.class, CountryCodesCommand.class, ApplicationsCommand.class, CreditCommand.class,
        BillsCommand.class, VouchersCommand.class, JournalCommand.class, DemoCommand.class},
    footerHeading = "%nConfiguration:%n",
    footer = {"Profiles live in ~/.partnerkit/config.properties (or --config FILE, or",
        "$PARTNERKIT_CONFIG), a properties file with, per profile NAME:",
        "  profile.NAME.vendor = tencent | huawei",
        "  profile.NAME.site = CHINA | INTERNATIONAL                (Huawei only)",
        "  profile.NAME.endpoint = URL                               (optional)",
        "  profile.NAME.allow-insecure-http = true           (loopback sandbox only)",
        "  profile.NAME.secret-id-env | access-key-env = VARIABLE",
        "  profile.NAME.secret-key-env = VARIABLE",
        "  profile.NAME.page-size = 1..100                           (optional)",
        "Credentials are named by environment variable, never written in the file;",
        "a setting that would hold one is refused. See the README's Command line."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything worked",
        "1:some rows or the operation failed at the vendor (refused, not found, conflict); see the output",
        "2:bad usage or bad input (options, config file, import file, a capability the vendor lacks)",
        "3:the vendor or the network failed (unauthorized, unreachable, throttled, unexpected answer)"})
final class PartnerkitCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  PartnerkitCommand() {
    this(System.getenv());
  }

  PartnerkitCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Where credentials and defaults are read from. */
  Map<String, String> environment() {
    return environment;
  }

  /** The whole command line, with its exception handling: messages on stderr, exit codes as documented. */
  static CommandLine commandLine(Map<String, String> environment) {
    CommandLine cli = new CommandLine(new PartnerkitCommand(environment));
    cli.addSubcommand("sandbox", new CommandLine(new SandboxMain()).setCommandName("sandbox"));
    cli.getSubcommands().get("sandbox").getCommandSpec().usageMessage().description(
        "Runs the local sandbox (Tencent, Huawei China and International front doors) in the foreground and prints "
            + "where each listens; stop it with Ctrl-C. `sandbox code` reads a code it sent from its admin API.");
    cli.getSubcommands().get("sandbox").addSubcommand("code", new CommandLine(new SandboxCodeCommand(environment)));
    return cli.setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(e -> e instanceof CliException c ? c.exitCode() : ExitCodes.BAD_USAGE)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          if (e instanceof CliException c) {
            commandLine.getErr().println("partnerkit: " + c.getMessage());
            commandLine.getErr().flush();
            return c.exitCode();
          }
          if (e instanceof dev.partnerkit.ports.GatewayException g) {
            commandLine.getErr().println("partnerkit: " + Failures.describe(g.failure(), "the vendor failed"));
            commandLine.getErr().flush();
            return Failures.exitCode(g.failure());
          }
          Optional<String> busy = busyPort(e);
          if (busy.isPresent()) {
            commandLine.getErr().println("partnerkit: cannot start the sandbox: " + busy.get() + " is already in use "
                + "(is a sandbox already running?); stop what listens there, or choose another port with --port "
                + "(0 picks a free one)");
            commandLine.getErr().flush();
            return ExitCodes.BAD_USAGE;
          }
          throw e;
        });
  }

  /** The address of a port another program holds, when {@code e} says so (the sandbox could not listen). */
  static Optional<String> busyPort(Throwable e) {
    boolean bind = false;
    String address = "the port";
    java.util.regex.Pattern listen = java.util.regex.Pattern.compile("cannot listen on (\\S+:\\d+)");
    for (Throwable t = e; t != null; t = t.getCause()) {
      bind |= t instanceof java.net.BindException;
      java.util.regex.Matcher m = listen.matcher(String.valueOf(t.getMessage()));
      if (m.find() && address.equals("the port")) {
        address = m.group(1);   // the sandbox's own message names the address; the server's wrappers may not
      }
    }
    return bind ? Optional.of(address) : Optional.empty();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
