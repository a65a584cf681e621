package dev.partnerkit.domain;

import static dev.partnerkit.domain.DomainGen.DIGITS;
import static dev.partnerkit.domain.DomainGen.assertWellFormed;
import static dev.partnerkit.domain.DomainGen.stringOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.partnerkit.domain.DomainGen.CodeAndField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** {@link Money#parsePositive}: a positive amount with at most 2 decimals, from untrusted input. */
class MoneyProperties {

  private static final int EXAMPLES = 400;
  private static final CodeAndField INVALID = new CodeAndField(ViolationCode.AMOUNT_INVALID, Money.FIELD);

  @Test
  void a_positive_amount_with_at_most_2_decimals_is_accepted_and_round_trips() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.positiveAmount(), Generate.pick(List.of("USD", "CNY", "EUR")), Generate.booleans())
        .checkAssert(
            (amount, currency, padded) -> {
              String text = padded ? " " + amount.toPlainString() + " " : amount.toPlainString();
              Money m = Money.parsePositive(text, currency).get();
              assertThat(m.amount()).isEqualByComparingTo(amount);
              assertThat(m.currency()).isEqualTo(currency);
              assertThat(m).isEqualTo(new Money(m.amount(), m.currency()));
              assertThat(Money.parsePositive(m.amount().toPlainString(), currency).get()).isEqualTo(m);
            });
  }

  @Test
  void zero_negative_or_more_than_2_decimals_is_an_invalid_amount() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Generate.oneOf(
                Generate.pick(List.of("0", "0.00", "-0", "+0.0", "0e5")),
                DomainGen.positiveAmount().map(a -> a.negate().toPlainString()),
                DomainGen.positiveAmount().zip(Generate.range(1, 9), (a, d) -> a.setScale(2).toPlainString() + d)))
        .checkAssert(
            s -> assertThat(DomainGen.codesAndFields(Money.parsePositive(s, "USD"))).as(s).containsExactly(INVALID));
  }

  @Test
  void text_that_is_not_a_number_is_an_invalid_amount() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.oneOf(
            Generate.pick(List.of("abc", "1,000.00", "1.2.3", "NaN", "Infinity", "$5", "5 USD", "--1", "1e", "0x10")),
            stringOf(DIGITS, 1, 5).map(d -> d + "x")))
        .checkAssert(
            s -> assertThat(DomainGen.codesAndFields(Money.parsePositive(s, "USD"))).as(s).containsExactly(INVALID));
  }

  @Test
  void a_blank_amount_is_required() {
    qt().withExamples(50)
        .forAll(DomainGen.blank())
        .checkAssert(
            s ->
                assertThat(DomainGen.codesAndFields(Money.parsePositive(s, "USD")))
                    .containsExactly(new CodeAndField(ViolationCode.REQUIRED, Money.FIELD)));
  }

  @Test
  void any_string_never_throws() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyString().mix(Generate.pick(List.of("1e2147483648", "1e-2147483648", "9e999999999", "0.1e-999999999"))))
        .checkAssert(
            s -> assertThatCode(() -> assertWellFormed(Money.parsePositive(s, "USD"))).doesNotThrowAnyException());
  }

  @Test
  void arithmetic_keeps_the_currency_and_is_exact() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.positiveAmount(), DomainGen.positiveAmount())
        .checkAssert(
            (a, b) -> {
              Money x = new Money(a, "USD");
              Money y = new Money(b, "USD");
              assertThat(x.plus(y).amount()).isEqualByComparingTo(a.add(b));
              assertThat(x.plus(y).minus(y).amount()).isEqualByComparingTo(a);
              assertThat(x.isLessThan(y)).isEqualTo(a.compareTo(b) < 0);
              assertThat(x.plus(Money.zero("USD"))).isEqualTo(x);
            });
  }
}
