package dev.partnerkit.adapter.huawei;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny Huawei on 127.0.0.1: verifies AK/SK signatures with {@link IndependentVerifier} and tokens it issued itself
 * ({@code POST /v3/auth/tokens}), records every request, and answers what the test scripts.
 */
final class FakeHuawei implements AutoCloseable {

  static final String AK = "AK-TEST-0001";
  static final String SK = "SK-do-not-leak-5f2a9c";
  static final String USER = "partner-api";
  static final String PASSWORD = "Pw-do-not-leak-77!";
  static final String DOMAIN = "partner-domain";

  /** A request as received. */
  record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return IndependentVerifier.first(headers, name);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A scripted answer. */
  record Canned(int status, String body, long delayMillis) {
    static Canned json(int status, String body) {
      return new Canned(status, body, 0);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Clock clock;
  final List<Received> requests = new CopyOnWriteArrayList<>();
  final List<String> issuedTokens = new CopyOnWriteArrayList<>();
  private final Map<String, Instant> tokenExpiry = new ConcurrentHashMap<>();
  private final AtomicInteger requestIds = new AtomicInteger();
  volatile Function<Received, Canned> responder = r -> Canned.json(200, "{}");
  /** When set, IAM's answer to a wrong user name or password (else Keystone's numeric-code body). */
  volatile Canned iamRefusal;
  volatile Duration tokenLifetime = Duration.ofHours(1);
  volatile long iamDelayMillis;
  /** When positive, BSS answers are written a byte at a time, this many milliseconds apart (chunked). */
  volatile long trickleMillisPerByte;

  private FakeHuawei(Clock clock) throws IOException {
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static FakeHuawei start(Clock clock) throws IOException {
    return new FakeHuawei(clock);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** BSS requests only (not the IAM token requests). */
  List<Received> bssRequests() {
    List<Received> bss = new ArrayList<>();
    for (Received r : requests) {
      if (!r.rawPath().equals("/v3/auth/tokens")) {
        bss.add(r);
      }
    }
    return bss;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    URI uri = exchange.getRequestURI();
    Received received = new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
        Map.copyOf(exchange.getRequestHeaders()), body);
    requests.add(received);
    exchange.getResponseHeaders().add("X-Request-Id", "req-" + requestIds.incrementAndGet());
    if (received.rawPath().equals("/v3/auth/tokens")) {
      issueToken(exchange, received);
      return;
    }
    String refusal = authenticate(received);
    if (refusal != null) {
      send(exchange, new Canned(401,
          "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: " + refusal + "\"}",
          0));
      return;
    }
    if (trickleMillisPerByte > 0) {
      trickle(exchange, responder.apply(received), trickleMillisPerByte);
      return;
    }
    send(exchange, responder.apply(received));
  }

  private static void trickle(HttpExchange exchange, Canned canned, long millisPerByte) {
    exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(canned.status(), 0);
      for (byte b : canned.body().getBytes(StandardCharsets.UTF_8)) {
        out.write(b);
        out.flush();
        sleep(millisPerByte);
      }
    } catch (IOException e) {
      // the client gave up (call timeout test): nothing to do
    } finally {
      exchange.close();
    }
  }

  private String authenticate(Received r) {
    String token = r.header("X-Auth-Token");
    if (token != null) {
      Instant expiry = tokenExpiry.get(token);
      if (expiry == null) {
        return "unknown token";
      }
      return clock.instant().isBefore(expiry) ? null : "token expired";
    }
    return IndependentVerifier.check(r.method(), r.rawPath(), r.rawQuery(), r.headers(), r.body(), AK, SK);
  }

  private void issueToken(HttpExchange exchange, Received r) throws IOException {
    sleep(iamDelayMillis);
    String body = r.bodyText();
    boolean ok = body.contains("\"name\":\"" + USER + "\"") && body.contains("\"password\":\"" + PASSWORD + "\"")
        && body.contains("\"scope\":{\"domain\":{\"name\":\"" + DOMAIN + "\"}}");
    if (!ok && iamRefusal != null) {
      send(exchange, iamRefusal);
      return;
    }
    if (!ok) {
      send(exchange, Canned.json(401,
          "{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\",\"title\":\"Unauthorized\"}}"));
      return;
    }
    String token = "TOKEN-do-not-leak-" + (issuedTokens.size() + 1);
    Instant expires = clock.instant().plus(tokenLifetime);
    tokenExpiry.put(token, expires);
    issuedTokens.add(token);
    exchange.getResponseHeaders().add("X-Subject-Token", token);
    send(exchange, Canned.json(201,
        "{\"token\":{\"expires_at\":\"" + expires + "\",\"issued_at\":\"" + clock.instant() + "\",\"methods\":[\"password\"]}}"));
  }

  private static void send(HttpExchange exchange, Canned canned) throws IOException {
    sleep(canned.delayMillis());
    byte[] bytes = canned.body() == null ? new byte[0] : canned.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
    try {
      exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      // the client gave up (timeout test): nothing to do
    } finally {
      exchange.close();
    }
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
