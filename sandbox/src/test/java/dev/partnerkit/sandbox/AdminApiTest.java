package dev.partnerkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.sandbox.shared.RequestLog;
import dev.partnerkit.sandbox.shared.WireCall;
import dev.partnerkit.sandbox.shared.WireStep;
import dev.partnerkit.sandbox.tencent.TencentTestClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The admin API over HTTP, the seed file and the standalone flags that go with them. */
class AdminApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Answer(int status, JsonNode body) {}

  static Answer admin(String base, String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
  }

  private static TencentTestClient client(Sandbox sandbox) {
    return new TencentTestClient(sandbox.tencentEndpoint(), Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY, Clock.systemUTC());
  }

  @Test
  void the_code_sent_to_a_phone_is_read_over_http_and_can_be_fixed() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build()) {
      String admin = sandbox.adminEndpoint();
      assertThat(admin(admin, "GET", "health", null, null).body().get("status").asText()).isEqualTo("up");
      assertThat(admin(admin, "GET", "tencent/verification-code?countryCode=852&phone=61234567", null, null).status())
          .isEqualTo(404);
      assertThat(TencentTestClient.code(client(sandbox).call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"61234567\"}"))).isNull();
      Answer code = admin(admin, "GET", "tencent/verification-code?countryCode=852&phone=61234567", null, null);
      assertThat(code.status()).isEqualTo(200);
      assertThat(code.body().get("code").asText()).isEqualTo(sandbox.tencent().lastVerificationCode("852", "61234567").orElseThrow());

      assertThat(admin(admin, "PUT", "verification-code", "{\"code\":\"246810\"}", null).status()).isEqualTo(200);
      client(sandbox).call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"61234568\"}");
      assertThat(admin(admin, "GET", "tencent/verification-code?countryCode=852&phone=61234568", null, null).body().get("code").asText())
          .isEqualTo("246810");
      assertThat(admin(admin, "PUT", "verification-code", "{\"code\":\"12\"}", null).status()).isEqualTo(400);
    }
  }

  @Test
  void seeds_faults_and_the_request_log() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build()) {
      String admin = sandbox.adminEndpoint();
      Answer seeded = admin(admin, "POST", "tencent/sub-agent-applications",
          "{\"name\":\"North Ltd\",\"email\":\"north@example.com\",\"mobile\":\"61230000\"}", null);
      assertThat(seeded.status()).isEqualTo(200);
      assertThat(seeded.body().get("uin").asText()).matches("\\d+");
      assertThat(admin(admin, "PUT", "tencent/partner-credit", "{\"total\":\"5000\"}", null).status()).isEqualTo(200);
      assertThat(sandbox.tencent().partnerCredit().total()).isEqualByComparingTo(new BigDecimal("5000"));
      assertThat(admin(admin, "POST", "huawei/china/indirect-partners",
          "{\"accountName\":\"north_reseller\",\"name\":\"North\",\"balance\":\"100\"}", null).body().get("id").asText())
          .hasSize(32);

      assertThat(admin(admin, "POST", "tencent/faults", "{\"action\":\"QueryPartnerCredit\",\"kind\":\"THROTTLE\",\"times\":1}", null).status())
          .isEqualTo(200);
      assertThat(TencentTestClient.code(client(sandbox).call("QueryPartnerCredit", "{}"))).isEqualTo("RequestLimitExceeded");
      assertThat(TencentTestClient.code(client(sandbox).call("QueryPartnerCredit", "{}"))).isNull();
      assertThat(admin(admin, "POST", "huawei/china/faults", "{\"operation\":\"ListSubCustomers\",\"kind\":\"SERVER_ERROR\"}", null).status())
          .isEqualTo(200);
      assertThat(admin(admin, "DELETE", "huawei/china/faults", null, null).status()).isEqualTo(200);
      assertThat(admin(admin, "POST", "tencent/faults", "{\"action\":\"QueryPartnerCredit\",\"kind\":\"NOPE\"}", null).status())
          .isEqualTo(400);

      JsonNode requests = admin(admin, "GET", "requests", null, null).body();
      assertThat(requests.at("/counts/tencent").asLong()).isGreaterThanOrEqualTo(1);
      assertThat(requests.get("log").findValuesAsText("action")).contains("QueryPartnerCredit");
      assertThat(requests.toString()).doesNotContain(Sandbox.DEFAULT_SECRET_KEY).doesNotContain("Authorization");
      assertThat(admin(admin, "GET", "nothing-here", null, null).status()).isEqualTo(404);
    }
  }

  @Test
  void only_loopback_callers_are_served_without_a_token() {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      AdminApi api = new AdminApi(sandbox.tencent(), Map.of(), new RequestLog(Clock.systemUTC()), Optional.empty(),
          Optional.empty(), Optional.empty());
      WireStep remote = api.open(new WireCall("GET", "/_sandbox/health", null, Map.of(), -1, false));
      assertThat(remote).isInstanceOfSatisfying(WireStep.Answered.class, a -> assertThat(a.answer().status()).isEqualTo(403));
      WireStep local = api.open(new WireCall("GET", "/_sandbox/health", null, Map.of(), -1, true));
      assertThat(local).isInstanceOf(WireStep.NeedsBody.class);
    }
  }

  @Test
  void with_a_token_every_caller_must_send_it() throws Exception {
    String token = "an-admin-token-0123456789";
    try (Sandbox sandbox = Sandbox.builder().adminToken(token).build()) {
      assertThat(admin(sandbox.adminEndpoint(), "GET", "health", null, null).status()).isEqualTo(401);
      assertThat(admin(sandbox.adminEndpoint(), "GET", "health", null, "wrong-token-0123456789").status()).isEqualTo(401);
      assertThat(admin(sandbox.adminEndpoint(), "GET", "health", null, token).status()).isEqualTo(200);
      AdminApi api = new AdminApi(sandbox.tencent(), Map.of(), new RequestLog(Clock.systemUTC()), Optional.of(token),
          Optional.empty(), Optional.empty());
      WireStep remote = api.open(new WireCall("GET", "/_sandbox/health", null,
          Map.of("authorization", List.of("Bearer " + token)), -1, false));
      assertThat(remote).isInstanceOf(WireStep.NeedsBody.class);
    }
  }

  @Test
  void a_seed_file_is_applied_at_start(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, "{\"verificationCode\":\"135790\",\"tencent\":{\"partnerCredit\":\"777\","
        + "\"subAgentApplications\":[{\"name\":\"A\",\"email\":\"a@example.com\",\"mobile\":\"61230001\"}]},"
        + "\"huawei\":{\"international\":{\"indirectPartners\":[{\"accountName\":\"r1\",\"name\":\"R1\",\"balance\":\"5\"}]}}}");
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().seed(seed).build()) {
      assertThat(sandbox.tencent().partnerCredit().total()).isEqualByComparingTo("777");
      client(sandbox).call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"61234569\"}");
      assertThat(sandbox.tencent().lastVerificationCode("852", "61234569")).contains("135790");
    }
  }

  @Test
  void reset_puts_the_sandbox_back_as_it_started_over_http_and_from_java(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, "{\"tencent\":{\"partnerCredit\":\"777\","
        + "\"subAgentApplications\":[{\"name\":\"A\",\"email\":\"a@example.com\",\"mobile\":\"61230001\"}]}}");
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().seed(seed).verificationCode("135790").build()) {
      String admin = sandbox.adminEndpoint();
      TencentTestClient tencent = client(sandbox);
      // change everything a reset forgets: an account, a code, credit, the fixed code, faults, counts, the log
      assertThat(admin(admin, "PUT", "verification-code", "{\"code\":\"246810\"}", null).status()).isEqualTo(200);
      assertThat(TencentTestClient.code(tencent.call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"61234571\"}"))).isNull();
      JsonNode created = tencent.call("CreateAccount", "{\"AccountType\":\"company\",\"Mail\":\"reset@example.com\","
          + "\"Password\":\"S3cure!pass1\",\"ConfirmPassword\":\"S3cure!pass1\",\"PhoneNum\":\"61234571\","
          + "\"CountryCode\":\"852\",\"Area\":\"HK\",\"VerifyCode\":\"246810\",\"TradeOne\":\"kghy_01\","
          + "\"TradeTwo\":\"kghy_0101\",\"CustomerName\":\"Reset Ltd\"}");
      assertThat(TencentTestClient.code(created)).isNull();
      assertThat(sandbox.tencent().accountCount()).isEqualTo(1);
      sandbox.tencent().setPartnerTotalCredit(new BigDecimal("5"));
      sandbox.tencent().faults().throttle("QueryPartnerCredit", 3);
      sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).faults()
          .inject(dev.partnerkit.sandbox.huawei.HuaweiOperation.LIST_SUB_CUSTOMERS, dev.partnerkit.sandbox.huawei.HuaweiFault.serverError());
      assertThat(sandbox.tencent().requestCount()).isPositive();
      assertThat(sandbox.requestLog()).isNotEmpty();

      Answer reset = admin(admin, "POST", "reset", null, null);
      assertThat(reset.status()).isEqualTo(200);
      assertThat(sandbox.tencent().accountCount()).isZero();
      assertThat(sandbox.tencent().lastVerificationCode("852", "61234571")).isEmpty();
      assertThat(sandbox.tencent().faults().pending("QueryPartnerCredit")).isZero();
      assertThat(sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).faults()
          .of(dev.partnerkit.sandbox.huawei.HuaweiOperation.LIST_SUB_CUSTOMERS)).isEmpty();
      assertThat(sandbox.tencent().requestCount()).isZero();
      assertThat(sandbox.requestLog()).isEmpty();
      // the seed file is applied again, and the start-up code is back
      assertThat(sandbox.tencent().partnerCredit().total()).isEqualByComparingTo("777");
      JsonNode pending = tencent.call("QueryPendingSubAgentsV2", "{\"Page\":1,\"PageSize\":10}");
      assertThat(pending.at("/Total").asInt()).as(pending.toString()).isEqualTo(1);
      tencent.call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"61234571\"}");
      assertThat(sandbox.tencent().lastVerificationCode("852", "61234571")).contains("135790");

      // the Java call is the same reset
      sandbox.tencent().setPartnerTotalCredit(new BigDecimal("5"));
      sandbox.reset();
      assertThat(sandbox.tencent().partnerCredit().total()).isEqualByComparingTo("777");
      assertThat(sandbox.tencent().lastVerificationCode("852", "61234571")).isEmpty();
      assertThat(admin(admin, "GET", "reset", null, null).status()).isEqualTo(404);
    }
  }

  @Test
  void the_standalone_flags_take_credentials_and_codes_and_print_none_of_them() throws Exception {
    SandboxMain main = new SandboxMain();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(main).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> exit = runner.submit(() -> cli.execute("--port", "0", "--secret-id", "AKIDmine", "--secret-key", "tencent-secret-value",
          "--huawei-ak", "MYHUAWEIAK", "--huawei-sk", "huawei-secret-value", "--huawei-domain-id", "d123",
          "--verification-code", "864209", "--admin-token", "admin-token-value-0123"));
      for (int i = 0; i < 200 && !out.toString().contains("admin API:"); i++) {
        Thread.sleep(50);
      }
      String printed = out.toString() + err;
      assertThat(printed).contains("admin API: http://127.0.0.1:")
          .doesNotContain("tencent-secret-value").doesNotContain("huawei-secret-value")
          .doesNotContain("864209").doesNotContain("admin-token-value-0123");
      main.stop();
      assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    } finally {
      runner.shutdownNow();
    }
    SandboxMain again = new SandboxMain();
    new CommandLine(again).parseArgs("--port", "0", "--huawei-ak", "MYHUAWEIAK", "--huawei-sk", "huawei-secret-value",
        "--verification-code", "864209");
    try (Sandbox sandbox = again.start()) {
      client(sandbox).call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"61234570\"}");
      assertThat(sandbox.tencent().lastVerificationCode("852", "61234570")).contains("864209");
    }
  }
}
