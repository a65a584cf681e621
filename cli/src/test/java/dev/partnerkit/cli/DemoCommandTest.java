package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

  @Test
  void the_demo_runs_every_step_as_promised_and_exits_zero() {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new PartnerkitCommand()).setOut(new PrintWriter(out)).execute("demo");

    String text = out.toString();
    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(text).contains("Every step behaved as promised.").doesNotContain("NOT AS PROMISED");
    assertThat(text).contains("reject Contoso Hosting: rejected, reason: Business licence missing",
        "reject Fabrikam Cloud, giving no reason: rejected, no reason given");
    assertThat(text).contains("the sandbox's counts: 3 GetCountryCodes requests for this one call, 2 answered "
        + "RequestLimitExceeded, 1 served; the adapter retried 2 times");
    assertThat(text).contains("password.confirmation_mismatch", "calling_code.banned", "phone.quota_exceeded",
        "application.already_decided", "credit.insufficient", "association PENDING", "phone.not_mainland_china_mobile",
        "password.matches_account_name", "REPLAYED", "RECONCILED", "against the embedded sandbox",
        "CBC.99000035", "used 0.00 USD");
  }

  @Test
  void the_demo_never_prints_a_password_or_verification_code() {
    StringWriter out = new StringWriter();
    new CommandLine(new PartnerkitCommand()).setOut(new PrintWriter(out)).execute("demo");

    assertThat(out.toString()).doesNotContain("Welcome!2026", "ABCabc123", "Welcome-2026", "Initech-2026", "spo_emca");
  }

  @Test
  void an_unknown_command_is_bad_usage() {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new PartnerkitCommand()).setErr(new PrintWriter(err)).execute("no-such-command");
    assertThat(exit).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(err.toString()).contains("no-such-command");
  }
}
