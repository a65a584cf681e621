package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.tencent.api.CreateAccountRequest;
import dev.partnerkit.adapter.tencent.api.CreateAccountResponse;
import dev.partnerkit.domain.Secret;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE (captured in memory by {@link TraceCapture}, HttpClient's included), runs calls that
 * succeed, fail at the vendor and fail in transport, and checks that no secret reaches the log, the console, an
 * exception message or a toString.
 */
class SecretsNeverLeakTest {

  static final String ID = "AKIDleaktest0001";
  static final String SECRET_KEY = "SecretKey-MUST-NOT-LEAK-7f3a";
  static final String TOKEN = "SessionToken-MUST-NOT-LEAK-91be";
  static final String PASSWORD = "Passw0rd!MUST-NOT-LEAK";
  static final String VERIFY_CODE = "918273";

  @Test
  void no_secret_in_logs_failures_or_to_string() throws Exception {
    TencentCredentials credentials = TencentCredentials.of(ID, Secret.of(SECRET_KEY), Secret.of(TOKEN));
    List<String> shown = new ArrayList<>();
    List<String> signatures = new ArrayList<>();
    String log;

    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    TraceCapture trace = TraceCapture.start();
    try (LoopbackTencent server = new LoopbackTencent(Map.of(ID, SECRET_KEY))) {
      TencentConfig config =
          IntlPartnersClientTest.config(server.endpoint()).credentials(credentials).build();
      shown.add(config.toString());
      try (IntlPartnersClient client = IntlPartnersClient.create(config)) {
        server.answer(
            LoopbackTencent.json("{\"Response\":{\"Uin\":\"200001\",\"Reason\":\"ok\",\"RequestId\":\"rid-1\"}}"));
        Either<TencentCallFailure, CreateAccountResponse> ok = client.createAccount(createAccount());
        assertThat(ok.isRight()).as("%s", ok).isTrue();
        assertThat(server.last().signatureProblem()).isNull();
        assertThat(server.last().bodyText()).contains(PASSWORD, VERIFY_CODE); // it did go on the wire
        signatures.add(signatureOf(server.last().header("Authorization")));
        shown.add(ok.get().toString());

        server.answer(
            LoopbackTencent.json(
                "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.VerificationCodeIllegal\","
                    + "\"Message\":\"bad code\"},"
                    + "\"RequestId\":\"rid-2\"}}"));
        TencentCallFailure vendorFailure = client.createAccount(createAccount()).getLeft();
        signatures.add(signatureOf(server.last().header("Authorization")));
        shown.add(vendorFailure.toString());
        shown.add(vendorFailure.trace().toString());

        // a vendor message that echoes the request's secrets is scrubbed, in the failure and in the trace log
        server.answer(
            LoopbackTencent.json(
                "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter.PasswordFormatIncorrect\","
                    + "\"Message\":\"password "
                    + PASSWORD
                    + " and code "
                    + VERIFY_CODE
                    + " rejected\"},\"RequestId\":\"rid-3\"}}"));
        TencentCallFailure echoed = client.createAccount(createAccount()).getLeft();
        assertThat(echoed.trace().message()).isEqualTo("password ****** and code ****** rejected");
        shown.add(echoed.toString());
      }

      int closedPort;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = s.getLocalPort();
      }
      try (IntlPartnersClient refused =
          IntlPartnersClient.create(
              IntlPartnersClientTest.config("http://127.0.0.1:" + closedPort).credentials(credentials).build())) {
        TencentCallFailure transportFailure = refused.createAccount(createAccount()).getLeft();
        shown.add(transportFailure.toString());
      }

      try (IntlPartnersClient slow =
          IntlPartnersClient.create(
              IntlPartnersClientTest.config(server.endpoint())
                  .credentials(credentials)
                  .responseTimeout(Duration.ofMillis(200))
                  .build())) {
        server.answer(LoopbackTencent.slow(1_000, "{\"Response\":{\"RequestId\":\"late\"}}"));
        TencentCallFailure timeout = slow.createAccount(createAccount()).getLeft();
        signatures.add(signatureOf(server.last().header("Authorization")));
        shown.add(timeout.toString());
      }
      shown.add(createAccount().toString());
      shown.add(credentials.toString());
    } finally {
      trace.close();
      System.setErr(originalErr);
      System.setOut(originalOut);
      log = trace.text() + captured.toString(StandardCharsets.UTF_8);
    }

    // the capture worked, and the trace logging ran (so silence is not what makes this pass)
    assertThat(log).contains("tencent CreateAccount POST", "\"Password\":\"******\"", "\"VerifyCode\":\"******\"");
    assertThat(log).contains("org.apache.hc.client5"); // HttpClient's own loggers were at TRACE too
    assertThat(signatures).hasSize(3).allSatisfy(s -> assertThat(s).hasSize(64));

    String everything = log + "\n" + String.join("\n", shown);
    for (String secret : List.of(SECRET_KEY, TOKEN, PASSWORD, VERIFY_CODE)) {
      assertThat(everything).as("a secret appears").doesNotContain(secret);
    }
    for (String signature : signatures) {
      assertThat(everything).as("an Authorization signature appears").doesNotContain(signature);
    }
    assertThat(everything).doesNotContain("TC3-HMAC-SHA256 Credential=");
  }

  static CreateAccountRequest createAccount() {
    return CreateAccountRequest.builder()
        .accountType("personal")
        .mail("leak-test@example.com")
        .password(Secret.of(PASSWORD))
        .confirmPassword(Secret.of(PASSWORD))
        .phoneNum("98765432")
        .countryCode("852")
        .area("HK")
        .verifyCode(Secret.of(VERIFY_CODE))
        .tradeOne("kghy_01")
        .tradeTwo("kghy_0101")
        .build();
  }

  static String signatureOf(String authorization) {
    Matcher m = Pattern.compile("Signature=([0-9a-f]{64})$").matcher(authorization);
    assertThat(m.find()).as(authorization).isTrue();
    return m.group(1);
  }
}
