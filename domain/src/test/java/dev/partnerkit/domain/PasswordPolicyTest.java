package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two password policies by example. */
class PasswordPolicyTest {

  private static List<ViolationCode> codes(Seq<Violation> v) {
    return v.map(Violation::code).toJavaList();
  }

  private static List<ViolationCode> tencent(String password) {
    return codes(TencentPasswordPolicy.check("password", password));
  }

  private static List<ViolationCode> huawei(String password, String name, String phone) {
    return codes(HuaweiPasswordPolicy.check("password", password, Option.of(name), Option.of(phone), Option.none()));
  }

  @Test
  void tencent_the_seed_password_is_fine_its_confirmation_is_too_weak_on_its_own() {
    assertThat(tencent("ABCabc123!")).isEmpty();
    assertThat(tencent("ABCabc123")).containsExactly(ViolationCode.PASSWORD_TOO_WEAK);
    assertThat(codes(TencentPasswordPolicy.checkConfirmation("confirmPassword", "ABCabc123!", "ABCabc123")))
        .containsExactly(ViolationCode.PASSWORD_CONFIRMATION_MISMATCH);
  }

  @Test
  void tencent_rules_one_by_one() {
    assertThat(tencent("Ab1!xyz")).containsExactly(ViolationCode.LENGTH); // 7
    assertThat(tencent("Ab1!xyzw")).isEmpty(); // 8
    assertThat(tencent("Ab1!" + "x".repeat(16))).isEmpty(); // 20
    assertThat(tencent("Ab1!" + "x".repeat(17))).containsExactly(ViolationCode.LENGTH); // 21
    assertThat(tencent("abcdefg!")).containsExactly(ViolationCode.PASSWORD_TOO_WEAK); // no digit
    assertThat(tencent("1234567!")).containsExactly(ViolationCode.PASSWORD_TOO_WEAK); // no letter
    // seed 000 line 99: "A password must contain numbers, letters, and symbols (!@#$%^&*()). Space is not allowed."
    // The symbols are those ten: another one is neither the required symbol nor allowed.
    assertThat(tencent("Abc-1234")).containsExactly(ViolationCode.PASSWORD_TOO_WEAK, ViolationCode.PASSWORD_FORBIDDEN_CHARACTER);
    assertThat(tencent("Abc-123!")).containsExactly(ViolationCode.PASSWORD_FORBIDDEN_CHARACTER);
    assertThat(tencent("Ab1!_[]~")).containsExactly(ViolationCode.PASSWORD_FORBIDDEN_CHARACTER);
    assertThat(tencent("Ab1!@#$%^&*()")).isEmpty();
    assertThat(tencent("Abc 123!")).containsExactly(ViolationCode.PASSWORD_FORBIDDEN_CHARACTER);
    assertThat(tencent("Abc\u00e9123!")).containsExactly(ViolationCode.PASSWORD_FORBIDDEN_CHARACTER);
    assertThat(tencent("   ")).containsExactly(ViolationCode.REQUIRED);
    assertThat(tencent("ab c")).containsExactly(
        ViolationCode.LENGTH, ViolationCode.PASSWORD_TOO_WEAK, ViolationCode.PASSWORD_FORBIDDEN_CHARACTER);
  }

  @Test
  void tencent_the_message_says_what_is_missing_without_quoting_the_password() {
    Seq<Violation> v = TencentPasswordPolicy.check("password", "abcdefgh");
    assertThat(v.head().message()).isEqualTo("must contain letters, digits and symbols; missing a digit, one of !@#$%^&*()");
    assertThat(v.head().message()).doesNotContain("abcdefgh");
  }

  @Test
  void huawei_two_classes_of_four_and_8_to_32_characters() {
    assertThat(huawei("Password", null, null)).isEmpty(); // upper + lower
    assertThat(huawei("password1", null, null)).isEmpty(); // lower + digit
    assertThat(huawei("pass word", null, null)).isEmpty(); // lower + special (space)
    assertThat(huawei("password", null, null)).containsExactly(ViolationCode.PASSWORD_TOO_WEAK);
    assertThat(huawei("12345678", null, null)).containsExactly(ViolationCode.PASSWORD_TOO_WEAK);
    assertThat(huawei("Pass1", null, null)).containsExactly(ViolationCode.LENGTH);
    assertThat(huawei("Pw" + "x".repeat(31), null, null)).containsExactly(ViolationCode.LENGTH); // 33
    assertThat(huawei("", null, null)).containsExactly(ViolationCode.REQUIRED);
  }

  @Test
  void huawei_not_the_account_name_nor_its_reverse_nor_containing_the_phone() {
    assertThat(huawei("Acme_Cloud", "Acme_Cloud", null)).containsExactly(ViolationCode.PASSWORD_MATCHES_ACCOUNT_NAME);
    assertThat(huawei("duolC_emcA", "Acme_Cloud", null)).containsExactly(ViolationCode.PASSWORD_MATCHES_ACCOUNT_NAME);
    assertThat(huawei("acme_cloud", "Acme_Cloud", null)).isEmpty(); // the rule is case-sensitive
    assertThat(huawei("Tel13800138000", null, "13800138000")).containsExactly(ViolationCode.PASSWORD_CONTAINS_CONTACT);
    assertThat(codes(HuaweiPasswordPolicy.check("password", "Mail:ana@example.mx", Option.none(), Option.none(), Option.some("ana@example.mx"))))
        .containsExactly(ViolationCode.PASSWORD_CONTAINS_CONTACT);
  }
}
