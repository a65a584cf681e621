package dev.partnerkit.adapter.support;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Objects;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * No HTTP answer, as both vendors' transports report it ({@link HttpExchange}). The one question that matters for a
 * write: could the request have arrived? Not if its body was never being written or the connection itself failed
 * (no connection, unknown host, TLS refused, no pooled connection in time, the client closed); otherwise maybe (a
 * timeout or a lost connection after sending, the whole-call deadline), and then a write's outcome is unknown.
 *
 * @param code the condition: {@code transport.call-timeout} (the whole-call deadline passed), {@code
 *     transport.connect}, {@code transport.unknown-host}, {@code transport.tls}, {@code transport.timeout}, {@code
 *     transport.connection-closed}, {@code transport.closed} (the client was closed) or {@code transport.io}
 * @param message what failed, and whether the request may have been sent; no secret (no header, no body)
 * @param mayHaveBeenSent false only when the request certainly did not leave
 */
public record TransportFailure(String code, String message, boolean mayHaveBeenSent) {

  /** Checks that nothing is null. */
  public TransportFailure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The failure for {@code e}, thrown while exchanging a request.
   *
   * @param e what HttpClient threw
   * @param writeMayHaveStarted whether the request may have begun to leave: false when a request body exists and
   *     HttpClient never started writing it
   * @param deadlinePassed whether the whole-call deadline aborted the exchange
   * @return the condition, its message, and whether the request may have been sent
   */
  public static TransportFailure classify(Exception e, boolean writeMayHaveStarted, boolean deadlinePassed) {
    boolean notSent = !writeMayHaveStarted
        || e instanceof ConnectException
        || e instanceof ConnectTimeoutException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || e instanceof SSLHandshakeException
        || e instanceof ConnectionRequestTimeoutException
        || e instanceof IllegalStateException; // HttpClient's pool refuses a request once shut down
    String code;
    if (deadlinePassed) {
      code = "transport.call-timeout";
    } else if (e instanceof ConnectException || e instanceof ConnectTimeoutException
        || e instanceof NoRouteToHostException) {
      code = "transport.connect";
    } else if (e instanceof UnknownHostException) {
      code = "transport.unknown-host";
    } else if (e instanceof SSLException && notSent) {
      code = "transport.tls";
    } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      code = "transport.timeout";
    } else if (e instanceof NoHttpResponseException || e instanceof ConnectionClosedException) {
      code = "transport.connection-closed";
    } else if (e instanceof IllegalStateException) {
      code = "transport.closed";
    } else {
      code = "transport.io";
    }
    String message = (deadlinePassed ? "the call timeout passed; " : "")
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + (notSent ? " (request not sent)" : " (request may have been sent)");
    return new TransportFailure(code, message, !notSent);
  }
}
