package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money in a currency (ISO 4217 code, e.g. {@code USD}). Never a floating-point number. */
public record Money(BigDecimal amount, String currency) {

  /** The form field amounts are reported under. */
  public static final String FIELD = "amount";

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD");
    }
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** A positive amount with at most 2 decimals, such as an allocation of credit, from untrusted input. */
  public static Validation<Seq<Violation>, Money> parsePositive(String raw, String currency) {
    if (Checks.isBlank(raw)) {
      return Validation.invalid(List.of(Checks.required(FIELD, "an amount")));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      return Validation.invalid(
          List.of(Violation.of(ViolationCode.AMOUNT_INVALID, FIELD, "must be a number such as 100.50")));
    }
    if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
      return Validation.invalid(
          List.of(
              Violation.of(
                  ViolationCode.AMOUNT_INVALID, FIELD, "must be greater than zero with at most 2 decimals")));
    }
    return Validation.valid(new Money(value, currency));
  }

  /**
   * The violations of this amount as a payment in {@code expectedCurrency} (an allocation, a budget): it must be in
   * that currency, greater than zero and have at most 2 decimals. Empty when it is fine.
   */
  public Seq<Violation> checkPositiveIn(String expectedCurrency) {
    if (!currency.equals(expectedCurrency)) {
      return List.of(Violation.of(ViolationCode.AMOUNT_INVALID, FIELD, "must be in " + expectedCurrency));
    }
    return parsePositive(amount.toPlainString(), currency).fold(e -> e, ok -> List.empty());
  }

  public Money plus(Money other) {
    sameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    sameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public boolean isLessThan(Money other) {
    sameCurrency(other);
    return amount.compareTo(other.amount) < 0;
  }

  private void sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
    }
  }

  /** Equal amounts are equal whatever their scale: 250.5 USD equals 250.50 USD. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
