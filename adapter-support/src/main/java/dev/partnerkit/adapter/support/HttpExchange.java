package dev.partnerkit.adapter.support;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange at a time, for both vendors' transports: the request (method, URI, headers, body bytes) goes
 * out on the pool {@link HttpPools} builds, under the whole-call deadline ({@link CallDeadlines}); the whole answer
 * comes back, up to a size limit ({@link ResponseBodies}); and an I/O failure is a {@link TransportFailure} that says
 * whether the request may have been sent (the body remembers whether HttpClient started writing it). Never throws
 * for an I/O failure. Credential headers, named by the vendor, are never shown. Logs one DEBUG line per exchange.
 * Thread-safe.
 */
public final class HttpExchange implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpExchange.class);
  private static final String MASK = "******";

  private final String vendor;
  private final CloseableHttpClient http;
  private final CallDeadlines deadlines;
  private final int maxBodyBytes;
  private final Set<String> secretHeaders;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Exchanges over a new pool.
   *
   * @param pool the pool's settings (its {@code vendor} names the deadline thread and the log lines)
   * @param callTimeout the whole-call deadline of one exchange
   * @param maxBodyBytes the largest answer body read; a larger one is a {@code transport.io} failure
   * @param secretHeaders the lower-case names of the headers that carry credentials
   */
  public HttpExchange(HttpPools.Settings pool, Duration callTimeout, int maxBodyBytes, Set<String> secretHeaders) {
    this.vendor = pool.vendor();
    this.http = HttpPools.create(pool);
    this.deadlines = new CallDeadlines(callTimeout, vendor + "-call-deadline");
    this.maxBodyBytes = maxBodyBytes;
    this.secretHeaders = Set.copyOf(secretHeaders);
  }

  /**
   * Sends one request and reads its whole answer, or says why there is none.
   *
   * @param method the HTTP method
   * @param uri the full URI, query already encoded
   * @param headers the headers, in order, as they are to be sent
   * @param body the exact body bytes, or null for none
   * @return the answer (any status), or the transport failure
   */
  public Either<TransportFailure, Answer> send(String method, URI uri, Map<String, String> headers, byte[] body) {
    if (closed.get()) {
      return Either.left(new TransportFailure("transport.closed", "the client is closed (request not sent)", false));
    }
    HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
    headers.forEach((name, value) -> request.addHeader(
        isSecret(name) ? new SecretHeader(name, value) : new BasicHeader(name, value)));
    TrackedBody entity = body == null ? null : new TrackedBody(body);
    request.setEntity(entity);
    long started = System.nanoTime();
    CallDeadlines.Deadline deadline = deadlines.start(request);
    try {
      Answer answer = http.execute(request, response -> new Answer(
          response.getCode(), response.getHeaders(), ResponseBodies.read(response.getEntity(), maxBodyBytes)));
      deadline.done();
      LOG.debug("{} {} {} -> HTTP {} in {} ms", vendor, method, uri.getRawPath(), answer.status(),
          millisSince(started));
      return Either.right(answer);
    } catch (IOException | RuntimeException e) {
      deadline.done();
      TransportFailure failure =
          TransportFailure.classify(e, entity == null || entity.writeStarted, deadline.passed());
      LOG.debug("{} {} {} failed after {} ms: {} {}", vendor, method, uri.getRawPath(), millisSince(started),
          failure.code(), failure.message());
      return Either.left(failure);
    }
  }

  /** {@code headers} as log lines ({@code "\n  name: value"} each), the credential headers' values masked. */
  public String shown(Map<String, String> headers) {
    StringBuilder shown = new StringBuilder();
    headers.forEach((name, value) -> shown.append("\n  ").append(name).append(": ").append(
        isSecret(name) ? MASK : value));
    return shown.toString();
  }

  private boolean isSecret(String headerName) {
    return secretHeaders.contains(headerName.toLowerCase(Locale.ROOT));
  }

  private static long millisSince(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  /** Releases the connections; later exchanges fail with {@code transport.closed}. Closing twice is harmless. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      deadlines.close();
      http.close(CloseMode.GRACEFUL);
    }
  }

  /**
   * An answer: its status, headers and whole body. {@link #toString()} shows the status and the body's size only.
   *
   * @param status the HTTP status
   * @param headers the headers, as received
   * @param body the body (empty if none)
   */
  public record Answer(int status, Header[] headers, byte[] body) {

    /** The first value of header {@code name} (case-insensitive), if any. */
    public Option<String> header(String name) {
      for (Header h : headers) {
        if (h.getName().equalsIgnoreCase(name)) {
          return Option.of(h.getValue());
        }
      }
      return Option.none();
    }

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
      return "Answer[" + status + ", " + body.length + " bytes]";
    }
  }

  /** A header whose {@code toString()} hides its value, should anything print it. */
  private static final class SecretHeader extends BasicHeader {
    private static final long serialVersionUID = 1L;

    SecretHeader(String name, String value) {
      super(name, value, true);
    }

    @Override
    public String toString() {
      return getName() + ": " + MASK;
    }
  }

  /**
   * The request body, remembering whether HttpClient started writing it: a failure before that (no connection, TLS
   * refused) means the vendor cannot have acted on the request. No content type: the caller sends the exact header
   * (a signature may cover it).
   */
  private static final class TrackedBody extends AbstractHttpEntity {
    private final byte[] body;
    private volatile boolean writeStarted;

    TrackedBody(byte[] body) {
      super((String) null, null, false);
      this.body = body;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      writeStarted = true;
      out.write(body);
      out.flush();
    }

    @Override
    public InputStream getContent() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public long getContentLength() {
      return body.length;
    }

    /** Repeatable, so that HttpClient can answer a proxy's login challenge (it never retries on its own). */
    @Override
    public boolean isRepeatable() {
      return true;
    }

    @Override
    public boolean isStreaming() {
      return false;
    }

    @Override
    public void close() {}
  }
}
