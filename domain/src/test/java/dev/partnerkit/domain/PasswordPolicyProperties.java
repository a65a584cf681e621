package dev.partnerkit.domain;

import static dev.partnerkit.domain.DomainGen.DIGITS;
import static dev.partnerkit.domain.DomainGen.LETTERS;
import static dev.partnerkit.domain.DomainGen.LOWER;
import static dev.partnerkit.domain.DomainGen.PRINTABLE_NO_SPACE;
import static dev.partnerkit.domain.DomainGen.UPPER;
import static dev.partnerkit.domain.DomainGen.containing;
import static dev.partnerkit.domain.DomainGen.stringOf;
import static dev.partnerkit.domain.TencentPasswordPolicy.SYMBOLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The two vendors' password policies, on their own (the registrations' properties cover them inside the forms). */
class PasswordPolicyProperties {

  private static final int EXAMPLES = 400;
  private static final String FIELD = "password";

  private static List<ViolationCode> codes(Seq<Violation> violations) {
    return violations.map(Violation::code).toJavaList();
  }

  // ---------------------------------------------------------------------------------------------------------- Tencent

  @Test
  void tencent_accepts_8_to_20_printable_characters_with_a_letter_a_digit_and_a_symbol() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.tencentPassword())
        .checkAssert(p -> assertThat(TencentPasswordPolicy.check(FIELD, p).toJavaList()).as(p).isEmpty());
  }

  /** A password made to break exactly the chosen Tencent rules. */
  record TencentCase(boolean badLength, boolean weak, boolean badChar, String password) {}

  /**
   * Builds a password that breaks a chosen subset of Tencent's three independent rules (length, classes, allowed
   * characters) and nothing else: the violations are exactly that subset.
   */
  @Test
  void tencent_breaking_k_of_its_rules_gives_k_violations() {
    Gen<String> forbidden = stringOf(" \t\u00e9\u5f20\ud83d\ude00\u007f", 1, 1);
    Gen<TencentCase> cases =
        Generate.booleans()
            .zip(
                Generate.booleans(),
                Generate.booleans(),
                Generate.range(0, 2),
                (badLength, weak, badChar, missingClass) -> {
                  List<String> classes = new ArrayList<>(List.of(LETTERS, DIGITS, SYMBOLS));
                  if (weak) classes.remove((int) missingClass); // drop the letters, the digits or the symbols
                  String filler = String.join("", classes);
                  int extra = badChar ? 1 : 0;
                  Gen<String> g =
                      badLength
                          ? Generate.oneOf(containing(classes, filler, 3, 7 - extra), containing(classes, filler, 21, 30))
                          : containing(classes, filler, 8, 20 - extra);
                  return g.zip(forbidden, (p, x) -> new TencentCase(badLength, weak, badChar, badChar ? p + x : p));
                })
            .flatMap(g -> g);
    qt().withExamples(EXAMPLES)
        .forAll(cases)
        .checkAssert(
            c -> {
              List<ViolationCode> expected = new ArrayList<>();
              if (c.badLength()) expected.add(ViolationCode.LENGTH);
              if (c.weak()) expected.add(ViolationCode.PASSWORD_TOO_WEAK);
              if (c.badChar()) expected.add(ViolationCode.PASSWORD_FORBIDDEN_CHARACTER);
              assertThat(codes(TencentPasswordPolicy.check(FIELD, c.password())))
                  .as(c.toString())
                  .containsExactlyElementsOf(expected);
            });
  }

  @Test
  void tencent_confirmation_equal_is_fine_different_is_a_mismatch_blank_is_required() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.tencentPassword(), stringOf(PRINTABLE_NO_SPACE, 1, 3))
        .checkAssert(
            (p, suffix) -> {
              assertThat(TencentPasswordPolicy.checkConfirmation("c", p, p).toJavaList()).isEmpty();
              assertThat(codes(TencentPasswordPolicy.checkConfirmation("c", p, p + suffix)))
                  .containsExactly(ViolationCode.PASSWORD_CONFIRMATION_MISMATCH);
              assertThat(codes(TencentPasswordPolicy.checkConfirmation("c", p, null)))
                  .containsExactly(ViolationCode.REQUIRED);
              // without a password there is nothing to compare with: the password's own REQUIRED says it
              assertThat(TencentPasswordPolicy.checkConfirmation("c", null, p).toJavaList()).isEmpty();
            });
  }

  @Test
  void tencent_never_throws_and_never_quotes_the_password() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyString(), DomainGen.anyString())
        .checkAssert(
            (p, c) ->
                assertThatCode(
                        () -> {
                          Seq<Violation> all =
                              TencentPasswordPolicy.check(FIELD, p).appendAll(TencentPasswordPolicy.checkConfirmation("c", p, c));
                          if (p != null && p.length() >= 8 && !p.isBlank()) {
                            assertThat(all.map(Violation::message).mkString(" ")).doesNotContain(p);
                          }
                        })
                    .doesNotThrowAnyException());
  }

  // ----------------------------------------------------------------------------------------------------------- Huawei

  @Test
  void huawei_accepts_8_to_32_characters_of_two_classes_away_from_name_and_contacts() {
    Gen<String[]> nameAndPassword =
        DomainGen.huaweiAccountName().flatMap(n -> DomainGen.huaweiPasswordFor(n).map(p -> new String[] {n, p}));
    qt().withExamples(EXAMPLES)
        .forAll(nameAndPassword, DomainGen.chinaMobile(), DomainGen.email())
        .checkAssert(
            (np, mobile, mail) ->
                assertThat(
                        HuaweiPasswordPolicy.check(FIELD, np[1], Option.some(np[0]), Option.some(mobile), Option.some(mail))
                            .toJavaList())
                    .as("password %s, name %s", np[1], np[0])
                    .isEmpty());
  }

  /**
   * Builds a password that breaks a chosen subset of Huawei's four rules (length, two classes, not the account name or
   * its reverse, not containing the phone) and nothing else: the violations are exactly that subset.
   */
  @Test
  void huawei_breaking_k_of_its_rules_gives_k_violations() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.intArrays(Generate.constant(4), Generate.range(0, 1)), DomainGen.chinaMobile(), stringOf(LOWER, 40, 40), stringOf(UPPER, 40, 40))
        .checkAssert(
            (flags, mobile, lower, upper) -> {
              boolean badLength = flags[0] == 1, weak = flags[1] == 1, sameAsName = flags[2] == 1, contains = flags[3] == 1;
              // the core: the mobile (digits) when it must be contained, then letters up to the wanted length
              String core = contains ? mobile : "";
              String letters = weak ? (contains ? "" : lower) : (contains ? lower : upper.substring(0, 20) + lower.substring(0, 20));
              String digitsOnly = DomainGen.repeat(mobile, 40);
              int length = badLength ? (contains ? 36 : 5) : 14;
              String p =
                  weak && contains
                      ? digitsOnly.substring(0, length)
                      : (core + interleave(letters, length)).substring(0, length);
              Option<String> name = Option.some(sameAsName ? (contains ? p : DomainGen.reverse(p)) : "name_" + lower.substring(0, 8));
              List<ViolationCode> expected = new ArrayList<>();
              if (badLength) expected.add(ViolationCode.LENGTH);
              if (weak) expected.add(ViolationCode.PASSWORD_TOO_WEAK);
              if (sameAsName) expected.add(ViolationCode.PASSWORD_MATCHES_ACCOUNT_NAME);
              if (contains) expected.add(ViolationCode.PASSWORD_CONTAINS_CONTACT);
              assertThat(codes(HuaweiPasswordPolicy.check(FIELD, p, name, Option.some(mobile), Option.some("a@b.cn"))))
                  .as("password %s, name %s, mobile %s", p, name, mobile)
                  .containsExactlyElementsOf(expected);
            });
  }

  /** Alternates upper and lower case halves so that a non-weak password starts with both classes. */
  private static String interleave(String letters, int length) {
    StringBuilder sb = new StringBuilder();
    int half = letters.length() / 2;
    for (int i = 0; sb.length() < length + 40 && i < letters.length(); i++) {
      sb.append(i % 2 == 0 ? letters.charAt(i / 2) : letters.charAt(half + i / 2));
    }
    return sb.toString();
  }

  @Test
  void huawei_password_containing_the_email_is_refused() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.shortEmail(), Generate.pick(List.of("AB", "Zz9", "Q!")))
        .checkAssert(
            (mail, prefix) ->
                assertThat(codes(HuaweiPasswordPolicy.check(FIELD, prefix + mail, Option.none(), Option.none(), Option.some(mail))))
                    .containsExactly(ViolationCode.PASSWORD_CONTAINS_CONTACT));
  }

  @Test
  void huawei_never_throws_and_never_quotes_the_password() {
    Gen<Option<String>> maybe = DomainGen.anyString().map(Option::of);
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyString(), maybe, maybe, maybe)
        .checkAssert(
            (p, name, phone, mail) ->
                assertThatCode(
                        () -> {
                          Seq<Violation> all = HuaweiPasswordPolicy.check(FIELD, p, name, phone, mail);
                          assertThat(all.toJavaList()).allSatisfy(v -> assertThat(v.field()).isEqualTo(FIELD));
                          if (p != null && p.length() >= 8 && !p.isBlank()) {
                            assertThat(all.map(Violation::message).mkString(" ")).doesNotContain(p);
                          }
                        })
                    .doesNotThrowAnyException());
  }
}
