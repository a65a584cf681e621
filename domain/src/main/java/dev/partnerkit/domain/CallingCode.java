package dev.partnerkit.domain;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * An international calling code that is assigned to at least one region (libphonenumber's data), such as {@code 852}
 * or {@code 1}. Input may start with {@code +}. Whether a vendor accepts it is a separate rule: see {@link
 * TencentRules#BANNED_CALLING_CODES}.
 */
public record CallingCode(int value) {

  /** The form field this value is reported under. */
  public static final String FIELD = "callingCode";

  public CallingCode {
    Checks.require(check(value));
  }

  /** Checks untrusted input; reports every problem. */
  public static Validation<Seq<Violation>, CallingCode> parse(String raw) {
    if (Checks.isBlank(raw)) {
      return Validation.invalid(List.of(Checks.required(FIELD, "a calling code")));
    }
    String v = raw.strip();
    if (v.startsWith("+")) {
      v = v.substring(1);
    }
    if (!Checks.allAsciiDigits(v) || v.length() > 3) {
      return Validation.invalid(
          List.of(Violation.of(ViolationCode.FORMAT, FIELD, "must be 1 to 3 digits, such as 852")));
    }
    int code = Integer.parseInt(v);
    return Checks.validate(check(code), () -> new CallingCode(code));
  }

  static Seq<Violation> check(int code) {
    if (code <= 0 || Regions.regionsOf(code).isEmpty()) {
      return List.of(
          Violation.of(
              ViolationCode.CALLING_CODE_UNKNOWN,
              FIELD,
              "is not an assigned international calling code"));
    }
    return List.empty();
  }

  /** The ISO 3166-1 alpha-2 regions that use this calling code (e.g. 1: US, CA, ...), in alphabetical order. */
  public io.vavr.collection.Set<Area> areas() {
    // a LinkedHashSet keeps the TreeSet's order; mapping the TreeSet itself would need Area to be Comparable
    return io.vavr.collection.LinkedHashSet.ofAll(Regions.regionsOf(value)).map(Area::new);
  }

  /** The calling code as the vendors send it: digits, no {@code +}. */
  public String wire() {
    return Integer.toString(value);
  }

  @Override
  public String toString() {
    return "+" + value;
  }

  /** libphonenumber's region data, the one source for calling codes and areas. */
  static final class Regions {
    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();

    private Regions() {}

    static io.vavr.collection.Set<String> regionsOf(int callingCode) {
      return io.vavr.collection.TreeSet.ofAll(PHONE.getRegionCodesForCountryCode(callingCode))
          .remove("001")
          .remove("ZZ");
    }

    static boolean isRegion(String alpha2) {
      return PHONE.getSupportedRegions().contains(alpha2);
    }

    static int callingCodeOf(String alpha2) {
      return PHONE.getCountryCodeForRegion(alpha2);
    }

    static PhoneNumberUtil util() {
      return PHONE;
    }
  }
}
