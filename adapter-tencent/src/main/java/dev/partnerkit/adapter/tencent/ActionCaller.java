package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import io.vavr.control.Either;

/**
 * Makes one attempt at one action: serialize, sign, send, read the envelope. Retry and rate limiting are not here:
 * the typed client runs every attempt through its pipeline ({@code GuardedCall}); a test may implement this interface.
 */
interface ActionCaller extends AutoCloseable {

  /**
   * One attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @throws IllegalStateException if this caller is closed
   * @param request the request record, serialized as the body
   * @param responseType the record the {@code Response} object is read into
   */
  <R> Either<TencentCallFailure, R> call(IntlPartnersAction action, Object request, Class<R> responseType);

  /** Releases the connections; further calls throw {@link IllegalStateException}. Closing twice is harmless. */
  @Override
  void close();
}
