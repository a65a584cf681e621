package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money by example: exact decimals, one currency at a time, positive amounts from untrusted input. */
class MoneyTest {

  @Test
  void parse_positive_accepts_a_positive_amount_with_at_most_2_decimals() {
    Money m = Money.parsePositive(" 100.50 ", "USD").get();
    assertThat(m.amount()).isEqualByComparingTo("100.50");
    assertThat(m.currency()).isEqualTo("USD");
    assertThat(m.toString()).isEqualTo("100.50 USD");
    assertThat(Money.parsePositive("0.01", "USD").isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1", "-0.01", "1.005", "0.001", "abc", "1,5", "NaN", "Infinity"})
  void parse_positive_refuses_zero_negatives_3_decimals_and_non_numbers(String raw) {
    var result = Money.parsePositive(raw, "USD");
    assertThat(result.getError().map(Violation::code)).containsExactly(ViolationCode.AMOUNT_INVALID);
    assertThat(result.getError().head().field()).isEqualTo("amount");
  }

  @Test
  void parse_positive_requires_an_amount() {
    assertThat(Money.parsePositive("  ", "USD").getError().map(Violation::code)).containsExactly(ViolationCode.REQUIRED);
  }

  @Test
  void currencies_are_iso_codes_and_never_mix() {
    assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "CNY"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.of("0.10", "USD").plus(Money.of("0.20", "USD")).amount()).isEqualTo(new BigDecimal("0.30"));
    assertThat(Money.of("1", "USD").minus(Money.of("2.5", "USD")).amount()).isEqualByComparingTo("-1.5");
    assertThat(Money.zero("USD").isLessThan(Money.of("0.01", "USD"))).isTrue();
  }
}
