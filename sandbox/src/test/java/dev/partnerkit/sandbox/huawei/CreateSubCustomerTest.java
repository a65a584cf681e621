package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CreateSubCustomer's rules, one by one, on both sites, plus SendVerificationMessageCode and CheckUserIdentity. */
class CreateSubCustomerTest {
  private static final String MOBILE = "13800138000";
  private static final String EMAIL = "buyer@example.mx";

  private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");
  private HuaweiFrontDoor door;

  private Partner partner(HuaweiSite site) {
    door = HuaweiFrontDoor.builder().site(site).clock(clock).rateLimitScale(100).build();
    return new Partner(door, new Wire(door, clock));
  }

  @AfterEach
  void stop() {
    door.close();
  }

  private static void assertError(Wire.Answer a, int status, String code) {
    assertThat(a.status()).as("%s", a.body()).isEqualTo(status);
    assertThat(a.errorCode()).as("%s", a.body()).isEqualTo(code);
    assertThat(a.body().path("error_msg").asText()).isNotBlank();
  }

  @Test
  void chinaRegistersWithAMobileAndItsCode() {
    Partner p = partner(HuaweiSite.CHINA);
    String code = p.code(MOBILE);
    assertThat(code).matches("\\d{6}");
    Wire.Answer a = p.create(p.registration("user-1").put("domain_name", "acme_cloud01").put("mobile_phone", MOBILE)
        .put("verification_code", code).put("password", "Secret#2026x"));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().path("domain_id").asText()).matches("[0-9a-f]{32}");
    assertThat(a.body().path("domain_name").asText()).isEqualTo("acme_cloud01");
    assertThat(door.control().customers()).singleElement().satisfies(c -> {
      assertThat(c.customerId()).isEqualTo(a.body().path("domain_id").asText());
      assertThat(c.mobile()).contains(MOBILE);
      assertThat(c.associatedOn()).contains(clock.instant());
    });
    assertThat(door.control().lastVerificationCode(MOBILE)).as("a code is used up").isEmpty();
  }

  @Test
  void bothSitesRunSideBySideEachWithItsOwnCustomersAndRules() {
    Partner china = partner(HuaweiSite.CHINA);
    try (HuaweiFrontDoor intlDoor = HuaweiFrontDoor.builder().site(HuaweiSite.INTERNATIONAL).clock(clock).build()) {
      Partner intl = new Partner(intlDoor, new Wire(intlDoor, clock));
      china.createCustomer("user-1", "acme_cloud01");
      assertThat(intl.list(Wire.json()).body().path("count").asInt()).isZero();
      assertError(intl.create(Wire.json().put("xaccount_id", "user-1").put("xaccount_type", "sandbox_IDP")), 400, "CBC.0100");
      intl.createCustomer("user-1", "acme_cloud01");
      assertThat(intlDoor.control().customers()).singleElement().satisfies(c -> assertThat(c.accountName()).isEqualTo("acme_cloud01"));
      assertThat(china.list(Wire.json()).body().path("customer_infos").get(0).path("association_type").asText()).isEqualTo("2");
      assertThat(intl.list(Wire.json()).body().path("customer_infos").get(0).path("association_type").asText()).isEqualTo("3");
    }
  }

  @Test
  void withoutANameHuaweiGeneratesA32CharacterOne() {
    Partner p = partner(HuaweiSite.CHINA);
    Wire.Answer a = p.create(p.registration("user-1"));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().path("domain_name").asText()).hasSize(32).matches("[a-z][0-9a-z]{31}");
  }

  @Test
  void internationalRegistersWithAnEmailItsCodeAndAnArea() {
    Partner p = partner(HuaweiSite.INTERNATIONAL);
    String code = p.code(EMAIL);
    Wire.Answer a = p.create(p.registration("user-1").put("email", EMAIL).put("verification_code", code));
    assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
    assertThat(door.control().customers()).singleElement().satisfies(c -> assertThat(c.email()).contains(EMAIL));
  }

  @Test
  void internationalRequiresTheArea() {
    Partner p = partner(HuaweiSite.INTERNATIONAL);
    ObjectNode body = p.registration("user-1");
    body.remove("domain_area");
    assertError(p.create(body), 400, "CBC.0100");
  }

  @Test
  void missingXaccountIdOrTypeIsCbc0100() {
    Partner p = partner(HuaweiSite.CHINA);
    assertError(p.create(Wire.json().put("xaccount_type", "sandbox_IDP")), 400, "CBC.0100");
    assertError(p.create(Wire.json().put("xaccount_id", "user-1")), 400, "CBC.0100");
    assertThat(door.control().customers()).isEmpty();
  }

  @Test
  void aDuplicateXaccountIdIsCbc99000039() {
    Partner p = partner(HuaweiSite.CHINA);
    p.createCustomer("user-1", "first_name");
    assertError(p.create(p.registration("user-1").put("domain_name", "second_name")), 400, "CBC.99000039");
    assertThat(door.control().customers()).hasSize(1);
  }

  @Test
  void aTakenNameIsCbc99000038() {
    Partner p = partner(HuaweiSite.CHINA);
    p.createCustomer("user-1", "acme_cloud01");
    assertError(p.create(p.registration("user-2").put("domain_name", "ACME_cloud01")), 400, "CBC.99000038");
  }

  @Test
  void aBadNameIsCbc99000031() {
    Partner p = partner(HuaweiSite.CHINA);
    assertError(p.create(p.registration("user-1").put("domain_name", "op_reserved")), 400, "CBC.99000031");
    assertError(p.create(p.registration("user-1").put("domain_name", "1234567")), 400, "CBC.99000031");
    assertError(p.create(p.registration("user-1").put("domain_name", "abc")), 400, "CBC.99000031");
  }

  @Test
  void aMobileOutsideMainlandChinaIsCbc5017() {
    Partner p = partner(HuaweiSite.CHINA);
    assertError(p.create(p.registration("user-1").put("mobile_phone", "85291234567").put("verification_code", "123456")), 400, "CBC.5017");
    assertError(p.create(p.registration("user-1").put("mobile_phone", "8613800138000").put("verification_code", "123456")), 400, "CBC.5017");
  }

  @Test
  void aWeakPasswordIsCbc99000036() {
    Partner p = partner(HuaweiSite.CHINA);
    assertError(p.create(p.registration("user-1").put("password", "abcdefgh")), 400, "CBC.99000036");
    assertError(p.create(p.registration("user-1").put("domain_name", "acme_cloud01").put("password", "10duolc_emca")), 400, "CBC.99000036");
    assertError(p.create(p.registration("user-1").put("password", "")), 400, "CBC.99000036");
  }

  @Test
  void aWrongCodeIsCbc99004010AndTheRightOneStillWorks() {
    Partner p = partner(HuaweiSite.CHINA);
    String code = p.code(MOBILE);
    String wrong = code.equals("000000") ? "000001" : "000000";
    assertError(p.create(p.registration("user-1").put("mobile_phone", MOBILE).put("verification_code", wrong)), 400, "CBC.99004010");
    assertThat(p.create(p.registration("user-1").put("mobile_phone", MOBILE).put("verification_code", code)).status()).isEqualTo(200);
  }

  @Test
  void moreThanThreeFailedChecksIsCbc99004009EvenWithTheRightCode() {
    Partner p = partner(HuaweiSite.CHINA);
    String code = p.code(MOBILE);
    String wrong = code.equals("000000") ? "000001" : "000000";
    for (int i = 0; i < 4; i++) {
      assertError(p.create(p.registration("user-1").put("mobile_phone", MOBILE).put("verification_code", wrong)), 400, "CBC.99004010");
    }
    assertError(p.create(p.registration("user-1").put("mobile_phone", MOBILE).put("verification_code", code)), 400, "CBC.99004009");
    assertThat(door.control().customers()).isEmpty();
  }

  @Test
  void aCodeNeverSentIsWrong() {
    Partner p = partner(HuaweiSite.INTERNATIONAL);
    assertError(p.create(p.registration("user-1").put("email", EMAIL).put("verification_code", "123456")), 400, "CBC.99004010");
  }

  @Test
  void anExpiredCodeIsCbc99004008() {
    Partner p = partner(HuaweiSite.CHINA);
    String code = p.code(MOBILE);
    clock.advance(Duration.ofMinutes(10));
    assertError(p.create(p.registration("user-1").put("mobile_phone", MOBILE).put("verification_code", code)), 400, "CBC.99004008");
  }

  @Test
  void aTimeoutOverSixtyMinutesIsForcedToFive() {
    Partner p = partner(HuaweiSite.CHINA);
    Wire.Answer sent = p.wire.post(Partner.SEND_CODE, Wire.json().put("receiver_type", 1).put("mobile_phone", MOBILE).put("timeout", 90));
    assertThat(sent.status()).isEqualTo(204);
    String code = door.control().lastVerificationCode(MOBILE).orElseThrow();
    clock.advance(Duration.ofMinutes(5));
    assertError(p.create(p.registration("user-1").put("mobile_phone", MOBILE).put("verification_code", code)), 400, "CBC.99004008");
  }

  @Test
  void aMobileWithoutCodeOrAnEmptyCodeIsCbc0100() {
    Partner p = partner(HuaweiSite.CHINA);
    assertError(p.create(p.registration("user-1").put("mobile_phone", MOBILE)), 400, "CBC.0100");
    assertError(p.create(p.registration("user-1").put("mobile_phone", MOBILE).put("verification_code", "")), 400, "CBC.0100");
  }

  /** Seed 003 line 15: "如果手机号不存在,则不需要输入验证码" (no mobile, no code needed); a code without one is not processed. */
  @Test
  void aCodeWithoutAMobileIsIgnored() {
    Partner p = partner(HuaweiSite.CHINA);
    assertThat(p.create(p.registration("user-1").put("verification_code", "123456")).status()).isEqualTo(200);
    assertThat(p.create(p.registration("user-2").put("verification_code", "12")).status()).isEqualTo(200);
    assertThat(door.control().customers()).hasSize(2);
  }

  @Test
  void sendingACodeChecksTheReceiver() {
    Partner p = partner(HuaweiSite.CHINA);
    assertError(p.wire.post(Partner.SEND_CODE, Wire.json().put("receiver_type", 2).put("email", EMAIL)), 400, "CBC.0100");
    assertError(p.wire.post(Partner.SEND_CODE, Wire.json().put("receiver_type", 1).put("mobile_phone", "12345")), 400, "CBC.0100");
    assertThat(door.control().lastVerificationCode("12345")).isEmpty();
  }

  @Test
  void checkUserIdentityReportsTakenNamesMobilesAndEmails() {
    Partner p = partner(HuaweiSite.CHINA);
    String check = "/v2/partners/sub-customers/users/check-identity";
    Wire.Answer free = p.wire.post(check, Wire.json().put("search_type", "name").put("search_value", "acme_cloud01"));
    assertThat(free.status()).isEqualTo(200);
    assertThat(free.body().path("error_code").asText()).isEqualTo("CBC.0000");
    assertThat(free.body().path("check_result").asText()).isEqualTo("available");

    String code = p.code(MOBILE);
    p.create(p.registration("user-1").put("domain_name", "acme_cloud01").put("mobile_phone", MOBILE).put("verification_code", code));

    assertThat(p.wire.post(check, Wire.json().put("search_type", "name").put("search_value", "acme_cloud01")).body()
        .path("check_result").asText()).isEqualTo("used_by_user");
    Wire.Answer mobile = p.wire.post(check, Wire.json().put("search_type", "mobile").put("search_value", "0086-" + MOBILE));
    assertThat(mobile.body().path("check_result").asText()).isEqualTo("used_by_user");
    assertThat(mobile.body().path("mobile_remain_available_num").isInt()).isTrue();
    assertThat(mobile.body().path("mobile_remain_available_num").asInt()).isEqualTo(CreateSubCustomer.REGISTRATIONS_PER_MOBILE - 1);
    assertError(p.wire.post(check, Wire.json().put("search_type", "mobile").put("search_value", MOBILE)), 400, "CBC.0100");
  }
}
