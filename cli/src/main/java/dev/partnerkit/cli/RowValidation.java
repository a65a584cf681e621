package dev.partnerkit.cli;

import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The first pass of an import: every row validated by the vendor's rules before anything is created, every
 * violation of every row reported, and a customer that appears twice in the file (the same {@link
 * CustomerRegistration#identity()}) reported at its later rows. Holds only the numbers of the invalid rows and a
 * short hash per customer.
 */
final class RowValidation {

  /** One problem of one row. */
  record Problem(long row, String field, String code, String message) {
    @Override
    public String toString() {
      return "row " + row + ": " + field + ": " + message + " [" + code + "]";
    }
  }

  /** What the pass found. */
  record Result(long rows, Set<Long> invalidRows, long duplicates) {
    long validRows() {
      return rows - invalidRows.size();
    }
  }

  static final String DUPLICATE = "row.duplicate";

  private final RegistrationForms forms;
  private final Map<String, Long> firstRowOfCustomer = new HashMap<>();
  private final Set<Long> invalidRows = new HashSet<>();
  private long rows;
  private long duplicates;

  private RowValidation(RegistrationForms forms) {
    this.forms = forms;
  }

  /** Validates every row of {@code file}, giving each problem to {@code report} as it is found. */
  static Result of(RegistrationFile file, RegistrationForms forms, Consumer<Problem> report) {
    RowValidation pass = new RowValidation(forms);
    file.forEach(row -> pass.check(row, report));
    return new Result(pass.rows, Set.copyOf(pass.invalidRows), pass.duplicates);
  }

  private void check(RegistrationFile.Row row, Consumer<Problem> report) {
    rows++;
    Validation<Seq<Violation>, CustomerRegistration> validated = validate(forms, row);
    if (validated.isInvalid()) {
      invalidRows.add(row.number());
      validated.getError().forEach(v -> report.accept(
          new Problem(row.number(), v.field(), v.code().code(), v.message())));
      return;
    }
    String customer = IdempotencyKeys.sha256(validated.get().identity()).substring(0, 32);
    Long first = firstRowOfCustomer.putIfAbsent(customer, row.number());
    if (first != null) {
      duplicates++;
      invalidRows.add(row.number());
      report.accept(new Problem(row.number(), forms.identityField(), DUPLICATE,
          "is the same customer as row " + first + "; each customer may appear once"));
    }
  }

  /** A row's registration, or every violation of it (problems found while reading it included). */
  static Validation<Seq<Violation>, CustomerRegistration> validate(RegistrationForms forms, RegistrationFile.Row row) {
    Seq<Violation> read = List.ofAll(row.problems());
    if (row.values().isEmpty() && !read.isEmpty()) {
      // a line that could not be read at all (not JSON) is one problem, not one "is required" per field
      return Validation.invalid(read);
    }
    Validation<Seq<Violation>, CustomerRegistration> validated = forms.validate(row.values());
    if (read.isEmpty()) {
      return validated;
    }
    return Validation.invalid(validated.isInvalid() ? read.appendAll(validated.getError()) : read);
  }
}
