package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.CallDeadlines;
import dev.partnerkit.adapter.support.HttpPools;
import dev.partnerkit.adapter.support.QuietConnections;
import dev.partnerkit.adapter.support.ResponseBodies;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange at a time on Apache HttpClient 5: pooled connections, connect and response timeouts always set,
 * TLS with the JVM's trust store and hostname verification, no automatic retries, no redirects, no cookies, and no
 * header or wire logging ({@code QuietConnections}). Thread-safe.
 */
final class HttpTransport implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
  private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final CloseableHttpClient client;
  private final CallDeadlines deadlines;

  HttpTransport(HuaweiConfig config) {
    this.client = HttpPools.create(config.poolSettings());
    this.deadlines = new CallDeadlines(config.callTimeout(), "huawei-call-deadline");
  }

  /**
   * Sends {@code call} once, under the call deadline ({@link HuaweiConfig#callTimeout()}), and reads the whole
   * answer, or says why there is none.
   */
  Either<TransportFailure, HttpAnswer> exchange(HttpCall call) {
    HttpUriRequestBase built = new HttpUriRequestBase(call.method(), call.uri());
    call.headers().forEach((name, value) -> built.addHeader(header(name, value)));
    if (call.body() != null) {
      built.setEntity(new ByteArrayEntity(call.body(), ContentType.APPLICATION_JSON));
    }
    CallDeadlines.Deadline deadline = deadlines.start(built);
    Either<TransportFailure, HttpAnswer> result = send(call, built);
    deadline.done();
    if (deadline.passed() && result.isLeft()) {
      LOG.debug("{} {} abandoned: the call timeout passed", call.method(), path(call.uri()));
      TransportFailure cut = result.getLeft();
      return Either.left(new TransportFailure("transport.call-timeout",
          "the call timeout passed; " + cut.message(), cut.mayHaveBeenSent()));
    }
    return result;
  }

  private Either<TransportFailure, HttpAnswer> send(HttpCall call, HttpUriRequestBase built) {
    try {
      HttpAnswer answer = client.execute(built, response -> {
        Map<String, String> headers = new HashMap<>();
        for (Header h : response.getHeaders()) {
          headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
        }
        return new HttpAnswer(response.getCode(), headers, read(response.getEntity()));
      });
      return Either.right(answer);
    } catch (ConnectException | ConnectTimeoutException | UnknownHostException | NoRouteToHostException
        | SSLHandshakeException | ConnectionRequestTimeoutException e) {
      return failure(call, "transport.connect_failed", e, false);
    } catch (SocketTimeoutException e) {
      return failure(call, "transport.timeout", e, true);
    } catch (NoHttpResponseException | ConnectionClosedException e) {
      return failure(call, "transport.connection_closed", e, true);
    } catch (IOException e) {
      return failure(call, "transport.io", e, true);
    } catch (IllegalStateException e) {
      // the connection pool is shut down: the client was closed, nothing was sent
      LOG.debug("{} {} refused: the client is closed", call.method(), path(call.uri()));
      return Either.left(new TransportFailure("transport.closed", "the client is closed", false));
    }
  }

  private static Either<TransportFailure, HttpAnswer> failure(
      HttpCall call, String code, IOException e, boolean mayHaveBeenSent) {
    String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    LOG.debug("{} {} failed without an answer: {} (request may have been sent: {})",
        call.method(), path(call.uri()), message, mayHaveBeenSent);
    return Either.left(new TransportFailure(code, message, mayHaveBeenSent));
  }

  private static byte[] read(HttpEntity entity) throws IOException {
    return ResponseBodies.read(entity, MAX_BODY_BYTES);
  }

  private static Header header(String name, String value) {
    return HttpCall.isSensitive(name) ? new RedactedHeader(name, value) : new BasicHeader(name, value);
  }

  static String path(URI uri) {
    return uri.getRawPath();
  }

  @Override
  public void close() {
    deadlines.close();
    client.close(CloseMode.GRACEFUL);
  }

  /** A header whose {@code toString()} hides its value, should anything print it. */
  static final class RedactedHeader extends BasicHeader {
    private static final long serialVersionUID = 1L;

    RedactedHeader(String name, String value) {
      super(name, value, true);
    }

    @Override
    public String toString() {
      return getName() + ": ******";
    }
  }
}
