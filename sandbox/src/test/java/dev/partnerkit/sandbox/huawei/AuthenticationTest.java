package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AK/SK and token authentication over HTTP, each failure with Huawei's code. */
class AuthenticationTest {
  private static final String LIST = "/v2/partners/sub-customers/query";

  private final MutableClock clock = MutableClock.at("2026-11-22T22:54:17Z");
  private HuaweiFrontDoor door;
  private Wire wire;

  @BeforeEach
  void start() {
    door = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(clock).accessKey("PARTNERAK", "partner-sk").build();
    wire = new Wire(door, clock).keys("PARTNERAK", "partner-sk");
  }

  @AfterEach
  void stop() {
    door.close();
  }

  @Test
  void aRequestSignedByTheIndependentSignerIsAccepted() {
    Wire.Answer a = wire.post(LIST, "{}");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().path("count").asInt(-1)).isZero();
    assertThat(a.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
  }

  @Test
  void signedHeadersBeyondHostAndDateAreVerifiedToo() {
    Wire.Answer a = wire.send("POST", LIST, "", "{}", true,
        Map.of("X-Domain-Id", HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID, "User-Agent", "huaweicloud-usdk-java/3.0"));
    assertThat(a.status()).isEqualTo(200);
  }

  @Test
  void anXDomainIdIsOptionalButWhenSentMustBeThePartnersAccount() {
    assertThat(wire.post(LIST, "{}").status()).as("without X-Domain-Id (spec section 1: optional)").isEqualTo(200);
    Wire.Answer other = wire.send("POST", LIST, "", "{}", true,
        Map.of("X-Domain-Id", "d9999999999999999999999999999999", "User-Agent", "huaweicloud-usdk-java/3.0"));
    assertThat(other.status()).isEqualTo(401);
    assertThat(other.errorCode()).isEqualTo("APIGW.0301");
    HuaweiFrontDoor own = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(clock).accessKey("PARTNERAK", "partner-sk")
        .partnerDomainId("d1234567890abcdef1234567890abcde").build();
    try (own) {
      Wire.Answer ok = new Wire(own, clock).keys("PARTNERAK", "partner-sk").send("POST", LIST, "", "{}", true,
          Map.of("X-Domain-Id", "d1234567890abcdef1234567890abcde"));
      assertThat(ok.status()).as("the domain id the front door was given").isEqualTo(200);
    }
  }

  @Test
  void aQueryStringIsPartOfTheSignature() {
    HuaweiFrontDoor intl = HuaweiFrontDoor.builder().site(HuaweiSite.INTERNATIONAL).clock(clock).build();
    try (intl) {
      Wire.Answer a = new Wire(intl, clock).get("/v2/bills/partner-bills/postpaid-bill-summary", "bill_cycle=2026-10");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body().path("currency").asText()).isEqualTo("USD");
    }
  }

  @Test
  void aWrongSecretKeyIsApigw0301() {
    Wire.Answer a = wire.keys("PARTNERAK", "not-the-secret").post(LIST, "{}");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.errorCode()).isEqualTo("APIGW.0301");
  }

  @Test
  void fiveConsecutiveFailuresLockTheAccessKeyForFiveMinutes() {
    Wire bad = new Wire(door, clock).keys("PARTNERAK", "not-the-secret");
    for (int i = 0; i < 5; i++) {
      assertThat(bad.post(LIST, "{}").errorCode()).isEqualTo("APIGW.0301");
    }
    Wire.Answer locked = wire.post(LIST, "{}");
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.body().path("error_msg").asText()).contains("locked");
    clock.advance(Duration.ofMinutes(5));
    assertThat(wire.post(LIST, "{}").status()).isEqualTo(200);
  }

  @Test
  void aSuccessResetsTheFailureCount() {
    Wire bad = new Wire(door, clock).keys("PARTNERAK", "not-the-secret");
    for (int i = 0; i < 4; i++) {
      bad.post(LIST, "{}");
    }
    assertThat(wire.post(LIST, "{}").status()).isEqualTo(200);
    bad.post(LIST, "{}");
    assertThat(wire.post(LIST, "{}").status()).isEqualTo(200);
  }

  @Test
  void anUnknownAccessKeyIsApigw0301() {
    Wire.Answer a = wire.keys(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, HuaweiFrontDoor.DEFAULT_SECRET_KEY).post(LIST, "{}");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.errorCode()).isEqualTo("APIGW.0301");
  }

  @Test
  void aDateMoreThanFifteenMinutesOffIsApigw0303() {
    Wire late = new Wire(door, MutableClock.at("2026-11-22T22:38:00Z")).keys("PARTNERAK", "partner-sk");
    Wire.Answer a = late.post(LIST, "{}");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.errorCode()).isEqualTo("APIGW.0303");
    Wire withinSkew = new Wire(door, MutableClock.at("2026-11-22T22:40:00Z")).keys("PARTNERAK", "partner-sk");
    assertThat(withinSkew.post(LIST, "{}").status()).isEqualTo(200);
  }

  @Test
  void noCredentialsAtAllIsApigw0301() {
    Wire.Answer a = wire.send("POST", LIST, "", "{}", false, Map.of());
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.errorCode()).isEqualTo("APIGW.0301");
    assertThat(a.body().path("error_msg").asText()).contains("x-auth-token not found");
  }

  @Test
  void aTokenIsIssuedUsedAndExpiresAfter24Hours() {
    Wire.Answer issued = wire.send("POST", "/v3/auth/tokens", "", tokenRequest(HuaweiFrontDoor.DEFAULT_IAM_PASSWORD).toString(), false, Map.of());
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.header("X-Subject-Token").orElseThrow();
    assertThat(issued.body().path("token").path("expires_at").asText())
        .isEqualTo(Instant.parse("2026-11-22T22:54:17Z").plus(Duration.ofHours(24)).toString());
    assertThat(issued.body().path("token").path("domain").path("name").asText()).isEqualTo(HuaweiFrontDoor.DEFAULT_DOMAIN_NAME);

    Wire withToken = new Wire(door, clock).token(token);
    assertThat(withToken.post(LIST, "{}").status()).isEqualTo(200);

    clock.advance(Duration.ofHours(24));
    Wire.Answer expired = withToken.post(LIST, "{}");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.errorCode()).isEqualTo("CBC.0154");
  }

  @Test
  void aWrongPasswordGetsNoToken() {
    Wire.Answer a = wire.send("POST", "/v3/auth/tokens", "", tokenRequest("wrong-password").toString(), false, Map.of());
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.header("X-Subject-Token")).isEmpty();
  }

  @Test
  void anUnknownTokenIsApigw0301() {
    Wire.Answer a = new Wire(door, clock).token("MIIforged").post(LIST, "{}");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.errorCode()).isEqualTo("APIGW.0301");
  }

  @Test
  void theSdksDomainLookupAnswersThePartnerAccountToSignedCallsOnly() {
    Wire.Answer a = wire.get("/v3/auth/domains", "");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().path("domains").get(0).path("id").asText()).isEqualTo(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID);
    assertThat(wire.send("GET", "/v3/auth/domains", "", "", false, Map.of()).status()).isEqualTo(401);
  }

  static ObjectNode tokenRequest(String password) {
    ObjectNode root = Wire.json();
    ObjectNode auth = root.putObject("auth");
    ObjectNode identity = auth.putObject("identity");
    identity.putArray("methods").add("password");
    ObjectNode user = identity.putObject("password").putObject("user");
    user.put("name", HuaweiFrontDoor.DEFAULT_IAM_USER).put("password", password);
    user.putObject("domain").put("name", HuaweiFrontDoor.DEFAULT_DOMAIN_NAME);
    auth.putObject("scope").putObject("domain").put("name", HuaweiFrontDoor.DEFAULT_DOMAIN_NAME);
    return root;
  }
}
