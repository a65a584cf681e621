package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Option;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Classifies a failure to exchange a request with the vendor. The one question that matters for a write: could the
 * request have arrived? Not if the body was never being written (no connection, TLS refused, pool exhausted, the
 * deadline passed first) or the connection itself failed; otherwise maybe (a timeout or a lost connection after
 * sending), and then a mutating action's outcome is unknown while a read is simply unavailable.
 */
final class TransportFailures {

  private TransportFailures() {}

  /**
   * The failure for {@code e}, thrown while exchanging {@code action}'s request.
   *
   * @param writeStarted whether HttpClient started writing the body
   * @param deadlinePassed whether the whole-call deadline aborted the exchange
   */
  static TencentCallFailure classify(
      IntlPartnersAction action, Exception e, boolean writeStarted, boolean deadlinePassed) {
    boolean notSent =
        !writeStarted
            || e instanceof ConnectException
            || e instanceof ConnectTimeoutException
            || e instanceof UnknownHostException
            || e instanceof NoRouteToHostException;
    String code;
    if (deadlinePassed) {
      code = "transport.call-timeout";
    } else if (e instanceof ConnectException || e instanceof ConnectTimeoutException) {
      code = "transport.connect";
    } else if (e instanceof UnknownHostException) {
      code = "transport.unknown-host";
    } else if (e instanceof SSLException && notSent) {
      code = "transport.tls";
    } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      code = "transport.timeout";
    } else {
      code = "transport.io";
    }
    String message =
        e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + (notSent ? " (request not sent)" : " (request may have been sent)");
    FailureKind kind =
        notSent || !action.mutating() ? FailureKind.UNAVAILABLE : FailureKind.OUTCOME_UNKNOWN;
    return TencentCallFailure.local(action.wireName(), kind, code, message, Option.none(), !notSent);
  }

}
