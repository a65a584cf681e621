package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.ErrorTable;
import dev.partnerkit.adapter.support.HttpExchange;
import dev.partnerkit.adapter.support.TransportFailure;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Option;

/** Builds {@link HuaweiCallFailure}s from answers, transport failures and local refusals. */
final class Failures {

  static final String REQUEST_ID = "X-Request-Id";

  /** Huawei's error codes and their kinds ({@code huawei-error-codes.tsv}). */
  static final ErrorTable ERRORS = ErrorTable.load(Failures.class, "huawei-error-codes.tsv");

  private Failures() {}

  /** A non-2xx answer (or a 2xx with an {@code error_code}), classified by the error table. */
  static HuaweiCallFailure fromAnswer(String operation, boolean mutates, HttpExchange.Answer answer) {
    ErrorBody error = ErrorBody.parse(answer.body());
    FailureKind kind = ERRORS.classify(error.code(), answer.status());
    String code = error.code() != null ? error.code() : "http." + answer.status();
    String message = error.message() != null ? error.message()
        : "HTTP " + answer.status() + " without a Huawei error body";
    boolean pending = HuaweiCallFailure.ASSOCIATION_PENDING_CODE.equals(error.code());
    HuaweiCallFailure.CreatedCustomer created = pending && error.domainId() != null
        ? new HuaweiCallFailure.CreatedCustomer(error.domainId(), error.domainName())
        : null;
    boolean maybeApplied = pending || (mutates && answer.status() >= 500);
    return new HuaweiCallFailure(operation, kind, trace(code, message, answer), maybeApplied, created);
  }

  /** A 2xx answer whose body could not be read as the expected response. */
  static HuaweiCallFailure malformed(String operation, boolean mutates, HttpExchange.Answer answer, String why) {
    return new HuaweiCallFailure(operation, FailureKind.UNEXPECTED,
        trace("response.malformed", why, answer), mutates, null);
  }

  /** No answer at all. */
  static HuaweiCallFailure fromTransport(String operation, boolean mutates, TransportFailure failure) {
    boolean maybeApplied = mutates && failure.mayHaveBeenSent();
    FailureKind kind = maybeApplied ? FailureKind.OUTCOME_UNKNOWN : FailureKind.UNAVAILABLE;
    return new HuaweiCallFailure(operation, kind,
        VendorTrace.local(HuaweiCallFailure.SOURCE, failure.code(), failure.message()), maybeApplied, null);
  }

  /** Refused before anything was sent. */
  static HuaweiCallFailure local(String operation, FailureKind kind, String code, String message) {
    return new HuaweiCallFailure(operation, kind, VendorTrace.local(HuaweiCallFailure.SOURCE, code, message), false,
        null);
  }

  private static VendorTrace trace(String code, String message, HttpExchange.Answer answer) {
    return new VendorTrace(HuaweiCallFailure.SOURCE, code, message, Option.some(answer.status()),
        answer.header(REQUEST_ID));
  }
}
