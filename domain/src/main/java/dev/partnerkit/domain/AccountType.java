package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;

/** Whether a new customer account belongs to a person or a company (Tencent {@code AccountType}). */
public enum AccountType {
  PERSONAL("personal"),
  COMPANY("company");

  /** The form field this value is reported under. */
  public static final String FIELD = "accountType";

  private final String wire;

  AccountType(String wire) {
    this.wire = wire;
  }

  /** The vendor's value: {@code personal} or {@code company}. */
  public String wire() {
    return wire;
  }

  /** Parses {@code personal} or {@code company}, ignoring case. */
  public static Validation<Seq<Violation>, AccountType> parse(String raw) {
    if (Checks.isBlank(raw)) {
      return Validation.invalid(List.of(Checks.required(FIELD, "an account type")));
    }
    String v = raw.strip().toLowerCase(Locale.ROOT);
    for (AccountType t : values()) {
      if (t.wire.equals(v)) {
        return Validation.valid(t);
      }
    }
    return Validation.invalid(
        List.of(Violation.of(ViolationCode.NOT_ONE_OF, FIELD, "must be personal or company")));
  }
}
