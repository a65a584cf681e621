package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The single-field value types by example: what each accepts, how it normalises, and what it refuses. */
class ValueTypesTest {

  private static List<ViolationCode> codes(Validation<Seq<Violation>, ?> v) {
    return Checks.errors(v).map(Violation::code).toJavaList();
  }

  @Test
  void email_is_trimmed_and_checked() {
    assertThat(Email.parse("  account@qq.com ").get()).isEqualTo(new Email("account@qq.com"));
    assertThat(codes(Email.parse("account@qq"))).containsExactly(ViolationCode.EMAIL_INVALID);
    assertThat(codes(Email.parse("a b@qq.com"))).containsExactly(ViolationCode.EMAIL_INVALID);
    assertThat(codes(Email.parse("x".repeat(65) + "@qq.com"))).containsExactly(ViolationCode.EMAIL_INVALID);
    assertThat(codes(Email.parse(" "))).containsExactly(ViolationCode.REQUIRED);
    assertThat(Email.parse("x").getError().head().field()).isEqualTo("email");
  }

  @Test
  void constructors_throw_for_invalid_values() {
    assertThatThrownBy(() -> new Email("x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email.invalid");
    assertThatThrownBy(() -> new Email(" account@qq.com")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Area("hk")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CallingCode(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhoneNumber("188 8888")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CustomerName("1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HuaweiAccountName("op_admin")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TradeCategory("kghy_01", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RejectionReason(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VerificationCode.of("12345")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void area_is_upper_cased_and_must_be_a_region() {
    assertThat(Area.parse(" hk ").get()).isEqualTo(new Area("HK"));
    assertThat(new Area("HK").callingCode()).isEqualTo(new CallingCode(852));
    assertThat(codes(Area.parse("XX"))).containsExactly(ViolationCode.AREA_UNKNOWN);
    assertThat(codes(Area.parse("HKG"))).containsExactly(ViolationCode.FORMAT);
    assertThat(codes(Area.parse(null))).containsExactly(ViolationCode.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00df", "\u0131t", "\u00e9s", "\uff28\uff2b"})
  void area_does_not_turn_non_ascii_letters_into_a_region(String raw) {
    // ß upper-cases to SS (South Sudan) and ı (dotless i) to I: such input is not a two-letter ASCII code
    assertThat(codes(Area.parse(raw))).containsExactly(ViolationCode.FORMAT);
  }

  @Test
  void calling_code_takes_digits_with_or_without_plus_and_knows_its_areas() {
    assertThat(CallingCode.parse("+852").get()).isEqualTo(new CallingCode(852));
    assertThat(CallingCode.parse(" 852 ").get().wire()).isEqualTo("852");
    assertThat(new CallingCode(852).toString()).isEqualTo("+852");
    assertThat(new CallingCode(7).areas().map(Area::code).toJavaList()).containsExactly("KZ", "RU");
    assertThat(new CallingCode(1).areas().map(Area::code).toJavaList()).contains("US", "CA").isSorted();
    assertThat(codes(CallingCode.parse("999"))).containsExactly(ViolationCode.CALLING_CODE_UNKNOWN);
    assertThat(codes(CallingCode.parse("800"))).containsExactly(ViolationCode.CALLING_CODE_UNKNOWN); // non-geographic
    assertThat(codes(CallingCode.parse("1234"))).containsExactly(ViolationCode.FORMAT);
    assertThat(codes(CallingCode.parse("+"))).containsExactly(ViolationCode.FORMAT);
    assertThat(codes(CallingCode.parse(""))).containsExactly(ViolationCode.REQUIRED);
  }

  @Test
  void phone_number_drops_spaces_and_dashes_and_takes_1_to_32_digits() {
    assertThat(PhoneNumber.parse(" 188-8888 8888 ").get().digits()).isEqualTo("18888888888");
    assertThat(PhoneNumber.parse("1").isValid()).isTrue();
    assertThat(PhoneNumber.parse("1".repeat(32)).isValid()).isTrue();
    assertThat(codes(PhoneNumber.parse("1".repeat(33)))).containsExactly(ViolationCode.LENGTH);
    assertThat(codes(PhoneNumber.parse("+85218888888888"))).containsExactly(ViolationCode.FORMAT);
    assertThat(codes(PhoneNumber.parse("188****8888"))).containsExactly(ViolationCode.FORMAT);
  }

  @Test
  void customer_name_is_2_to_200_characters_and_not_only_digits() {
    assertThat(CustomerName.parse("\u5f20\u4f1f").get().value()).isEqualTo("张伟");
    assertThat(CustomerName.parse("\ud83d\ude00\ud83d\ude00").isValid()).isTrue(); // two code points
    assertThat(CustomerName.parse("x".repeat(200)).isValid()).isTrue();
    assertThat(codes(CustomerName.parse("x".repeat(201)))).containsExactly(ViolationCode.LENGTH);
    assertThat(codes(CustomerName.parse("\ud83d\ude00"))).containsExactly(ViolationCode.LENGTH);
    assertThat(codes(CustomerName.parse("12345"))).containsExactly(ViolationCode.NAME_ONLY_DIGITS);
    assertThat(codes(CustomerName.parse("7"))).containsExactly(ViolationCode.LENGTH, ViolationCode.NAME_ONLY_DIGITS);
    assertThat(CustomerName.parse("7-Eleven").isValid()).isTrue();
  }

  @Test
  void account_type_is_personal_or_company() {
    assertThat(AccountType.parse("personal").get()).isEqualTo(AccountType.PERSONAL);
    assertThat(AccountType.parse(" COMPANY ").get()).isEqualTo(AccountType.COMPANY);
    assertThat(codes(AccountType.parse("business"))).containsExactly(ViolationCode.NOT_ONE_OF); // the seed's value
    assertThat(codes(AccountType.parse(null))).containsExactly(ViolationCode.REQUIRED);
  }

  @Test
  void verification_code_is_6_digits_and_never_shown() {
    VerificationCode code = VerificationCode.parse(" 364928 ").get();
    assertThat(code).isEqualTo(VerificationCode.of("364928"));
    assertThat(code.secret().reveal()).isEqualTo("364928");
    assertThat(code.toString()).doesNotContain("364928").contains("******");
    assertThat(codes(VerificationCode.parse("3649281"))).containsExactly(ViolationCode.FORMAT);
    assertThat(codes(VerificationCode.parse("253***"))).containsExactly(ViolationCode.FORMAT);
    assertThat(Checks.errors(VerificationCode.parse("3649281")).mkString()).doesNotContain("3649281");
  }

  @Test
  void huawei_account_name_rules() {
    assertThat(HuaweiAccountName.parse("acme01").get().value()).isEqualTo("acme01");
    assertThat(HuaweiAccountName.parse("_a-b_").isValid()).isTrue();
    assertThat(codes(HuaweiAccountName.parse("test"))).containsExactly(ViolationCode.LENGTH);
    assertThat(codes(HuaweiAccountName.parse("x".repeat(33)))).containsExactly(ViolationCode.LENGTH);
    assertThat(codes(HuaweiAccountName.parse("op_acme"))).containsExactly(ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX);
    assertThat(codes(HuaweiAccountName.parse("shadow_acme"))).containsExactly(ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX);
    assertThat(codes(HuaweiAccountName.parse("20240101"))).containsExactly(ViolationCode.ACCOUNT_NAME_ONLY_DIGITS);
    assertThat(codes(HuaweiAccountName.parse("1acme"))).containsExactly(ViolationCode.FORMAT);
    assertThat(codes(HuaweiAccountName.parse("acme.cloud"))).containsExactly(ViolationCode.FORMAT);
    assertThat(codes(HuaweiAccountName.parse("123"))).containsExactly(ViolationCode.LENGTH, ViolationCode.ACCOUNT_NAME_ONLY_DIGITS);
  }

  @Test
  void rejection_reason_is_required_and_at_most_500_characters() {
    assertThat(RejectionReason.parse("  no business licence ").get().text()).isEqualTo("no business licence");
    assertThat(codes(RejectionReason.parse(""))).containsExactly(ViolationCode.REQUIRED);
    assertThat(codes(RejectionReason.parse(" \t "))).containsExactly(ViolationCode.REQUIRED);
    assertThat(codes(RejectionReason.parse(null))).containsExactly(ViolationCode.REQUIRED);
    assertThat(RejectionReason.parse("r".repeat(501)).isValid()).isTrue();
  }

  @Test
  void violation_codes_have_stable_strings_and_a_violation_reads_as_a_sentence() {
    assertThat(ViolationCode.PASSWORD_TOO_WEAK.code()).isEqualTo("password.too_weak");
    Violation v = Violation.of(ViolationCode.REQUIRED, "email", "an email address is required");
    assertThat(v.toString()).isEqualTo("email: an email address is required [required]");
    assertThat(v.atField("mail")).isEqualTo(Violation.of(ViolationCode.REQUIRED, "mail", "an email address is required"));
    assertThatThrownBy(() -> Violation.of(null, "f", "m")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void vendor_ids_must_not_be_blank() {
    assertThat(CustomerId.of("200000123456").toString()).isEqualTo("200000123456");
    assertThat(ResellerId.of("a0d736359ada40aab6502d1a828c1809").value()).isEqualTo("a0d736359ada40aab6502d1a828c1809");
    assertThatThrownBy(() -> CustomerId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResellerId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CustomerId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
