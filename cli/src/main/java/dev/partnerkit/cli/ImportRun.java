package dev.partnerkit.cli;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of an import: one create per valid row, in file order, at the pace the gateway keeps (the vendor's
 * published rate), each under a key derived from the row's customer identity, journaled by the gateway so that a run
 * that is killed and started again replays what was done, reconciles what was in flight, and creates the rest.
 */
final class ImportRun {

  private final RegistrationFile file;
  private final RegistrationForms forms;
  private final Set<Long> invalidRows;
  private final Progress progress;
  private final Map<ResultFile.Outcome, Long> counts = new EnumMap<>(ResultFile.Outcome.class);
  private long unsettled;

  ImportRun(RegistrationFile file, RegistrationForms forms, Set<Long> invalidRows, Progress progress) {
    this.file = file;
    this.forms = forms;
    this.invalidRows = invalidRows;
    this.progress = progress;
  }

  /** Creates every valid row through {@code open}'s gateway, writing each outcome to {@code results}. */
  Map<ResultFile.Outcome, Long> run(Gateways.OpenGateway open, ResultFile results) {
    file.forEach(row -> {
      Validation<Seq<Violation>, CustomerRegistration> validated = RowValidation.validate(forms, row);
      if (invalidRows.contains(row.number()) || validated.isInvalid()) {
        String codes = validated.isInvalid() ? validated.getError().map(v -> v.code().code()).distinct().mkString(" ")
            : RowValidation.DUPLICATE;
        String message = validated.isInvalid() ? validated.getError().mkString("; ")
            : "the same customer as an earlier row";
        record(results, row.number(), ResultFile.Outcome.INVALID, null, null, codes, message);
        return;
      }
      CustomerRegistration registration = validated.get();
      Either<GatewayFailure, CustomerCreated> created =
          open.gateway().createCustomer(registration, IdempotencyKeys.of(registration));
      if (created.isRight()) {
        CustomerCreated c = created.get();
        ResultFile.Outcome outcome = c.association() == Customer.Association.PENDING ? ResultFile.Outcome.PENDING
            : ResultFile.Outcome.valueOf(c.provenance().name());
        record(results, row.number(), outcome, c.id().value(), c.accountName().getOrNull(), null,
            outcome == ResultFile.Outcome.PENDING ? "created; the vendor has not finished binding it to the partner"
                : null);
        return;
      }
      GatewayFailure failure = created.getLeft();
      if (failure.kind() == FailureKind.OUTCOME_UNKNOWN) {
        unsettled++;
        record(results, row.number(), ResultFile.Outcome.PENDING, null, null, failure.trace().code(),
            "not known yet whether the account was created; run the same import again: " + failure.message());
        return;
      }
      record(results, row.number(), ResultFile.Outcome.FAILED, null, null, failure.trace().code(), failure.message());
      if (failure.kind() == FailureKind.UNAUTHORIZED) {
        progress.finish();
        throw Failures.toException(failure, "row " + row.number() + ": stopping the import");
      }
    });
    progress.finish();
    return counts;
  }

  /** Rows that did not end with an account: failed, invalid, or of unknown outcome. */
  long notCreated() {
    return counts.getOrDefault(ResultFile.Outcome.FAILED, 0L) + counts.getOrDefault(ResultFile.Outcome.INVALID, 0L)
        + unsettled;
  }

  private void record(ResultFile results, long row, ResultFile.Outcome outcome, String id, String accountName,
      String code, String message) {
    results.write(row, outcome, id, accountName, code, message);
    counts.merge(outcome, 1L, Long::sum);
    if (outcome != ResultFile.Outcome.INVALID) {
      progress.rowDone(outcome == ResultFile.Outcome.FAILED || (outcome == ResultFile.Outcome.PENDING && id == null));
    }
  }
}
