package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A customer's industry as the vendor's two-level hierarchy: a first-level id (e.g. {@code kghy_01}) and a second
 * level that belongs to it (e.g. {@code kghy_0101}). Whether the pair exists is decided by the vendor's {@link
 * TradeCatalog}.
 */
public record TradeCategory(String firstLevel, String secondLevel) {

  /** The form fields these values are reported under. */
  public static final String FIRST_FIELD = "tradeCategory.firstLevel";

  public static final String SECOND_FIELD = "tradeCategory.secondLevel";

  public TradeCategory {
    Checks.require(check(firstLevel, secondLevel));
  }

  /**
   * Checks untrusted input. Without a catalog only the shape is checked: both ids present, at most 64 characters of
   * letters, digits and {@code _}.
   */
  public static Validation<Seq<Violation>, TradeCategory> parse(String first, String second) {
    String f = first == null ? null : first.strip();
    String s = second == null ? null : second.strip();
    return Checks.validate(check(f, s), () -> new TradeCategory(f, s));
  }

  /** Checks untrusted input against the vendor's catalog: the second level must be a child of the first. */
  public static Validation<Seq<Violation>, TradeCategory> parse(
      String first, String second, TradeCatalog catalog) {
    return parse(first, second).flatMap(c -> catalog.check(c).map(ok -> c));
  }

  static Seq<Violation> check(String f, String s) {
    return checkId(FIRST_FIELD, "a first-level trade category", f)
        .appendAll(checkId(SECOND_FIELD, "a second-level trade category", s));
  }

  private static Seq<Violation> checkId(String field, String what, String id) {
    if (Checks.isBlank(id)) {
      return List.of(Checks.required(field, what));
    }
    if (!id.matches("[A-Za-z0-9_]{1,64}")) {
      return List.of(
          Violation.of(
              ViolationCode.FORMAT, field, "must be an industry id such as kghy_01 (letters, digits, _)"));
    }
    return List.empty();
  }

  @Override
  public String toString() {
    return firstLevel + "/" + secondLevel;
  }
}
