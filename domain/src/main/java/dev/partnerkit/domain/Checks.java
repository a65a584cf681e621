package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * The small toolkit every smart constructor uses: run the rule function, wrap the result as a {@link Validation}, or
 * throw when a constructor is handed a value that its own rules refuse (a bug, not user input).
 */
final class Checks {

  private Checks() {}

  /** {@code valid(build.get())} when there are no violations, {@code invalid(violations)} otherwise. */
  static <T> Validation<Seq<Violation>, T> validate(Seq<Violation> violations, Supplier<T> build) {
    return violations.isEmpty() ? Validation.valid(build.get()) : Validation.invalid(violations);
  }

  /** Throws {@link IllegalArgumentException} naming every violation; used by constructors. */
  static void require(Seq<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(violations.mkString("invalid value: ", "; ", ""));
    }
  }

  /** The violations of a validation (empty when valid). */
  static Seq<Violation> errors(Validation<Seq<Violation>, ?> v) {
    return v.isValid() ? List.empty() : v.getError();
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static Violation required(String field, String what) {
    return Violation.of(ViolationCode.REQUIRED, field, what + " is required");
  }

  /** Length in Unicode code points, so that a non-BMP character counts as one character. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  static boolean allAsciiDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
