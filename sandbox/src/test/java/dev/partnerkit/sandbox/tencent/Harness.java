package dev.partnerkit.sandbox.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.sandbox.Sandbox;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A running sandbox on a test clock, a signed client, and the onboarding steps tests share. */
final class Harness implements AutoCloseable {

  static final String ID = "AKIDtestHarness000000000000000000000";
  static final String KEY = "testHarnessSecretKey000000000000";

  final TestClock clock = TestClock.atSomeFixedInstant();
  final Sandbox sandbox;
  final TencentSandbox tencent;
  final TencentTestClient client;
  private int phones;

  Harness(UnaryOperator<Sandbox.Builder> config) {
    this.sandbox = config.apply(Sandbox.builder().tencentCredential(ID, KEY).clock(clock)).build();
    this.tencent = sandbox.tencent();
    this.client = new TencentTestClient(sandbox.tencentEndpoint(), ID, KEY, clock);
  }

  /** No rate limits: for tests about behaviour, not throttling. */
  static Harness unlimited() {
    return new Harness(Sandbox.Builder::withoutRateLimits);
  }

  JsonNode call(String action, String body) {
    return client.call(action, body);
  }

  /** A success response; fails the test with the error otherwise. */
  JsonNode ok(String action, String body) {
    JsonNode r = call(action, body);
    assertThat(r.get("Error")).as("%s answered %s", action, r).isNull();
    return r;
  }

  /** A fresh Hong Kong mobile number. */
  String newPhone() {
    return "6" + String.format("%07d", ++phones);
  }

  /** Sends a code to +852 {@code phone} and returns what the SMS carried. */
  String sendCode(String phone) {
    ok("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"" + phone + "\"}");
    return tencent.lastVerificationCode("852", phone).orElseThrow();
  }

  /** A valid CreateAccount body for a Hong Kong company. */
  static String account(String mail, String phone, String code) {
    return "{\"AccountType\":\"company\",\"Mail\":\"" + mail + "\",\"Password\":\"Sandbox1!pass\","
        + "\"ConfirmPassword\":\"Sandbox1!pass\",\"PhoneNum\":\"" + phone + "\",\"CountryCode\":\"852\","
        + "\"Area\":\"HK\",\"VerifyCode\":\"" + code + "\",\"TradeOne\":\"kghy_01\",\"TradeTwo\":\"kghy_0101\","
        + "\"CustomerName\":\"Example Trading Ltd\"}";
  }

  /** Onboards a customer end to end; returns its UIN. */
  long createCustomer(String mail) {
    String phone = newPhone();
    String code = sendCode(phone);
    return Long.parseLong(ok("CreateAccount", account(mail, phone, code)).get("Uin").asText());
  }

  void advance(Duration d) {
    clock.advance(d);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
