package dev.partnerkit.sandbox;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import picocli.CommandLine.Spec;

/**
 * The standalone sandbox: {@code java -jar partnerkit-sandbox.jar [--port N] [--bind ADDRESS] [--secret-id ID
 * --secret-key KEY]... [--huawei-ak AK --huawei-sk SK]... [--huawei-domain-id ID] [--verification-code 123456]
 * [--seed FILE] [--admin-token TOKEN] [--fixtures DIR] [--rate-limit-scale X]}. Prints where each front door and the
 * admin API listen (never a secret or a flag's secret value), then runs until killed.
 */
@Command(
    name = "partnerkit-sandbox",
    mixinStandardHelpOptions = true,
    description = "Runs partnerkit's local sandbox of the vendors' partner APIs until killed.")
public final class SandboxMain implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port of the Tencent front door; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--huawei-china-port", description = "Port of the Huawei China front door (default: a free one).")
  int huaweiChinaPort;

  @Option(names = "--huawei-intl-port", description = "Port of the Huawei International front door (default: a free one).")
  int huaweiInternationalPort;

  @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(
      names = "--secret-id",
      description = "A Tencent SecretId to accept; repeat with --secret-key for each pair. Without any, the sandbox "
          + "accepts SecretId " + Sandbox.DEFAULT_SECRET_ID + " with SecretKey " + Sandbox.DEFAULT_SECRET_KEY + ".")
  List<String> secretIds = new ArrayList<>();

  @Option(names = "--secret-key", description = "The SecretKey of the --secret-id at the same position.")
  List<String> secretKeys = new ArrayList<>();

  @Option(
      names = "--huawei-ak",
      description = "A Huawei access key to accept at both Huawei front doors; repeat with --huawei-sk for each pair. "
          + "Without any, they accept the default pair (see sandbox/README.md).")
  List<String> huaweiAccessKeys = new ArrayList<>();

  @Option(names = "--huawei-sk", description = "The secret key of the --huawei-ak at the same position (never printed).")
  List<String> huaweiSecretKeys = new ArrayList<>();

  @Option(names = "--huawei-domain-id", description = "The partner's Huawei account (domain) id (default: the sandbox's).")
  String huaweiDomainId;

  @Option(
      names = "--verification-code",
      description = "Every front door sends this 6-digit verification code instead of random ones (never printed).")
  String verificationCode;

  @Option(names = "--seed", description = "A JSON seed file: applications, indirect customers, credit (see sandbox/README.md).")
  Path seed;

  @Option(
      names = "--admin-token",
      description = "Opens the admin API (/_sandbox/...) to callers anywhere that send 'Authorization: Bearer <token>' "
          + "(at least 16 characters; never printed). Without it the admin API answers loopback callers only.")
  String adminToken;

  @Option(names = "--fixtures", description = "Directory of <Action>.json files replacing the shipped fixtures.")
  Path fixtures;

  @Option(names = "--rate-limit-scale", description = "Multiplies every published rate limit (default: ${DEFAULT-VALUE}).")
  double rateLimitScale = 1.0;

  @Option(names = "--no-rate-limits", description = "Enforces no rate limit.")
  boolean noRateLimits;

  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Runs the sandbox until the JVM is stopped. */
  public static void main(String[] args) {
    // this JVM is the sandbox's own: its HTTP server's start-up chatter is left out unless asked for
    if (System.getProperty("org.slf4j.simpleLogger.log.dev.partnerkit.sandbox.internal.jetty") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.dev.partnerkit.sandbox.internal.jetty", "warn");
    }
    System.exit(new CommandLine(new SandboxMain()).execute(args));
  }

  @Override
  public Integer call() {
    if (secretIds.size() != secretKeys.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give one --secret-key per --secret-id");
    }
    if (huaweiAccessKeys.size() != huaweiSecretKeys.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give one --huawei-sk per --huawei-ak");
    }
    Sandbox sandbox = start();
    Thread closeOnExit = new Thread(sandbox::close, "sandbox-shutdown");
    Runtime.getRuntime().addShutdownHook(closeOnExit);
    try {
      PrintWriter out = spec.commandLine().getOut();
      out.println("tencent front door: " + sandbox.tencentEndpoint());
      out.println("huawei china front door: " + sandbox.huaweiEndpoint(HuaweiSite.CHINA));
      out.println("huawei international front door: " + sandbox.huaweiEndpoint(HuaweiSite.INTERNATIONAL));
      out.println("admin API: " + sandbox.adminEndpoint()
          + (adminToken == null ? " (loopback callers only)" : " (with the admin token)"));
      if (secretIds.isEmpty()) {
        out.println("accepting the default SecretId " + Sandbox.DEFAULT_SECRET_ID + " (its SecretKey is in --help)");
      }
      if (verificationCode != null) {
        out.println("sending the fixed verification code given with --verification-code");
      }
      out.flush();
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();   // an embedding program stops the command by interrupting it
    } finally {
      sandbox.close();
      try {
        Runtime.getRuntime().removeShutdownHook(closeOnExit);
      } catch (IllegalStateException alreadyExiting) {
        // the JVM is shutting down and runs the hook itself
      }
    }
    return 0;
  }

  /** Builds and starts the sandbox the options describe. */
  Sandbox start() {
    Sandbox.Builder b = Sandbox.builder().port(port).huaweiPorts(huaweiChinaPort, huaweiInternationalPort)
        .bindAddress(bind).rateLimitScale(rateLimitScale);
    for (int i = 0; i < secretIds.size(); i++) {
      b.tencentCredential(secretIds.get(i), secretKeys.get(i));
    }
    for (int i = 0; i < huaweiAccessKeys.size(); i++) {
      b.huaweiAccessKey(huaweiAccessKeys.get(i), huaweiSecretKeys.get(i));
    }
    if (huaweiDomainId != null) {
      b.huaweiPartnerDomainId(huaweiDomainId);
    }
    if (verificationCode != null) {
      b.verificationCode(verificationCode);
    }
    if (seed != null) {
      b.seed(seed);
    }
    if (adminToken != null) {
      b.adminToken(adminToken);
    }
    if (fixtures != null) {
      b.fixtures(fixtures);
    }
    if (noRateLimits) {
      b.withoutRateLimits();
    }
    return b.build();
  }

  /** Lets {@link #call()} return (for tests). */
  void stop() {
    stopped.countDown();
  }
}
