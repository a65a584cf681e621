package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.CallDeadlines;
import dev.partnerkit.adapter.support.HttpPools;
import dev.partnerkit.adapter.support.ResponseBodies;
import dev.partnerkit.adapter.support.SecretJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;

import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed attempt per call over Apache HttpClient 5: pooled connections, HttpClient's own retries and redirects
 * off, TLS verified with the JVM's trust store, every timeout set, and a whole-call deadline that aborts the
 * exchange. Logs at DEBUG one line per call and at TRACE the redacted request and the response body; never a
 * secret.
 *
 * <p>Clock skew (spec 5.5): when Tencent refuses a call with {@code AuthFailure.SignatureExpire} and its answer has a
 * usable {@code Date} header, the transport learns the offset between the server's time and its clock, signs the same
 * request again with the corrected time and sends it once more; the offset is kept for later calls. Without a usable
 * {@code Date} the refusal stands; there is never a third attempt. The refused request had no effect, so even a
 * mutating action may be sent again.
 */
final class HttpTransport implements ActionCaller {

  static final String CONTENT_TYPE = "application/json; charset=utf-8";
  private static final int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private final TencentConfig config;
  private final ServerTime serverTime;
  private final Tc3Signer signer;
  private final CloseableHttpClient http;
  private final CallDeadlines deadlines;
  private final AtomicBoolean closed = new AtomicBoolean();

  HttpTransport(TencentConfig config) {
    this.config = config;
    this.serverTime = new ServerTime(config.clock());
    this.signer = new Tc3Signer(serverTime);
    this.http = httpClient(config);
    this.deadlines = new CallDeadlines(config.callTimeout(), "tencent-call-deadline");
  }

  private static CloseableHttpClient httpClient(TencentConfig config) {
    return HttpPools.create(config.poolSettings());
  }

  @Override
  public <R> Either<TencentCallFailure, R> call(IntlPartnersAction action, Object request, Class<R> responseType) {
    if (closed.get()) {
      throw new IllegalStateException("the Tencent client is closed");
    }
    SecretJson.Body written;
    try {
      written = SecretJson.write(WireJson.MAPPER, request);
    } catch (JsonProcessingException e) {
      return Either.left(
          TencentCallFailure.local(
              action.wireName(),
              FailureKind.UNEXPECTED,
              "client.serialization",
              "cannot serialize " + request.getClass().getSimpleName(),
              Option.none(),
              false));
    }
    byte[] body = written.bytes();
    List<String> secrets = secretsOf(written.secrets());
    String shownBody = LOG.isTraceEnabled() ? SecretJson.masked(WireJson.MAPPER, request) : "";
    Attempt<R> first = attempt(action, body, shownBody, secrets, responseType);
    // the Date header is parsed only here, when it is needed (a DateTimeFormatter parse on every answer was a tenth
    // of a read's allocation)
    Optional<Instant> serverNow = first.result().isLeft()
        && ServerTime.SIGNATURE_EXPIRE.equals(first.result().getLeft().trace().code())
        ? ServerTime.parseHttpDate(first.serverDate()) : Optional.empty();
    if (serverNow.isPresent()) {
      Duration offset = serverTime.learn(serverNow.get());
      LOG.warn("tencent {}: refused with {}; the server's clock is {} s off this one; signing once more with its time",
          action.wireName(), ServerTime.SIGNATURE_EXPIRE, offset.toSeconds());
      return attempt(action, body, shownBody, secrets, responseType).result();
    }
    return first.result();
  }

  /** One signed exchange: a fresh entity, signed at the (corrected) current time. */
  private <R> Attempt<R> attempt(
      IntlPartnersAction action, byte[] body, String shownBody, List<String> secrets, Class<R> responseType) {
    SendTrackingEntity entity = new SendTrackingEntity(body);
    HttpPost post = signedPost(action, entity, body, shownBody);
    return exchange(action, post, entity, secrets, responseType);
  }

  /**
   * Everything a vendor message or traced body must not show: the values the request's {@code Secret} fields
   * revealed into the body, the key, the token.
   */
  private List<String> secretsOf(List<String> revealed) {
    List<String> secrets = new ArrayList<>(revealed);
    secrets.add(config.credentials().secretKey().reveal());
    config.credentials().sessionToken().forEach(token -> secrets.add(token.reveal()));
    return secrets;
  }

  /** The POST, signed now, with the common headers of spec 5.2. */
  private HttpPost signedPost(
      IntlPartnersAction action, SendTrackingEntity entity, byte[] body, String shownBody) {
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("content-type", CONTENT_TYPE);
    signed.put("host", config.hostHeader());
    TencentCredentials credentials = config.credentials();
    Tc3Signature signature = signer.sign(credentials, TencentConfig.SERVICE, signed, body);

    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("X-TC-Action", action.wireName());
    headers.put("X-TC-Version", TencentConfig.API_VERSION);
    headers.put("X-TC-Timestamp", Long.toString(signature.timestamp()));
    headers.put("X-TC-Language", config.language().header());
    config.region().forEach(region -> headers.put("X-TC-Region", region));
    credentials.sessionToken().forEach(token -> headers.put("X-TC-Token", token.reveal()));
    headers.put("Authorization", signature.authorization());

    HttpPost post = new HttpPost(config.endpoint().resolve("/"));
    headers.forEach(post::setHeader);
    post.setEntity(entity);
    traceRequest(action, headers, shownBody);
    return post;
  }

  /** Sends, under the whole-call deadline, and reads the answer; never throws for an I/O failure. */
  private <R> Attempt<R> exchange(
      IntlPartnersAction action, HttpPost post, SendTrackingEntity entity, List<String> secrets, Class<R> responseType) {
    long started = System.nanoTime();
    CallDeadlines.Deadline deadline = deadlines.start(post);
    try {
      Answer answer =
          http.execute(post, response -> new Answer(response.getCode(), bytes(response.getEntity()),
              response.getFirstHeader("Date") == null ? null : response.getFirstHeader("Date").getValue()));
      deadline.done();
      LOG.debug(
          "tencent {} -> HTTP {} in {} ms", action.wireName(), answer.status(), elapsedMillis(started));
      if (LOG.isTraceEnabled()) {
        LOG.trace(
            "tencent {} response body: {}", action.wireName(), Redaction.scrub(abbreviate(answer.body()), secrets));
      }
      Either<TencentCallFailure, R> result =
          EnvelopeReader.read(action, answer.status(), answer.body(), responseType)
              .mapLeft(failure -> failure.scrubbed(secrets));
      result.peekLeft(failure -> LOG.debug("tencent {} failed: {}", action.wireName(), failure));
      return new Attempt<>(result, answer.serverDate());
    } catch (IOException | RuntimeException e) {
      deadline.done();
      TencentCallFailure failure =
          TransportFailures.classify(action, e, entity.writeStarted(), deadline.passed()).scrubbed(secrets);
      LOG.debug("tencent {} failed after {} ms: {}", action.wireName(), elapsedMillis(started), failure);
      return new Attempt<>(Either.left(failure), null);
    }
  }

  private void traceRequest(IntlPartnersAction action, Map<String, String> headers, String shownBody) {
    if (LOG.isTraceEnabled()) {
      StringBuilder shown = new StringBuilder();
      headers.forEach((name, value) -> shown.append("\n  ").append(Redaction.header(name, value)));
      LOG.trace(
          "tencent {} POST {}{}\n  body: {}",
          action.wireName(),
          config.endpoint(),
          shown,
          shownBody);
    }
  }

  private static byte[] bytes(HttpEntity entity) throws IOException {
    return ResponseBodies.read(entity, MAX_RESPONSE_BYTES);
  }

  private static String abbreviate(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() <= 4000 ? text : text.substring(0, 4000) + "... (" + body.length + " bytes)";
  }

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    deadlines.close();
    http.close(CloseMode.GRACEFUL);
  }

  /** An answer, with its raw {@code Date} header (null if none). */
  private record Answer(int status, byte[] body, String serverDate) {}

  /** The outcome of one exchange, and the raw {@code Date} header of its answer (null if none). */
  private record Attempt<R>(Either<TencentCallFailure, R> result, String serverDate) {}
}
