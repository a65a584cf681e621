package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tencent CreateAccount by example, starting from the request of the seed page (000, "Input Example"). */
class TencentRegistrationTest {

  /** The seed page's example request, as is: note its AccountType and its ConfirmPassword. */
  static final TencentRegistrationForm SEED =
      TencentRegistrationForm.builder()
          .extended("for personal")
          .callingCode("852")
          .area("HK")
          .phoneNumber("18888888888")
          .accountType("business")
          .mail("account@qq.com")
          .password("ABCabc123!")
          .confirmPassword("ABCabc123")
          .verificationCode("364928")
          .tradeCategory("kghy_01", "kghy_0101")
          .build();

  /** The seed request with its two mistakes corrected. */
  static final TencentRegistrationForm SEED_FIXED =
      SEED.toBuilder().accountType("personal").confirmPassword("ABCabc123!").build();

  static final TradeCatalog CATALOG =
      TradeCatalog.of(
          List.of(
              new TradeCatalog.Industry("kghy_01", "Internet", List.of(
                  new TradeCatalog.SubIndustry("kghy_0101", "E-commerce"),
                  new TradeCatalog.SubIndustry("kghy_0102", "Games"))),
              new TradeCatalog.Industry("kghy_02", "Finance", List.of(
                  new TradeCatalog.SubIndustry("kghy_0201", "Banking")))));

  private static java.util.List<org.assertj.core.groups.Tuple> codesAndFields(Validation<Seq<Violation>, ?> v) {
    return Checks.errors(v).map(x -> tuple(x.code(), x.field())).toJavaList();
  }

  @Test
  void the_seed_example_has_a_mismatching_confirmation_and_an_account_type_that_is_not_personal_or_company() {
    var result = TencentRegistration.validate(SEED);

    assertThat(codesAndFields(result))
        .containsExactly(
            tuple(ViolationCode.NOT_ONE_OF, "accountType"),
            tuple(ViolationCode.PASSWORD_CONFIRMATION_MISMATCH, "confirmPassword"));
  }

  @Test
  void the_corrected_seed_example_is_accepted_with_its_values() {
    TencentRegistration r = TencentRegistration.validate(SEED_FIXED).get();

    assertThat(r.accountType()).isEqualTo(AccountType.PERSONAL);
    assertThat(r.callingCode()).isEqualTo(new CallingCode(852));
    assertThat(r.area()).isEqualTo(new Area("HK"));
    assertThat(r.phoneNumber().digits()).isEqualTo("18888888888");
    assertThat(r.mail()).isEqualTo(new Email("account@qq.com"));
    assertThat(r.password().reveal()).isEqualTo("ABCabc123!");
    assertThat(r.verificationCode()).isEqualTo(VerificationCode.of("364928"));
    assertThat(r.tradeCategory()).isEqualTo(new TradeCategory("kghy_01", "kghy_0101"));
    assertThat(r.customerName().isEmpty()).isTrue();
    assertThat(r.extended().get()).isEqualTo("for personal");
    assertThat(r.phone().get().digits()).isEqualTo("18888888888");
    assertThat(r.email().get().value()).isEqualTo("account@qq.com");
  }

  @Test
  void with_the_catalog_the_seed_trade_pair_exists_and_a_foreign_second_level_is_a_mismatch() {
    assertThat(TencentRegistration.validate(SEED_FIXED, CATALOG).isValid()).isTrue();

    var foreign = TencentRegistration.validate(SEED_FIXED.toBuilder().tradeCategory("kghy_01", "kghy_0201").build(), CATALOG);
    assertThat(codesAndFields(foreign)).containsExactly(tuple(ViolationCode.TRADE_CATEGORY_MISMATCH, "tradeCategory.secondLevel"));

    var unknown = TencentRegistration.validate(SEED_FIXED.toBuilder().tradeCategory("kghy_99", "kghy_9901").build(), CATALOG);
    assertThat(codesAndFields(unknown)).containsExactly(tuple(ViolationCode.NOT_ONE_OF, "tradeCategory.firstLevel"));

    // without a catalog only the shape is checked
    assertThat(TencentRegistration.validate(SEED_FIXED.toBuilder().tradeCategory("kghy_01", "kghy_0201").build()).isValid()).isTrue();
  }

  @Test
  void a_bad_registration_shows_every_violation_at_once_with_readable_messages() {
    TencentRegistrationForm bad =
        TencentRegistrationForm.builder()
            .accountType("business")
            .mail("account@qq")
            .password("abc 12")
            .confirmPassword("abc 123")
            .phoneNumber("1888888888a")
            .callingCode("86")
            .area("CN")
            .verificationCode("3649281")
            .tradeCategory("kghy-01", "")
            .customerName("20240101")
            .build();

    Seq<Violation> violations = TencentRegistration.validate(bad).getError();

    assertThat(violations.map(v -> tuple(v.code(), v.field())).toJavaList())
        .containsExactly(
            tuple(ViolationCode.NOT_ONE_OF, "accountType"),
            tuple(ViolationCode.EMAIL_INVALID, "email"),
            tuple(ViolationCode.LENGTH, "password"),
            tuple(ViolationCode.PASSWORD_TOO_WEAK, "password"),
            tuple(ViolationCode.PASSWORD_FORBIDDEN_CHARACTER, "password"),
            tuple(ViolationCode.PASSWORD_CONFIRMATION_MISMATCH, "confirmPassword"),
            tuple(ViolationCode.FORMAT, "phoneNumber"),
            tuple(ViolationCode.CALLING_CODE_BANNED, "callingCode"),
            tuple(ViolationCode.FORMAT, "verificationCode"),
            tuple(ViolationCode.FORMAT, "tradeCategory.firstLevel"),
            tuple(ViolationCode.REQUIRED, "tradeCategory.secondLevel"),
            tuple(ViolationCode.NAME_ONLY_DIGITS, "customerName"));
    assertThat(violations.map(Violation::toString).toJavaList())
        .contains(
            "accountType: must be personal or company [not_one_of]",
            "password: must be 8 to 20 characters [length]",
            "password: must contain letters, digits and symbols; missing one of !@#$%^&*() [password.too_weak]",
            "password: must use only letters, digits and the symbols !@#$%^&*() (no spaces) [password.forbidden_character]",
            "confirmPassword: must be the same as the password [password.confirmation_mismatch]",
            "callingCode: Tencent does not accept registrations with calling code +86 [calling_code.banned]",
            "verificationCode: must be exactly 6 digits [format]",
            "customerName: must not be only digits [name.only_digits]");
    assertThat(violations.map(Violation::message).mkString(" ")).doesNotContain("abc 12").doesNotContain("3649281");
  }

  @Test
  void an_empty_form_asks_for_every_required_field_and_nothing_else() {
    var result = TencentRegistration.validate(TencentRegistrationForm.builder().build());

    assertThat(codesAndFields(result))
        .containsExactly(
            tuple(ViolationCode.REQUIRED, "accountType"),
            tuple(ViolationCode.REQUIRED, "email"),
            tuple(ViolationCode.REQUIRED, "password"),
            tuple(ViolationCode.REQUIRED, "confirmPassword"),
            tuple(ViolationCode.REQUIRED, "phoneNumber"),
            tuple(ViolationCode.REQUIRED, "callingCode"),
            tuple(ViolationCode.REQUIRED, "area"),
            tuple(ViolationCode.REQUIRED, "verificationCode"),
            tuple(ViolationCode.REQUIRED, "tradeCategory.firstLevel"),
            tuple(ViolationCode.REQUIRED, "tradeCategory.secondLevel"));
  }

  @Test
  void a_missing_password_is_one_violation_not_also_a_confirmation_mismatch() {
    var result = TencentRegistration.validate(SEED_FIXED.toBuilder().password(null).build());

    assertThat(codesAndFields(result)).containsExactly(tuple(ViolationCode.REQUIRED, "password"));
  }

  @ParameterizedTest(name = "+{0} with {1}")
  @CsvSource({"86, CN", "7, RU", "7, KZ", "380, UA", "+86, cn"})
  void the_banned_calling_codes_are_refused_even_with_their_own_area(String code, String area) {
    var result = TencentRegistration.validate(SEED_FIXED.toBuilder().callingCode(code).area(area).build());

    assertThat(codesAndFields(result)).containsExactly(tuple(ViolationCode.CALLING_CODE_BANNED, "callingCode"));
  }

  @Test
  void an_area_of_another_calling_code_is_a_mismatch_that_says_which_code_the_area_uses() {
    var result = TencentRegistration.validate(SEED_FIXED.toBuilder().area("US").build());

    assertThat(result.getError().map(Violation::toString))
        .containsExactly("area: US does not use calling code +852 (it uses +1) [area.calling_code_mismatch]");
  }

  @Test
  void a_banned_calling_code_with_a_foreign_area_gives_both_violations() {
    var result = TencentRegistration.validate(SEED_FIXED.toBuilder().callingCode("86").area("HK").build());

    assertThat(codesAndFields(result))
        .containsExactly(
            tuple(ViolationCode.CALLING_CODE_BANNED, "callingCode"),
            tuple(ViolationCode.AREA_CALLING_CODE_MISMATCH, "area"));
  }

  @Test
  void a_customer_name_is_optional_but_checked_when_given() {
    assertThat(TencentRegistration.validate(SEED_FIXED.toBuilder().customerName("  ").build()).isValid()).isTrue();
    assertThat(TencentRegistration.validate(SEED_FIXED.toBuilder().customerName("Acme Ltd").build()).get().customerName().get().value())
        .isEqualTo("Acme Ltd");
    assertThat(codesAndFields(TencentRegistration.validate(SEED_FIXED.toBuilder().customerName("A").build())))
        .containsExactly(tuple(ViolationCode.LENGTH, "customerName"));
  }

  @Test
  void text_never_shows_the_password_the_confirmation_or_the_code() {
    TencentRegistrationForm form = SEED_FIXED.toBuilder().password("Zq8!secretPw").confirmPassword("Zq8!secretPw").verificationCode("907153").build();
    TencentRegistrationForm mismatching = form.toBuilder().confirmPassword("Zq8!otherPw").build();

    String shown =
        form + " " + mismatching + " " + TencentRegistration.validate(form).get() + " "
            + TencentRegistration.validate(mismatching).getError().mkString(" ");

    assertThat(shown)
        .doesNotContain("Zq8!secretPw")
        .doesNotContain("Zq8!otherPw")
        .doesNotContain("907153")
        .contains("password=******")
        .contains("verificationCode=******");
  }

  @Test
  void the_constructor_refuses_what_validate_refuses() {
    TencentRegistration r = TencentRegistration.validate(SEED_FIXED).get();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new TencentRegistration(r.accountType(), r.mail(), Secret.of("Qxzzvv"), r.phoneNumber(), r.callingCode(),
                r.area(), r.verificationCode(), r.tradeCategory(), r.customerName(), r.extended()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Qxzzvv");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new TencentRegistration(r.accountType(), r.mail(), r.password(), r.phoneNumber(), new CallingCode(86),
                new Area("CN"), r.verificationCode(), r.tradeCategory(), r.customerName(), r.extended()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calling_code.banned");
  }
}
