package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A country or region as an ISO 3166-1 alpha-2 code (e.g. {@code HK}), one that has telephone numbering
 * (libphonenumber's supported regions). Input is upper-cased.
 */
public record Area(String code) {

  /** The form field this value is reported under. */
  public static final String FIELD = "area";

  public Area {
    Checks.require(check(code));
  }

  /** Checks untrusted input; reports every problem. */
  public static Validation<Seq<Violation>, Area> parse(String raw) {
    String v = raw == null ? null : upperCaseAscii(raw.strip());
    return Checks.validate(check(v), () -> new Area(v));
  }

  /**
   * Upper-cases a-z only. A locale-aware upper-casing would turn non-ASCII input into a valid code (e.g. {@code ß}
   * into {@code SS}, South Sudan, or {@code ıt} into {@code IT}).
   */
  private static String upperCaseAscii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return out.toString();
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "an area (ISO 3166-1 alpha-2 code)"));
    }
    if (!v.matches("[A-Z]{2}")) {
      return List.of(
          Violation.of(ViolationCode.FORMAT, FIELD, "must be two letters (ISO 3166-1 alpha-2), such as HK"));
    }
    if (!CallingCode.Regions.isRegion(v)) {
      return List.of(
          Violation.of(ViolationCode.AREA_UNKNOWN, FIELD, "is not a known ISO 3166-1 alpha-2 region"));
    }
    return List.empty();
  }

  /** The calling code of this area (e.g. HK: 852). */
  public CallingCode callingCode() {
    return new CallingCode(CallingCode.Regions.callingCodeOf(code));
  }

  /** Whether this area uses {@code callingCode}. */
  public boolean uses(CallingCode callingCode) {
    return CallingCode.Regions.callingCodeOf(code) == callingCode.value();
  }

  @Override
  public String toString() {
    return code;
  }
}
