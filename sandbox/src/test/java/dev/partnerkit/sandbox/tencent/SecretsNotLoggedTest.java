package dev.partnerkit.sandbox.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE (captured by {@link TraceCapture}), a full onboarding, a refused password and refused
 * signatures leave no SecretKey, signature, password or verification code in the log or on the console.
 */
class SecretsNotLoggedTest {

  @Test
  void theLogNeverShowsSecrets() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String code;
    String authorization;
    TraceCapture trace = TraceCapture.start();
    // Jetty's own parser logs every request header at DEBUG, Authorization included: that is the server library's
    // choice, documented in sandbox/README.md (keep org.eclipse.jetty at INFO); everything else is at TRACE here
    ch.qos.logback.classic.Logger jetty =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty");
    ch.qos.logback.classic.Level jettyLevel = jetty.getLevel();
    jetty.setLevel(ch.qos.logback.classic.Level.INFO);
    try (Harness h = Harness.unlimited()) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      String phone = h.newPhone();
      code = h.sendCode(phone);
      h.ok("CreateAccount", Harness.account("logged@example.com", phone, code));
      h.call("CreateAccount", Harness.account("logged2@example.com", phone, code).replace("Sandbox1!pass", "weak"));
      h.client.request("QueryPartnerCredit", "{}").with(c -> { c.key = "notTheKey"; return c; }).send();
      authorization = TestSigner.authorization(Harness.ID, Harness.KEY, "intlpartnersmgt", h.clock.instant().getEpochSecond(),
          java.util.Map.of("Content-Type", TencentTestClient.CONTENT_TYPE, "Host", h.sandbox.tencentEndpoint().substring(7, h.sandbox.tencentEndpoint().length() - 1)), "{}");
      h.call("QueryPartnerCredit", "{}");
    } finally {
      jetty.setLevel(jettyLevel);
      trace.close();
      System.setErr(original);
    }
    String log = trace.text() + captured.toString(StandardCharsets.UTF_8);
    assertThat(log).as("the capture works").contains("CreateAccount").contains("AuthFailure.SignatureFailure");
    assertThat(log)
        .doesNotContain(Harness.KEY)
        .doesNotContain("notTheKey")
        .doesNotContain("Sandbox1!pass")
        .doesNotContain(code)
        .doesNotContain("Signature=")
        .doesNotContain(authorization.substring(authorization.indexOf("Signature=") + 10));
  }
}
