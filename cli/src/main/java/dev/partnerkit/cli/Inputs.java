package dev.partnerkit.cli;

import dev.partnerkit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Operator input checked by the domain's smart constructors; every violation is reported (exit code 2). */
final class Inputs {

  private Inputs() {}

  static <T> T valid(Validation<Seq<Violation>, T> validation, String option) {
    if (validation.isInvalid()) {
      throw CliException.badInput(option + " is invalid: " + validation.getError().mkString("; "));
    }
    return validation.get();
  }
}
