package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Huawei CreateSubCustomer by example, starting from the request of the seed page (003). */
class HuaweiRegistrationTest {

  /** The seed page's example request, as is: its values are masked with {@code *}. */
  static final HuaweiRegistrationForm SEED =
      HuaweiRegistrationForm.builder()
          .accountName("test")
          .mobile("188****8888")
          .verificationCode("253***")
          .xaccountId("35rey****")
          .xaccountType("***_IDP")
          .password("*******")
          .closeMarketingMessages(true)
          .indirectResellerId("a0d736********aab6502d1a828c1809")
          .build();

  /** The seed request with plausible unmasked values. */
  static final HuaweiRegistrationForm SEED_UNMASKED =
      SEED.toBuilder()
          .accountName("test01")
          .mobile("18888888888")
          .verificationCode("253123")
          .xaccountId("35rey0001")
          .xaccountType("ACME_IDP")
          .password("Test@2024x")
          .indirectResellerId("a0d736359ada40aab6502d1a828c1809")
          .build();

  /** An International registration: email, its code and an area instead of a mobile. */
  static final HuaweiRegistrationForm INTERNATIONAL =
      HuaweiRegistrationForm.builder()
          .xaccountId("35rey0002")
          .xaccountType("ACME_IDP")
          .accountName("acme-mx")
          .password("Test@2024x")
          .mail("ana@example.mx")
          .verificationCode("253123")
          .area("MX")
          .build();

  private static java.util.List<org.assertj.core.groups.Tuple> codesAndFields(Validation<Seq<Violation>, ?> v) {
    return Checks.errors(v).map(x -> tuple(x.code(), x.field())).toJavaList();
  }

  @Test
  void the_seed_example_as_is_breaks_the_length_of_test_and_the_masked_values() {
    var result = HuaweiRegistration.validate(SEED, HuaweiSite.CHINA);

    assertThat(codesAndFields(result))
        .containsExactly(
            tuple(ViolationCode.LENGTH, "accountName"), // "test": 4 characters, at least 5
            tuple(ViolationCode.LENGTH, "password"), // "*******": 7 characters, at least 8
            tuple(ViolationCode.PASSWORD_TOO_WEAK, "password"), // and only special characters
            tuple(ViolationCode.FORMAT, "mobile"), // "188****8888"
            tuple(ViolationCode.FORMAT, "verificationCode")); // "253***"
  }

  @Test
  void the_seed_account_name_test_is_too_short() {
    assertThat(codesAndFields(HuaweiAccountName.parse("test"))).containsExactly(tuple(ViolationCode.LENGTH, "accountName"));
  }

  @Test
  void the_unmasked_seed_example_is_accepted_on_china() {
    HuaweiRegistration r = HuaweiRegistration.validate(SEED_UNMASKED, HuaweiSite.CHINA).get();

    assertThat(r.site()).isEqualTo(HuaweiSite.CHINA);
    assertThat(r.accountName().get().value()).isEqualTo("test01");
    assertThat(r.mobile().get().digits()).isEqualTo("18888888888");
    assertThat(r.verificationCode().get()).isEqualTo(VerificationCode.of("253123"));
    assertThat(r.password().get().reveal()).isEqualTo("Test@2024x");
    assertThat(r.indirectResellerId().get()).isEqualTo("a0d736359ada40aab6502d1a828c1809");
    assertThat(r.closeMarketingMessages()).isTrue();
    assertThat(r.mail().isEmpty()).isTrue();
    assertThat(r.area().isEmpty()).isTrue();
  }

  @Test
  void only_xaccount_id_and_type_are_required() {
    var minimal = HuaweiRegistrationForm.builder().xaccountId("x-1").xaccountType("plat").build();
    HuaweiRegistration r = HuaweiRegistration.validate(minimal, HuaweiSite.CHINA).get();
    assertThat(r.accountName().isEmpty()).isTrue(); // Huawei generates one
    assertThat(r.password().isEmpty()).isTrue(); // SSO only

    assertThat(codesAndFields(HuaweiRegistration.validate(HuaweiRegistrationForm.builder().build(), HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.REQUIRED, "xaccountId"), tuple(ViolationCode.REQUIRED, "xaccountType"));
  }

  @Test
  void an_empty_password_is_required_to_be_absent_or_real() {
    assertThat(codesAndFields(HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().password("").build(), HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.REQUIRED, "password"));
  }

  @Test
  void the_password_must_not_be_the_account_name_reversed_nor_contain_the_mobile() {
    var reversed = SEED_UNMASKED.toBuilder().accountName("Acme_Cloud").password("duolC_emcA").build();
    assertThat(codesAndFields(HuaweiRegistration.validate(reversed, HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.PASSWORD_MATCHES_ACCOUNT_NAME, "password"));

    var same = SEED_UNMASKED.toBuilder().accountName("Acme_Cloud").password("Acme_Cloud").build();
    assertThat(codesAndFields(HuaweiRegistration.validate(same, HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.PASSWORD_MATCHES_ACCOUNT_NAME, "password"));

    var withMobile = SEED_UNMASKED.toBuilder().password("Pw18888888888").build();
    assertThat(codesAndFields(HuaweiRegistration.validate(withMobile, HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.PASSWORD_CONTAINS_CONTACT, "password"));
  }

  @Test
  void reserved_prefixes_and_all_digit_account_names_are_refused() {
    assertThat(codesAndFields(HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().accountName("op_acme").build(), HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX, "accountName"));
    assertThat(codesAndFields(HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().accountName("shadow_acme").build(), HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX, "accountName"));
    assertThat(codesAndFields(HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().accountName("2024123").build(), HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.ACCOUNT_NAME_ONLY_DIGITS, "accountName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"8618888888888", "008618888888888", "018888888888", "2125550123", "85298765432", "1888888888"})
  void china_takes_only_an_11_digit_mainland_mobile(String mobile) {
    var result = HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().mobile(mobile).build(), HuaweiSite.CHINA);

    assertThat(codesAndFields(result)).containsExactly(tuple(ViolationCode.PHONE_NOT_MAINLAND_CHINA_MOBILE, "mobile"));
  }

  /** Seed 003 line 15: "如果手机号不存在,则不需要输入验证码" (without a mobile, no code is needed): one given is ignored. */
  @Test
  void china_a_mobile_needs_its_code_and_a_code_without_a_mobile_is_ignored() {
    assertThat(codesAndFields(HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().verificationCode(null).build(), HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.REQUIRED, "verificationCode"));
    HuaweiRegistration withoutMobile =
        HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().mobile(null).build(), HuaweiSite.CHINA).get();
    assertThat(withoutMobile.verificationCode().isEmpty()).isTrue();
    HuaweiRegistration malformedCodeWithoutMobile =
        HuaweiRegistration.validate(SEED_UNMASKED.toBuilder().mobile(null).verificationCode("12").build(), HuaweiSite.CHINA).get();
    assertThat(malformedCodeWithoutMobile.verificationCode().isEmpty()).isTrue();
  }

  @Test
  void china_refuses_an_email_and_an_area_and_an_email_is_not_what_the_code_verifies() {
    var withMail = SEED_UNMASKED.toBuilder().mail("ana@example.cn").area("CN").build();
    assertThat(codesAndFields(HuaweiRegistration.validate(withMail, HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.NOT_ALLOWED, "email"), tuple(ViolationCode.NOT_ALLOWED, "area"));

    var mailInsteadOfMobile = SEED_UNMASKED.toBuilder().mobile(null).mail("ana@example.cn").build();
    assertThat(codesAndFields(HuaweiRegistration.validate(mailInsteadOfMobile, HuaweiSite.CHINA)))
        .containsExactly(tuple(ViolationCode.NOT_ALLOWED, "email"));
  }

  @Test
  void international_takes_an_email_its_code_and_a_required_area() {
    HuaweiRegistration r = HuaweiRegistration.validate(INTERNATIONAL, HuaweiSite.INTERNATIONAL).get();
    assertThat(r.mail().get().value()).isEqualTo("ana@example.mx");
    assertThat(r.area().get().code()).isEqualTo("MX");

    assertThat(codesAndFields(HuaweiRegistration.validate(INTERNATIONAL.toBuilder().area(null).build(), HuaweiSite.INTERNATIONAL)))
        .containsExactly(tuple(ViolationCode.REQUIRED, "area"));
    assertThat(codesAndFields(HuaweiRegistration.validate(INTERNATIONAL.toBuilder().verificationCode(null).build(), HuaweiSite.INTERNATIONAL)))
        .containsExactly(tuple(ViolationCode.REQUIRED, "verificationCode"));
    assertThat(HuaweiRegistration.validate(INTERNATIONAL.toBuilder().mail(null).build(), HuaweiSite.INTERNATIONAL).get()
        .verificationCode().isEmpty()).isTrue();
    assertThat(codesAndFields(HuaweiRegistration.validate(INTERNATIONAL.toBuilder().password("Pana@example.mx").build(), HuaweiSite.INTERNATIONAL)))
        .containsExactly(tuple(ViolationCode.PASSWORD_CONTAINS_CONTACT, "password"));
  }

  @Test
  void international_refuses_a_mobile_and_says_only_that() {
    // a foreign number, no email and no code: the mobile is not allowed; it is neither checked as a China mobile nor
    // something a verification code is asked for
    var withMobile =
        INTERNATIONAL.toBuilder().mail(null).verificationCode(null).mobile("2125550123").build();

    assertThat(HuaweiRegistration.validate(withMobile, HuaweiSite.INTERNATIONAL).getError().map(Violation::toString))
        .containsExactly("mobile: is not accepted by Huawei Cloud International; give an email address instead [not_allowed]");
  }

  @Test
  void text_never_shows_the_password_or_the_code() {
    var form = SEED_UNMASKED.toBuilder().password("Kp9#hidden").verificationCode("774411").build();
    var reversed = form.toBuilder().accountName("Acme_Cloud").password("duolC_emcA").build();

    String shown =
        form + " " + HuaweiRegistration.validate(form, HuaweiSite.CHINA).get() + " " + reversed + " "
            + HuaweiRegistration.validate(reversed, HuaweiSite.CHINA).getError().mkString(" ");

    assertThat(shown)
        .doesNotContain("Kp9#hidden")
        .doesNotContain("duolC_emcA")
        .doesNotContain("774411")
        .contains("password=******")
        .contains("verificationCode=******");
  }
}
