package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.partnerkit.adapter.huawei.FakeHuawei.Canned;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.domain.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secret keys, passwords, verification codes, tokens and the {@code Authorization} / {@code X-Auth-Token} header
 * values never reach a log line (every logger at TRACE, HttpClient's included, captured by {@link TraceCapture}), the
 * console, an exception message or a {@code toString()}.
 */
class SecretsNeverLeakTest {

  private static final String CUSTOMER_PASSWORD = "Customer-Pw-do-not-leak-42";
  private static final String VERIFICATION_CODE = "VC-do-not-leak-778899";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final List<Object> shown = new ArrayList<>();

  @Test
  void no_secret_in_logs_failures_or_to_string() throws IOException {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    TraceCapture trace = TraceCapture.start();
    List<String> authorizationHeaders = new ArrayList<>();
    List<String> tokens;
    try (FakeHuawei huawei = FakeHuawei.start(clock)) {
      exerciseAkSk(huawei);
      exerciseToken(huawei);
      huawei.bssRequests().stream().map(r -> r.header("Authorization")).filter(a -> a != null)
          .forEach(authorizationHeaders::add);
      tokens = List.copyOf(huawei.issuedTokens);
      shown.add(catchThrowable(() -> HuaweiConfig.builder(HuaweiSite.CHINA)
          .environment(Map.of("HUAWEICLOUD_SDK_SK", FakeHuawei.SK)).build()));
    } finally {
      trace.close();
      System.setErr(original);
    }
    String log = trace.text() + captured.toString(StandardCharsets.UTF_8);

    // the capture really saw the adapter's and HttpClient's own logging
    assertThat(log).contains("CreateSubCustomer -> HTTP 200").contains("org.apache.hc.client5.http");
    assertThat(authorizationHeaders).hasSizeGreaterThanOrEqualTo(3);
    assertThat(tokens).hasSizeGreaterThanOrEqualTo(2);

    List<String> secrets = new ArrayList<>(List.of(FakeHuawei.SK, FakeHuawei.PASSWORD, CUSTOMER_PASSWORD,
        VERIFICATION_CODE, "not-the-password-either"));
    secrets.addAll(tokens);
    secrets.addAll(authorizationHeaders);
    authorizationHeaders.forEach(a -> secrets.add(a.substring(a.indexOf("Signature=") + "Signature=".length())));

    for (String secret : secrets) {
      assertThat(log).as("log output").doesNotContain(secret);
      for (Object o : shown) {
        assertThat(String.valueOf(o)).as("toString of " + o.getClass().getSimpleName()).doesNotContain(secret);
        if (o instanceof Throwable t) {
          assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
        }
        if (o instanceof HuaweiCallFailure f) {
          assertThat(f.trace().message()).doesNotContain(secret);
        }
      }
    }
    assertThat(shown).hasSizeGreaterThanOrEqualTo(10);
  }

  private void exerciseAkSk(FakeHuawei huawei) throws IOException {
    HuaweiConfig config = HuaweiConfig.builder(HuaweiSite.CHINA).endpoint(huawei.uri()).allowInsecureHttp(true)
        .clock(clock).environment(Map.of()).responseTimeout(Duration.ofMillis(500))
        .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK)).withDomainId("dom-1"))
        .withoutRateLimits().retryPolicy(RetryPolicy.none()).build();
    shown.add(config);
    shown.add(config.credentials());
    CreateSubCustomerRequest create = CreateSubCustomerRequest.builder().xaccountId("x-9").xaccountType("plat")
        .mobilePhone("13800000000").verificationCode(Secret.of(VERIFICATION_CODE)).password(Secret.of(CUSTOMER_PASSWORD)).build();
    shown.add(create);
    try (BssClient client = BssClient.create(config)) {
      shown.add(client);
      huawei.responder = r -> Canned.json(200, "{\"domain_id\":\"d1\",\"domain_name\":\"n1\"}");
      shown.add(client.createSubCustomer(create));
      huawei.responder = r -> Canned.json(400, "{\"error_code\":\"CBC.99004010\",\"error_msg\":\"wrong code\"}");
      shown.add(client.createSubCustomer(create).getLeft());
      // a vendor message that echoes the input: scrubbed of the values the request's Secret fields revealed
      huawei.responder = r -> Canned.json(400, "{\"error_code\":\"CBC.99000036\",\"error_msg\":\"password "
          + CUSTOMER_PASSWORD + " refused, code " + VERIFICATION_CODE + "\"}");
      HuaweiCallFailure echoed = client.createSubCustomer(create).getLeft();
      assertThat(echoed.trace().message()).isEqualTo("password ****** refused, code ******");
      shown.add(echoed);
      huawei.responder = r -> Canned.json(500,
          "{\"error_code\":\"CBC.99000050\",\"error_msg\":\"pending\",\"domain_id\":\"d2\",\"domain_name\":\"n2\"}");
      shown.add(client.createSubCustomer(create).getLeft());
      huawei.responder = r -> new Canned(200, "{}", 1_500);
      shown.add(client.createSubCustomer(create).getLeft());
    }
    try (DroppingServer dropping = new DroppingServer();
        BssClient client = BssClient.create(HuaweiConfig.builder(HuaweiSite.CHINA).endpoint(dropping.uri())
            .allowInsecureHttp(true).clock(clock).environment(Map.of())
            .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK))).withoutRateLimits().retryPolicy(RetryPolicy.none()).build())) {
      shown.add(client.createSubCustomer(create).getLeft());
    }
  }

  private void exerciseToken(FakeHuawei huawei) {
    HuaweiConfig.Builder token = HuaweiConfig.builder(HuaweiSite.INTERNATIONAL).endpoint(huawei.uri())
        .iamEndpoint(huawei.uri()).allowInsecureHttp(true).clock(clock).environment(Map.of()).withoutRateLimits().retryPolicy(RetryPolicy.none());
    HuaweiConfig good = token.credentials(
        HuaweiCredentials.iamPassword(FakeHuawei.USER, Secret.of(FakeHuawei.PASSWORD), FakeHuawei.DOMAIN)).build();
    shown.add(good);
    try (BssClient client = BssClient.create(good)) {
      huawei.responder = r -> Canned.json(200, "{\"count\":0}");
      shown.add(client.listSubCustomers(ListSubCustomersRequest.builder().build()));
      huawei.responder = r -> Canned.json(401, "{\"error_code\":\"CBC.0154\",\"error_msg\":\"token invalid\"}");
      shown.add(client.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft());
      huawei.responder = r -> Canned.json(200, "{\"count\":0}");
      shown.add(client.listSubCustomers(ListSubCustomersRequest.builder().build()));
    }
    HuaweiConfig wrong = token.credentials(HuaweiCredentials.iamPassword(FakeHuawei.USER,
        Secret.of("not-the-password-either"), FakeHuawei.DOMAIN)).build();
    try (BssClient client = BssClient.create(wrong)) {
      shown.add(client.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft());
    }
  }
}
