package dev.partnerkit.adapter.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.partnerkit.adapter.support.HttpExchange;
import dev.partnerkit.adapter.support.SecretJson;
import dev.partnerkit.adapter.support.TransportFailure;
import dev.partnerkit.adapter.support.WireJson;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed attempt per call, over adapter-support's {@link HttpExchange} (pooled connections, HttpClient's own
 * retries and redirects off, TLS verified with the JVM's trust store, every timeout set, and a whole-call deadline
 * that aborts the exchange). Logs at DEBUG one line per call and at TRACE the redacted request and the response
 * body; never a secret.
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
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-tc-token");
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private final TencentConfig config;
  private final ServerTime serverTime;
  private final Tc3Signer signer;
  private final HttpExchange http;
  /** Where every action is posted: the endpoint's root, resolved once. */
  private final URI target;
  /** The credentials' own secrets (the SecretKey, a session token), scrubbed from every answer. */
  private final List<String> credentialSecrets;
  private final AtomicBoolean closed = new AtomicBoolean();

  HttpTransport(TencentConfig config) {
    this.config = config;
    this.serverTime = new ServerTime(config.clock());
    this.signer = new Tc3Signer(serverTime);
    this.http = new HttpExchange(config.poolSettings(), config.callTimeout(), MAX_RESPONSE_BYTES, SECRET_HEADERS);
    this.target = config.endpoint().resolve("/");
    List<String> own = new ArrayList<>();
    own.add(config.credentials().secretKey().reveal());
    config.credentials().sessionToken().forEach(token -> own.add(token.reveal()));
    this.credentialSecrets = List.copyOf(own);
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
      return Either.left(TencentCallFailure.local(action.wireName(), FailureKind.UNEXPECTED, "client.serialization",
          "cannot serialize " + request.getClass().getSimpleName(), Option.none(), false));
    }
    List<String> secrets = secretsOf(written.secrets());
    String shownBody = LOG.isTraceEnabled() ? SecretJson.masked(WireJson.MAPPER, request) : "";
    Either<TransportFailure, HttpExchange.Answer> first = send(action, written.bytes(), shownBody);
    Either<TencentCallFailure, R> result = read(action, first, secrets, responseType);
    // the Date header is parsed only here, when it is needed (a DateTimeFormatter parse on every answer was a tenth
    // of a read's allocation)
    Optional<Instant> serverNow = result.isLeft()
        && ServerTime.SIGNATURE_EXPIRE.equals(result.getLeft().trace().code())
        ? ServerTime.parseHttpDate(first.get().header("Date").getOrNull()) : Optional.empty();
    if (serverNow.isPresent()) {
      Duration offset = serverTime.learn(serverNow.get());
      LOG.warn("tencent {}: refused with {}; the server's clock is {} s off this one; signing once more with its time",
          action.wireName(), ServerTime.SIGNATURE_EXPIRE, offset.toSeconds());
      return read(action, send(action, written.bytes(), shownBody), secrets, responseType);
    }
    return result;
  }

  /**
   * Everything a vendor message or traced body must not show: the values the request's {@code Secret} fields
   * revealed into the body, the key, the token.
   */
  private List<String> secretsOf(List<String> revealed) {
    if (revealed.isEmpty()) {
      return credentialSecrets;
    }
    List<String> secrets = new ArrayList<>(revealed);
    secrets.addAll(credentialSecrets);
    return secrets;
  }

  /** One exchange of the POST, signed now (at the corrected time), with the common headers of spec 5.2. */
  private Either<TransportFailure, HttpExchange.Answer> send(IntlPartnersAction action, byte[] body, String shownBody) {
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
    if (LOG.isTraceEnabled()) {
      LOG.trace("tencent {} POST {}{}\n  body: {}", action.wireName(), config.endpoint(), http.shown(headers),
          shownBody);
    }
    return http.send("POST", target, headers, body);
  }

  /** The response record, or why there is none, scrubbed of {@code secrets}. */
  private <R> Either<TencentCallFailure, R> read(IntlPartnersAction action,
      Either<TransportFailure, HttpExchange.Answer> exchanged, List<String> secrets, Class<R> responseType) {
    Either<TencentCallFailure, R> result = exchanged.fold(
        failure -> Either.left(TencentCallFailure.ofTransport(action, failure)),
        answer -> {
          if (LOG.isTraceEnabled()) {
            LOG.trace("tencent {} response body: {}", action.wireName(),
                SecretJson.scrub(abbreviate(answer.body()), secrets));
          }
          return EnvelopeReader.read(action, answer.status(), answer.body(), responseType);
        });
    result = result.mapLeft(failure -> failure.scrubbed(secrets));
    result.peekLeft(failure -> LOG.debug("tencent {} failed: {}", action.wireName(), failure));
    return result;
  }

  private static String abbreviate(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() <= 4000 ? text : text.substring(0, 4000) + "... (" + body.length + " bytes)";
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.close();
    }
  }
}
