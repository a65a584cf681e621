package dev.partnerkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.sandbox.tencent.TencentTestClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The standalone main: its flags, and the line it prints. */
class SandboxMainTest {

  @Test
  void flagsConfigureTheSandbox() {
    SandboxMain main = new SandboxMain();
    new CommandLine(main)
        .parseArgs("--port", "0", "--secret-id", "AKIDone", "--secret-key", "keyOne", "--secret-id", "AKIDtwo",
            "--secret-key", "keyTwo", "--rate-limit-scale", "3");
    try (Sandbox sandbox = main.start()) {
      assertThat(sandbox.tencentEndpoint()).matches("http://127\\.0\\.0\\.1:\\d+/");
      Clock clock = Clock.systemUTC();
      assertThat(TencentTestClient.code(new TencentTestClient(sandbox.tencentEndpoint(), "AKIDtwo", "keyTwo", clock)
          .call("QueryPartnerCredit", "{}"))).isNull();
      assertThat(TencentTestClient.code(
              new TencentTestClient(sandbox.tencentEndpoint(), Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY, clock)
                  .call("QueryPartnerCredit", "{}")))
          .isEqualTo("AuthFailure.SecretIdNotFound");
    }
  }

  @Test
  void theDefaultPairIsAcceptedWhenNoneIsGiven() {
    SandboxMain main = new SandboxMain();
    new CommandLine(main).parseArgs("--port", "0");
    try (Sandbox sandbox = main.start()) {
      assertThat(TencentTestClient.code(
              new TencentTestClient(sandbox.tencentEndpoint(), Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY, Clock.systemUTC())
                  .call("QueryPartnerCredit", "{}")))
          .isNull();
    }
  }

  @Test
  void itPrintsWhereItListensAndRunsUntilStopped() throws Exception {
    SandboxMain main = new SandboxMain();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(main).setOut(new PrintWriter(out, true));
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> exit = runner.submit(() -> cli.execute("--port", "0"));
      for (int i = 0; i < 200 && !out.toString().contains("tencent front door:"); i++) {
        Thread.sleep(50);
      }
      assertThat(out.toString()).containsPattern("tencent front door: http://127\\.0\\.0\\.1:\\d+/");
      assertThat(exit.isDone()).isFalse();
      main.stop();
      assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
      String endpoint = out.toString().lines().filter(l -> l.startsWith("tencent front door: ")).findFirst().orElseThrow()
          .substring("tencent front door: ".length());
      TencentTestClient client =
          new TencentTestClient(endpoint, Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY, Clock.systemUTC());
      assertThatThrownBy(() -> client.call("QueryPartnerCredit", "{}"))
          .as("the server is closed once the command returns")
          .hasCauseInstanceOf(java.net.ConnectException.class);
    } finally {
      runner.shutdownNow();
    }
  }

  @Test
  void unpairedSecretsAreRefused() {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new SandboxMain()).setErr(new PrintWriter(err)).execute("--port", "0", "--secret-id", "AKIDx");
    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("--secret-key");
  }
}
