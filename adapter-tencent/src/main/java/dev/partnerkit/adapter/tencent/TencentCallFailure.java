package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.ErrorTable;
import dev.partnerkit.adapter.support.TransportFailure;
import dev.partnerkit.adapter.support.VendorCallFailure;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Option;
import java.util.Collection;

/**
 * Why one call to intlpartnersmgt did not return a result: a vendor error (which Tencent sends inside an HTTP 200
 * body), an unusable HTTP answer, or a transport failure.
 *
 * <p>{@link #kind()} classifies it (vendor codes through the adapter's error table; unknown codes and malformed
 * bodies are {@link FailureKind#UNEXPECTED}); {@link #trace()} says what happened, for logs and support; {@link
 * #maybeApplied()} says whether the vendor may have received, and acted on, the request. None of them contains a
 * secret.
 */
public final class TencentCallFailure extends VendorCallFailure {

  /** The {@link VendorTrace#source()} of every trace made by this adapter. */
  public static final String SOURCE = "tencent";

  /** Tencent's error codes and their kinds ({@code error-kinds.tsv}). */
  static final ErrorTable ERRORS = ErrorTable.load(TencentCallFailure.class, "error-kinds.tsv");

  private TencentCallFailure(String action, FailureKind kind, VendorTrace trace, boolean maybeApplied) {
    super(action, kind, trace, maybeApplied);
  }

  /** The vendor answered with {@code Response.Error}: it refused the request, which therefore had no effect. */
  static TencentCallFailure vendorError(
      String action, String code, String message, int httpStatus, String requestId) {
    return new TencentCallFailure(
        action,
        ERRORS.classify(code, httpStatus),
        new VendorTrace(SOURCE, code, message, Option.some(httpStatus), Option.of(requestId)),
        false);
  }

  /** A failure without a vendor error code ({@code code} names the condition, e.g. {@code transport.timeout}). */
  static TencentCallFailure local(
      String action, FailureKind kind, String code, String message, Option<Integer> httpStatus, boolean maybeApplied) {
    return new TencentCallFailure(
        action, kind, new VendorTrace(SOURCE, code, message, httpStatus, Option.none()), maybeApplied);
  }

  /** No answer: a read is unavailable; a write that may have been sent has an unknown outcome. */
  static TencentCallFailure ofTransport(IntlPartnersAction action, TransportFailure failure) {
    FailureKind kind = failure.mayHaveBeenSent() && action.mutating()
        ? FailureKind.OUTCOME_UNKNOWN : FailureKind.UNAVAILABLE;
    return local(action.wireName(), kind, failure.code(), failure.message(), Option.none(), failure.mayHaveBeenSent());
  }

  /** This failure with every occurrence of {@code secrets} in the trace message masked. */
  TencentCallFailure scrubbed(Collection<String> secrets) {
    VendorTrace scrubbed = scrubbedTrace(secrets);
    return scrubbed == trace() ? this : new TencentCallFailure(operation(), kind(), scrubbed, maybeApplied());
  }
}
