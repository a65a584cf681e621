package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Onboarding on the vendor's rules (seed 000): codes, CreateAccount's checks, the per-phone quota, lookups and remarks. */
class CustomerFlowTest {

  Harness h;

  @BeforeEach
  void start() {
    h = Harness.unlimited();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aCustomerIsCreatedWithTheCodeTheSmsCarriedAndCanBeReadBack() {
    String phone = h.newPhone();
    String code = h.sendCode(phone);
    assertThat(code).matches("\\d{6}");
    assertThat(h.tencent.lastVerificationCode("+852", phone.substring(0, 4) + " " + phone.substring(4))).contains(code);
    assertThat(h.tencent.lastVerificationCode("853", phone)).isEmpty();
    JsonNode created = h.ok("CreateAccount", Harness.account("first@example.com", phone, code));
    String uin = created.get("Uin").asText();
    assertThat(created.get("Uin").isTextual()).isTrue();
    assertThat(uin).matches("\\d{12}");
    assertThat(h.tencent.accountCount()).isEqualTo(1);
    assertThat(h.tencent.customer(uin)).hasValueSatisfying(c -> {
      assertThat(c.mail()).isEqualTo("first@example.com");
      assertThat(c.countryCode()).isEqualTo("852");
      assertThat(c.area()).isEqualTo("HK");
      assertThat(c.accountType()).isEqualTo("company");
    });

    JsonNode uins = h.ok("DescribeCustomerUin", "{\"Page\":1,\"PageSize\":10}");
    assertThat(uins.get("Total").asText()).isEqualTo("1");
    assertThat(uins.get("Data").get(0).get("CustomerUin").asText()).isEqualTo(uin);
    JsonNode info = h.ok("DescribeCustomerInfo", "{\"CustomerUin\":[" + uin + ",999999999999]}");
    assertThat(info.get("Data")).hasSize(1);
    assertThat(info.get("Data").get(0).get("Email").asText()).isEqualTo("first@example.com");
    assertThat(info.get("Data").get(0).get("Name").asText()).isEqualTo("Example Trading Ltd");

    String status = "{\"ClientUin\":" + uin + "}";
    assertThat(h.ok("QueryAccountVerificationStatus", status).get("AccountStatus").asBoolean()).isFalse();
    assertThat(h.tencent.setIdentityVerified(uin, true)).isTrue();
    assertThat(h.ok("QueryAccountVerificationStatus", status).get("AccountStatus").asBoolean()).isTrue();
    assertThat(code(h.call("QueryAccountVerificationStatus", "{\"ClientUin\":1}"))).isEqualTo("FailedOperation.UinInvalid");
  }

  @Test
  void aWrongCodeCreatesNothing() {
    String phone = h.newPhone();
    String code = h.sendCode(phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    assertThat(code(h.call("CreateAccount", Harness.account("x@example.com", phone, wrong))))
        .isEqualTo("FailedOperation.VerificationCodeIllegal");
    assertThat(code(h.call("CreateAccount", Harness.account("x@example.com", h.newPhone(), code))))
        .as("a code sent to another phone").isEqualTo("FailedOperation.VerificationCodeIllegal");
    assertThat(h.tencent.accountCount()).isZero();
  }

  @Test
  void aPhoneHoldsAtMostFiveAccounts() {
    String phone = h.newPhone();
    String code = h.sendCode(phone);
    for (int i = 1; i <= 5; i++) {
      h.ok("CreateAccount", Harness.account("owner" + i + "@example.com", phone, code));
    }
    assertThat(code(h.call("CreateAccount", Harness.account("owner6@example.com", phone, code))))
        .isEqualTo("FailedOperation.PhoneBindUpper");
    assertThat(h.tencent.accountCount()).isEqualTo(5);
    h.advance(Duration.ofSeconds(61));
    assertThat(code(h.call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"" + phone + "\"}")))
        .isEqualTo("FailedOperation.PhoneBindUpper");
  }

  @Test
  void theQuotaHoldsUnderConcurrentCreates() throws Exception {
    String phone = h.newPhone();
    String code = h.sendCode(phone);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String body = Harness.account("concurrent" + i + "@example.com", phone, code);
        outcomes.add(pool.submit(() -> String.valueOf(code(h.call("CreateAccount", body)))));
      }
      List<String> codes = new ArrayList<>();
      for (var f : outcomes) {
        codes.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(codes).filteredOn("null"::equals).hasSize(5);
      assertThat(codes).filteredOn(c -> !c.equals("null")).containsOnly("FailedOperation.PhoneBindUpper");
      assertThat(h.tencent.accountCount()).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMailIsRegisteredOnce() {
    h.createCustomer("Same@Example.com");
    String phone = h.newPhone();
    assertThat(code(h.call("CreateAccount", Harness.account("same@example.com", phone, h.sendCode(phone)))))
        .isEqualTo("FailedOperation.MailIsRegistered");
    assertThat(h.tencent.accountCount()).isEqualTo(1);
  }

  @Test
  void codesAreSentAtMostOncePerMinutePerPhone() {
    String phone = h.newPhone();
    h.sendCode(phone);
    String again = "{\"CountryCode\":\"852\",\"PhoneNum\":\"" + phone + "\"}";
    h.advance(Duration.ofSeconds(59));
    assertThat(code(h.call("SendVerifyCode", again))).isEqualTo("FailedOperation.SendVerifyCodeLimit60");
    h.advance(Duration.ofSeconds(1));
    assertThat(code(h.call("SendVerifyCode", again))).isNull();
  }

  @ParameterizedTest(name = "SendVerifyCode {0}/{1} -> {2}")
  @MethodSource("refusedCodes")
  void sendVerifyCodeRefuses(String countryCode, String phone, String expected) {
    assertThat(code(h.call("SendVerifyCode", "{\"CountryCode\":\"" + countryCode + "\",\"PhoneNum\":\"" + phone + "\"}")))
        .isEqualTo(expected);
    assertThat(h.tencent.lastVerificationCode(countryCode, phone)).isEmpty();
  }

  static Stream<Arguments> refusedCodes() {
    return Stream.of(
        Arguments.of("86", "13800000000", "InvalidParameterValue.UnSupportArea"),
        Arguments.of("7", "9161234567", "InvalidParameterValue.UnSupportArea"),
        Arguments.of("380", "501234567", "InvalidParameterValue.UnSupportArea"),
        Arguments.of("999", "61234567", "InvalidParameterValue"),
        Arguments.of("852", "6123-abc", "InvalidParameterValue"));
  }

  /** CreateAccount refusals: one field changed from a valid request, and the code Tencent answers. */
  static Stream<Arguments> refusedAccounts() {
    return Stream.of(
        Arguments.of("AccountType", "\"business\"", "InvalidParameter.AccountTypeContentIncorrect"),
        Arguments.of("AccountType", "\"\"", "InvalidParameterValue.AccountTypeEmpty"),
        Arguments.of("Mail", "\"not-a-mail\"", "InvalidParameter.MailFormatIncorrect"),
        Arguments.of("Mail", "\" \"", "InvalidParameterValue.MailEmpty"),
        Arguments.of("Mail", null, "InvalidParameterValue.MailEmpty"),
        Arguments.of("Password", "\"short1!\"", "InvalidParameter.PasswordFormatIncorrect"),
        // seed 000 line 99: "A password must contain numbers, letters, and symbols (!@#$%^&*()). Space is not allowed."
        Arguments.of("Password", "\"NoSymbols123\"", "InvalidParameter.PasswordContentIncorrect"),
        Arguments.of("Password", "\"Other-symbol1\"", "InvalidParameter.PasswordFormatIncorrect"),
        Arguments.of("Password", "\"With space1!\"", "InvalidParameter.PasswordFormatIncorrect"),
        Arguments.of("Password", null, "InvalidParameterValue.PasswordEmpty"),
        Arguments.of("ConfirmPassword", "\"Sandbox1!other\"", "InvalidParameter.ConfirmPasswordContentIncorrect"),
        Arguments.of("ConfirmPassword", null, "MissingParameter"),
        Arguments.of("PhoneNum", "\"12ab\"", "InvalidParameter.PhoneNumFormatIncorrect"),
        Arguments.of("PhoneNum", "\"\"", "InvalidParameterValue.PhoneNumEmpty"),
        Arguments.of("CountryCode", "\"86\"", "InvalidParameterValue.UnSupportArea"),
        Arguments.of("CountryCode", "\"8a\"", "InvalidParameter.CountryCodeFormatIncorrect"),
        Arguments.of("CountryCode", "\"999\"", "InvalidParameter.CountryCodeContentIncorrect"),
        // seed 000 line 106: Area "should correspond to the CountryCode field": a mismatch is the Area's error
        Arguments.of("CountryCode", "\"65\"", "InvalidParameter.AreaContentIncorrect"),
        Arguments.of("CountryCode", null, "InvalidParameterValue.CountryCodeEmpty"),
        Arguments.of("Area", "\"SG\"", "InvalidParameter.AreaContentIncorrect"),
        Arguments.of("Area", "\"CN\"", "InvalidParameter.AreaContentIncorrect"),
        Arguments.of("Area", "\"H1\"", "InvalidParameter.AreaFormatIncorrect"),
        Arguments.of("Area", "\"XX\"", "InvalidParameter.AreaContentIncorrect"),
        Arguments.of("Area", "\"\"", "InvalidParameterValue.AreaEmpty"),
        Arguments.of("VerifyCode", "\"12345\"", "FailedOperation.VerificationCodeIllegal"),
        Arguments.of("VerifyCode", null, "MissingParameter"),
        Arguments.of("TradeTwo", "\"kghy_0201\"", "FailedOperation.TradeInfoIncorrect"),
        Arguments.of("TradeOne", "\"kghy_99\"", "FailedOperation.TradeInfoIncorrect"),
        Arguments.of("TradeOne", null, "InvalidParameterValue.TradeInfoEmpty"),
        Arguments.of("TradeTwo", "\"\"", "InvalidParameterValue.TradeInfoEmpty"),
        Arguments.of("CustomerName", "\"12345\"", "InvalidParameterValue"),
        Arguments.of("CustomerName", "\"Acme\\u0000Ltd\"", "InvalidParameterValue"),
        Arguments.of("Mail", "42", "InvalidParameter"));
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @MethodSource("refusedAccounts")
  void createAccountRefuses(String field, String json, String expected) throws Exception {
    String phone = h.newPhone();
    ObjectNode body = (ObjectNode) TencentTestClient.JSON.readTree(Harness.account("new@example.com", phone, h.sendCode(phone)));
    if (json == null) {
      body.remove(field);
    } else {
      body.set(field, TencentTestClient.JSON.readTree(json));
    }
    JsonNode r = h.call("CreateAccount", body.toString());
    assertThat(code(r)).isEqualTo(expected);
    assertThat(r.get("Error").get("Message").asText()).doesNotContain("Sandbox1!");
    assertThat(h.tencent.accountCount()).isZero();
  }

  @Test
  void customerUinsArePagedAndThePageIsChecked() {
    for (int i = 0; i < 3; i++) {
      h.createCustomer("paged" + i + "@example.com");
    }
    JsonNode second = h.ok("DescribeCustomerUin", "{\"Page\":2,\"PageSize\":2}");
    assertThat(second.get("Total").asText()).isEqualTo("3");
    assertThat(second.get("Data")).hasSize(1);
    assertThat(h.ok("DescribeCustomerUin", "{\"Page\":3,\"PageSize\":2}").get("Data")).isEmpty();
    assertThat(code(h.call("DescribeCustomerUin", "{\"Page\":0,\"PageSize\":2}"))).isEqualTo("InvalidParameter.Page");
    assertThat(code(h.call("DescribeCustomerUin", "{\"Page\":1,\"PageSize\":101}"))).isEqualTo("InvalidParameter.Page");
    assertThat(code(h.call("DescribeCustomerUin", "{\"Page\":1}"))).isEqualTo("MissingParameter");
  }

  @Test
  void remarksAreStoredAndShown() {
    long uin = h.createCustomer("remark@example.com");
    JsonNode r = h.ok("ModifyClientRemark", "{\"ClientUin\":\"" + uin + "\",\"Remark\":\"key account\"}");
    assertThat(r.get("ClientRemark").asText()).isEqualTo("key account");
    assertThat(h.tencent.customer(Long.toString(uin)).orElseThrow().remark()).isEqualTo("key account");
    assertThat(h.ok("DescribeCustomerInfo", "{\"CustomerUin\":[" + uin + "]}").get("Data").get(0).get("Mark").asText())
        .isEqualTo("key account");
    assertThat(code(h.call("ModifyClientRemark", "{\"ClientUin\":\"abc\",\"Remark\":\"x\"}")))
        .isEqualTo("InvalidParameterValue.InvalidUin");
    assertThat(code(h.call("ModifyClientRemark", "{\"ClientUin\":\"1\",\"Remark\":\"x\"}")))
        .isEqualTo("InvalidParameterValue.InvalidUin");
  }

  @Test
  void theTradeCatalogIsTheOneGetTradeConfigListShows() {
    JsonNode trades = h.ok("GetTradeConfigList", "{}").get("TradeList");
    JsonNode first = trades.get(1);
    String phone = h.newPhone();
    ObjectNode body;
    try {
      body = (ObjectNode) TencentTestClient.JSON.readTree(Harness.account("trade@example.com", phone, h.sendCode(phone)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    body.put("TradeOne", first.get("Id").asText()).put("TradeTwo", first.get("Children").get(0).get("Id").asText());
    assertThat(code(h.call("CreateAccount", body.toString()))).isNull();
  }
}
