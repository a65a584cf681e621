package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.VendorCallFailure;

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

  private TencentCallFailure(String action, FailureKind kind, VendorTrace trace, boolean maybeApplied) {
    super(action, kind, trace, maybeApplied);
  }

  /** The vendor answered with {@code Response.Error}: it refused the request, which therefore had no effect. */
  static TencentCallFailure vendorError(
      String action, String code, String message, int httpStatus, String requestId) {
    return new TencentCallFailure(
        action,
        ErrorTable.kindOf(code),
        new VendorTrace(SOURCE, code, message, Option.some(httpStatus), Option.of(requestId)),
        false);
  }

  /** A failure without a vendor error code ({@code code} names the condition, e.g. {@code transport.timeout}). */
  static TencentCallFailure local(
      String action, FailureKind kind, String code, String message, Option<Integer> httpStatus, boolean maybeApplied) {
    return new TencentCallFailure(
        action, kind, new VendorTrace(SOURCE, code, message, httpStatus, Option.none()), maybeApplied);
  }

  /** This failure with every occurrence of {@code secrets} in the trace message masked. */
  TencentCallFailure scrubbed(Collection<String> secrets) {
    VendorTrace scrubbed = scrubbedTrace(secrets);
    return scrubbed == trace() ? this : new TencentCallFailure(operation(), kind(), scrubbed, maybeApplied());
  }
}
