package dev.partnerkit.domain;

import static dev.partnerkit.domain.DomainGen.ALNUM;
import static dev.partnerkit.domain.DomainGen.DIGITS;
import static dev.partnerkit.domain.DomainGen.LETTERS;
import static dev.partnerkit.domain.DomainGen.assertWellFormed;
import static dev.partnerkit.domain.DomainGen.blank;
import static dev.partnerkit.domain.DomainGen.stringOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.partnerkit.domain.DomainGen.CodeAndField;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The smart constructors of the single-field value types. Each type is described once by a {@link Spec} (its parse,
 * its canonical constructor, a generator of valid input, and one breaker per rule), and every property runs over all
 * of them.
 */
class ValueTypesProperties {

  private static final int EXAMPLES = 400;

  /** Input that breaks exactly one rule of a value type, and the violation code it must give. */
  record Broken(String rule, ViolationCode code, Gen<String> input) {}

  /** One input made by a {@link Broken}. */
  record BrokenInput(Broken broken, String input) {}

  /**
   * A value type: {@code parse} for untrusted input, {@code text} to turn a value back into input, {@code construct}
   * the canonical constructor (or factory) applied to input after the documented {@code normalise}-ation.
   */
  record Spec<T>(
      String name,
      String field,
      Function<String, Validation<Seq<Violation>, T>> parse,
      Function<T, String> text,
      Function<String, T> construct,
      UnaryOperator<String> normalise,
      Gen<String> valid,
      List<Broken> broken) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String strip(String s) {
    return s == null ? null : s.strip();
  }

  static String upperAscii(String s) {
    if (s == null) return null;
    StringBuilder sb = new StringBuilder();
    for (char c : s.strip().toCharArray()) sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
    return sb.toString();
  }

  static Stream<Spec<?>> specs() {
    return Stream.of(
        new Spec<>("Email", Email.FIELD, Email::parse, Email::value, Email::new, ValueTypesProperties::strip,
            DomainGen.email().mix(DomainGen.email().map(e -> "  " + e + "\t")),
            List.of(
                new Broken("not an address", ViolationCode.EMAIL_INVALID, DomainGen.invalidEmail()),
                new Broken("longer than 254", ViolationCode.EMAIL_INVALID,
                    stringOf(DomainGen.LOWER, 10, 60).map(l -> "a@" + (l + ".").repeat(260 / (l.length() + 1) + 1) + "com")),
                new Broken("missing", ViolationCode.REQUIRED, blank()))),
        new Spec<>("Area", Area.FIELD, Area::parse, Area::code, Area::new, ValueTypesProperties::upperAscii,
            DomainGen.anyArea().map(DomainGen.AreaCode::area)
                .mix(DomainGen.anyArea().map(a -> " " + a.area().toLowerCase(java.util.Locale.ROOT) + " ")),
            List.of(
                new Broken("not a region", ViolationCode.AREA_UNKNOWN, DomainGen.unknownAreaCode()),
                new Broken("not two ASCII letters", ViolationCode.FORMAT,
                    Generate.oneOf(
                        Generate.pick(List.of("H", "HKG", "1K", "\u00df", "\u0131t", "H K", "\u00c9S", "\uff28\uff2b")),
                        stringOf(LETTERS, 3, 10))),
                new Broken("missing", ViolationCode.REQUIRED, blank()))),
        new Spec<>("PhoneNumber", PhoneNumber.FIELD, PhoneNumber::parse, PhoneNumber::digits, PhoneNumber::new,
            s -> s == null ? null : s.strip().replace(" ", "").replace("-", ""),
            DomainGen.phoneDigits().mix(Generate.pick(List.of("188 8888 8888", "188-8888-8888", " 13800138000 "))),
            List.of(
                new Broken("a non-digit", ViolationCode.FORMAT,
                    DomainGen.phoneDigits().zip(stringOf("ab+#.*()\u0663\uff11", 1, 1), (d, x) -> d + x)),
                new Broken("more than 32 digits", ViolationCode.LENGTH, stringOf(DIGITS, 33, 60)),
                new Broken("missing", ViolationCode.REQUIRED, blank()))),
        new Spec<>("CustomerName", CustomerName.FIELD, CustomerName::parse, CustomerName::value, CustomerName::new,
            ValueTypesProperties::strip,
            DomainGen.customerName(),
            List.of(
                new Broken("only digits", ViolationCode.NAME_ONLY_DIGITS, stringOf(DIGITS + "\u0663\uff11", 2, 200)),
                new Broken("1 or over 200 characters", ViolationCode.LENGTH,
                    Generate.oneOf(stringOf(LETTERS + "\u5f20\ud83d\ude00", 1, 1),
                        stringOf(LETTERS + "\u5f20\ud83d\ude00", 201, 260))),
                new Broken("missing", ViolationCode.REQUIRED, blank()))),
        new Spec<>("VerificationCode", VerificationCode.FIELD, VerificationCode::parse,
            c -> c.secret().reveal(), VerificationCode::of, ValueTypesProperties::strip,
            DomainGen.verificationCode().mix(DomainGen.verificationCode().map(c -> " " + c + " ")),
            List.of(
                new Broken("not 6 ASCII digits", ViolationCode.FORMAT,
                    Generate.oneOf(stringOf(DIGITS, 7, 12), stringOf(DIGITS, 1, 5),
                        stringOf(DIGITS, 5, 5).map(d -> d + "a"), Generate.constant("\u0663\u0663\u0663\u0663\u0663\u0663"))),
                new Broken("missing", ViolationCode.REQUIRED, blank()))),
        new Spec<>("HuaweiAccountName", HuaweiAccountName.FIELD, HuaweiAccountName::parse, HuaweiAccountName::value,
            HuaweiAccountName::new, ValueTypesProperties::strip,
            DomainGen.huaweiAccountName(),
            List.of(
                new Broken("shorter than 5 or longer than 32", ViolationCode.LENGTH,
                    Generate.oneOf(stringOf(LETTERS, 1, 4), stringOf(LETTERS, 33, 50), Generate.constant("test"))),
                new Broken("op_ or shadow_ prefix", ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX,
                    Generate.pick(List.of("op_", "shadow_")).zip(stringOf(ALNUM + "_-", 2, 25), (p, t) -> p + t)),
                new Broken("only digits", ViolationCode.ACCOUNT_NAME_ONLY_DIGITS, stringOf(DIGITS, 5, 32)),
                new Broken("first character a digit, or a character outside [A-Za-z0-9_-]", ViolationCode.FORMAT,
                    Generate.oneOf(
                        stringOf(DIGITS, 1, 1).zip(stringOf(LETTERS, 4, 31), (d, l) -> d + l),
                        stringOf(LETTERS, 2, 15).zip(stringOf(".@ \u00e9\u5f20", 1, 1), stringOf(LETTERS, 2, 15), (a, x, z) -> a + x + z))),
                new Broken("missing", ViolationCode.REQUIRED, blank()))),
        new Spec<>("RejectionReason", RejectionReason.FIELD, RejectionReason::parse, RejectionReason::text,
            RejectionReason::new, ValueTypesProperties::strip,
            DomainGen.rejectionReason(),
            List.of(
                new Broken("missing", ViolationCode.REQUIRED, blank()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  <T> void valid_by_construction_is_accepted_and_round_trips(Spec<T> spec) {
    qt().withExamples(EXAMPLES)
        .forAll(spec.valid())
        .checkAssert(
            input -> {
              var parsed = spec.parse().apply(input);
              assertThat(Checks.errors(parsed)).as("%s of %s", spec, input).isEmpty();
              T value = parsed.get();
              assertThat(spec.parse().apply(spec.text().apply(value)).get()).isEqualTo(value);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  <T> void one_broken_rule_gives_exactly_that_violation(Spec<T> spec) {
    Gen<Integer> which = Generate.range(0, spec.broken().size() - 1);
    qt().withExamples(EXAMPLES)
        .forAll(which.flatMap(i -> spec.broken().get(i).input().map(in -> new BrokenInput(spec.broken().get(i), in))))
        .checkAssert(
            b -> {
              var result = spec.parse().apply(b.input());
              assertThat(DomainGen.codesAndFields(result))
                  .as("%s(%s) breaking '%s'", spec, b.input(), b.broken().rule())
                  .containsExactly(new CodeAndField(b.broken().code(), spec.field()));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  <T> void the_smart_constructor_agrees_with_the_canonical_constructor(Spec<T> spec) {
    // on valid input, broken input and arbitrary input: parse is valid exactly when the constructor does not throw,
    // and then both give the same value; otherwise the constructor throws IllegalArgumentException
    Gen<String> anyBroken = Generate.range(0, spec.broken().size() - 1).flatMap(i -> spec.broken().get(i).input());
    qt().withExamples(EXAMPLES)
        .forAll(Generate.oneOf(spec.valid(), anyBroken, DomainGen.anyString()))
        .checkAssert(
            input -> {
              var parsed = spec.parse().apply(input);
              String normalised = spec.normalise().apply(input);
              if (parsed.isValid()) {
                assertThat(spec.construct().apply(normalised)).isEqualTo(parsed.get());
              } else {
                assertThatThrownBy(() -> spec.construct().apply(normalised))
                    .as("%s constructor on %s", spec, normalised)
                    .isInstanceOf(IllegalArgumentException.class);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  <T> void any_string_never_throws(Spec<T> spec) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyString())
        .checkAssert(
            input -> assertThatCode(() -> assertWellFormed(spec.parse().apply(input))).doesNotThrowAnyException());
  }

  // ------------------------------------------------------------------------------------------------------------
  // the types that are not a single string, and the rules that can break together

  @Test
  void calling_codes_of_libphonenumber_are_accepted_with_or_without_plus_and_round_trip() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyArea(), Generate.pick(List.of("", "+", " ", " +")))
        .checkAssert(
            (ac, prefix) -> {
              CallingCode code = CallingCode.parse(prefix + ac.callingCode()).get();
              assertThat(code.value()).isEqualTo(ac.callingCode());
              assertThat(CallingCode.parse(code.wire()).get()).isEqualTo(code);
              assertThat(CallingCode.parse(code.toString()).get()).isEqualTo(code);
              assertThat(code.areas().map(Area::code).toJavaList()).contains(ac.area());
              assertThat(new Area(ac.area()).uses(code)).isTrue();
              assertThat(new Area(ac.area()).callingCode()).isEqualTo(code);
            });
  }

  @Test
  void a_calling_code_no_region_uses_is_unknown_and_the_constructor_refuses_it() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.unassignedCallingCode())
        .checkAssert(
            c -> {
              assertThat(DomainGen.codesAndFields(CallingCode.parse(Integer.toString(c))))
                  .containsExactly(new CodeAndField(ViolationCode.CALLING_CODE_UNKNOWN, CallingCode.FIELD));
              assertThatThrownBy(() -> new CallingCode(c)).isInstanceOf(IllegalArgumentException.class);
            });
  }

  @Test
  void calling_code_input_that_is_not_1_to_3_digits_is_a_format_violation_and_any_string_never_throws() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.oneOf(stringOf(DIGITS, 4, 20), stringOf(LETTERS + "\u0663-.", 1, 5).map(s -> "1" + s)))
        .checkAssert(
            s ->
                assertThat(DomainGen.codesAndFields(CallingCode.parse(s)))
                    .containsExactly(new CodeAndField(ViolationCode.FORMAT, CallingCode.FIELD)));
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyString())
        .checkAssert(s -> assertThatCode(() -> assertWellFormed(CallingCode.parse(s))).doesNotThrowAnyException());
  }

  @Test
  void account_type_accepts_personal_and_company_in_any_case_and_nothing_else() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.enumValues(AccountType.class), Generate.booleans(), Generate.booleans())
        .checkAssert(
            (type, upper, padded) -> {
              String in = upper ? type.wire().toUpperCase(java.util.Locale.ROOT) : type.wire();
              assertThat(AccountType.parse(padded ? " " + in + " " : in).get()).isEqualTo(type);
            });
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyString())
        .assuming(s -> s != null && !s.isBlank() && !List.of("personal", "company").contains(s.strip().toLowerCase(java.util.Locale.ROOT)))
        .checkAssert(
            s ->
                assertThat(DomainGen.codesAndFields(AccountType.parse(s)))
                    .containsExactly(new CodeAndField(ViolationCode.NOT_ONE_OF, AccountType.FIELD)));
    qt().withExamples(50)
        .forAll(blank())
        .checkAssert(
            s ->
                assertThat(DomainGen.codesAndFields(AccountType.parse(s)))
                    .containsExactly(new CodeAndField(ViolationCode.REQUIRED, AccountType.FIELD)));
  }

  @Test
  void a_huawei_account_name_breaking_k_rules_gets_k_violations() {
    // too long, reserved prefix and a forbidden character are independent rules of one field
    qt().withExamples(EXAMPLES)
        .forAll(Generate.booleans(), Generate.booleans(), Generate.booleans(), stringOf(LETTERS, 40, 40))
        .checkAssert(
            (tooLong, prefixed, badChar, letters) -> {
              String name = (prefixed ? "op_" : "n") + letters.substring(0, tooLong ? 35 : 10) + (badChar ? "." : "");
              var expected = new java.util.ArrayList<ViolationCode>();
              if (tooLong) expected.add(ViolationCode.LENGTH);
              if (badChar) expected.add(ViolationCode.FORMAT);
              if (prefixed) expected.add(ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX);
              assertThat(Checks.errors(HuaweiAccountName.parse(name)).map(Violation::code).toJavaList())
                  .as(name)
                  .containsExactlyElementsOf(expected);
            });
  }

  @Test
  void a_customer_name_of_digits_and_the_wrong_length_gets_both_violations() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.oneOf(stringOf(DIGITS, 1, 1), stringOf(DIGITS, 201, 300)))
        .checkAssert(
            s ->
                assertThat(Checks.errors(CustomerName.parse(s)).map(Violation::code).toJavaList())
                    .containsExactly(ViolationCode.LENGTH, ViolationCode.NAME_ONLY_DIGITS));
  }
}
