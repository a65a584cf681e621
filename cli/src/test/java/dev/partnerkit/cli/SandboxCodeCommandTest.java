package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partnerkit sandbox code}: a code a running sandbox sent, read from its admin API; its refusals. */
class SandboxCodeCommandTest {

  @TempDir Path dir;

  @Test
  void reads_the_code_sent_to_a_huawei_international_mail_address() {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      SandboxCli cli = new SandboxCli(dir, sandbox);
      String base = sandbox.tencentEndpoint();
      assertThat(cli.run("sandbox", "code", "--endpoint", base, "--huawei", "international", "--mail", "it@acme.example").exit())
          .isEqualTo(ExitCodes.SOME_FAILED);
      SandboxCli.Run sent = cli.run("verification-code", "send", "-p", "intl", "--mail", "it@acme.example");
      assertThat(sent.exit()).as(sent.all()).isZero();
      SandboxCli.Run read = cli.run("sandbox", "code", "--endpoint", base, "--huawei", "international", "--mail", "it@acme.example");
      assertThat(read.exit()).as(read.all()).isZero();
      assertThat(read.out().strip())
          .isEqualTo(sandbox.huawei(HuaweiSite.INTERNATIONAL).lastVerificationCode("it@acme.example").orElseThrow());
    }
  }

  @Test
  void sends_the_admin_token_from_the_environment_and_refuses_bad_usage() {
    String token = "an-admin-token-0123456789";
    try (Sandbox sandbox = Sandbox.builder().adminToken(token).build()) {
      SandboxCli cli = new SandboxCli(dir, sandbox);
      String base = sandbox.tencentEndpoint();
      SandboxCli.Run refused = cli.run("sandbox", "code", "--endpoint", base, "--phone", "61234567", "--calling-code", "852");
      assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(refused.err()).contains(SandboxCodeCommand.ADMIN_TOKEN_ENV);
      cli.environment.put(SandboxCodeCommand.ADMIN_TOKEN_ENV, token);
      SandboxCli.Run none = cli.run("sandbox", "code", "--endpoint", base, "--phone", "61234567", "--calling-code", "852");
      assertThat(none.exit()).as("admitted, but no code was sent").isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(none.all()).doesNotContain(token);

      assertThat(cli.run("sandbox", "code", "--endpoint", base, "--mail", "it@acme.example").exit())
          .as("Tencent sends no mail").isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(cli.run("sandbox", "code", "--endpoint", base, "--phone", "61234567").exit())
          .as("Tencent needs the calling code").isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(cli.run("sandbox", "code", "--endpoint", base, "--huawei", "mars", "--phone", "1").exit())
          .isEqualTo(ExitCodes.BAD_USAGE);
    }
  }

  @Test
  void says_when_no_sandbox_answers() {
    Sandbox sandbox = Sandbox.builder().build();
    String gone = sandbox.tencentEndpoint();
    SandboxCli cli = new SandboxCli(dir, sandbox);
    sandbox.close();
    SandboxCli.Run run = cli.run("sandbox", "code", "--endpoint", gone, "--phone", "61234567", "--calling-code", "852");
    assertThat(run.exit()).isEqualTo(ExitCodes.VENDOR_FAILURE);
    assertThat(run.err()).contains("no sandbox answers at");
  }
}
