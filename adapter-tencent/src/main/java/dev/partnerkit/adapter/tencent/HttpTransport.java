package dev.partnerkit.adapter.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed attempt per call over Apache HttpClient 5: pooled connections, HttpClient's own retries and redirects
 * off, TLS verified with the JVM's trust store, every timeout set, and a whole-call deadline that aborts the
 * exchange. Logs at DEBUG one line per call and at TRACE the redacted request and the response body; never a
 * secret.
 */
final class HttpTransport implements ActionCaller {

  static final String CONTENT_TYPE = "application/json; charset=utf-8";
  private static final int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private final TencentConfig config;
  private final Tc3Signer signer;
  private final CloseableHttpClient http;
  private final ScheduledExecutorService deadlines;
  private final AtomicBoolean closed = new AtomicBoolean();

  HttpTransport(TencentConfig config) {
    this.config = config;
    this.signer = new Tc3Signer(config.clock());
    this.http = httpClient(config);
    this.deadlines =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tencent-call-deadline");
              t.setDaemon(true);
              return t;
            });
  }

  private static CloseableHttpClient httpClient(TencentConfig config) {
    HttpClientConnectionManager pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setConnectionFactory(QuietConnection.FACTORY)
            .setMaxConnTotal(config.maxConnections())
            .setMaxConnPerRoute(config.maxConnections())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(timeout(config.connectTimeout()))
                    .setSocketTimeout(timeout(config.responseTimeout()))
                    .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                    .setTimeToLive(TimeValue.ofMinutes(5))
                    .build())
            .build();
    var builder =
        HttpClients.custom()
            .setConnectionManager(pool)
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(timeout(config.connectTimeout()))
                    .setResponseTimeout(timeout(config.responseTimeout()))
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .evictIdleConnections(TimeValue.ofSeconds(30))
            .setUserAgent("partnerkit-adapter-tencent");
    config.proxyHost().ifPresent(host -> builder.setProxy(new HttpHost("http", host, config.proxyPort())));
    return builder.build();
  }

  @Override
  public <R> Either<TencentCallFailure, R> call(ActionSpec action, Object request, Class<R> responseType) {
    if (closed.get()) {
      throw new IllegalStateException("the Tencent client is closed");
    }
    byte[] body;
    try {
      body = WireJson.MAPPER.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      return Either.left(
          TencentCallFailure.local(
              action.name(),
              FailureKind.UNEXPECTED,
              "client.serialization",
              "cannot serialize " + request.getClass().getSimpleName(),
              Option.none(),
              false));
    }
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("content-type", CONTENT_TYPE);
    signed.put("host", config.hostHeader());
    TencentCredentials credentials = config.credentials();
    List<String> secrets = new ArrayList<>(Redaction.secretValues(body));
    secrets.add(credentials.secretKey().reveal());
    credentials.sessionToken().ifPresent(token -> secrets.add(token.reveal()));
    Tc3Signature signature = signer.sign(credentials, TencentConfig.SERVICE, signed, body);

    HttpPost post = new HttpPost(config.endpoint().resolve("/"));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("X-TC-Action", action.name());
    headers.put("X-TC-Version", TencentConfig.API_VERSION);
    headers.put("X-TC-Timestamp", Long.toString(signature.timestamp()));
    headers.put("X-TC-Language", config.language().header());
    config.region().ifPresent(region -> headers.put("X-TC-Region", region));
    credentials.sessionToken().ifPresent(token -> headers.put("X-TC-Token", token.reveal()));
    headers.put("Authorization", signature.authorization());
    headers.forEach(post::setHeader);
    SendTrackingEntity entity = new SendTrackingEntity(body);
    post.setEntity(entity);
    traceRequest(action, headers, body);

    long started = System.nanoTime();
    AtomicBoolean deadlinePassed = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        deadlines.schedule(
            () -> {
              deadlinePassed.set(true);
              post.cancel();
            },
            config.callTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      Answer answer =
          http.execute(post, response -> new Answer(response.getCode(), bytes(response.getEntity())));
      deadline.cancel(false);
      LOG.debug(
          "tencent {} -> HTTP {} in {} ms", action.name(), answer.status(), elapsedMillis(started));
      if (LOG.isTraceEnabled()) {
        LOG.trace(
            "tencent {} response body: {}", action.name(), Redaction.scrub(abbreviate(answer.body()), secrets));
      }
      Either<TencentCallFailure, R> result =
          EnvelopeReader.read(action, answer.status(), answer.body(), responseType)
              .mapLeft(failure -> failure.scrubbed(secrets));
      result.peekLeft(failure -> LOG.debug("tencent {} failed: {}", action.name(), failure));
      return result;
    } catch (IOException | RuntimeException e) {
      deadline.cancel(false);
      TencentCallFailure failure =
          transportFailure(action, e, entity.writeStarted(), deadlinePassed.get()).scrubbed(secrets);
      LOG.debug("tencent {} failed after {} ms: {}", action.name(), elapsedMillis(started), failure);
      return Either.left(failure);
    }
  }

  static TencentCallFailure transportFailure(
      ActionSpec action, Exception e, boolean writeStarted, boolean deadlinePassed) {
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
    return TencentCallFailure.local(action.name(), kind, code, message, Option.none(), !notSent);
  }

  private void traceRequest(ActionSpec action, Map<String, String> headers, byte[] body) {
    if (LOG.isTraceEnabled()) {
      StringBuilder shown = new StringBuilder();
      headers.forEach((name, value) -> shown.append("\n  ").append(Redaction.header(name, value)));
      LOG.trace(
          "tencent {} POST {}{}\n  body: {}",
          action.name(),
          config.endpoint(),
          shown,
          Redaction.body(body));
    }
  }

  private static byte[] bytes(HttpEntity entity) throws IOException {
    return entity == null ? new byte[0] : EntityUtils.toByteArray(entity, MAX_RESPONSE_BYTES);
  }

  private static String abbreviate(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() <= 4000 ? text : text.substring(0, 4000) + "... (" + body.length + " bytes)";
  }

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  private static Timeout timeout(Duration d) {
    return Timeout.ofMilliseconds(d.toMillis());
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    deadlines.shutdownNow();
    http.close(CloseMode.GRACEFUL);
  }

  private record Answer(int status, byte[] body) {}
}
