package dev.partnerkit.sandbox.huawei;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline of a front door, in the order Huawei applies it (IAM's {@code POST /v3/auth/tokens} and {@code
 * GET /v3/auth/domains} aside): route (404 {@code APIGW.0101} for an API the
 * site does not publish), authenticate (token or AK/SK), flow control, injected faults, the operation itself under
 * the book's lock, and the answer with its {@code X-Request-Id}. Logs method, path, status and request id only: never
 * headers or bodies, which carry signatures, tokens, passwords and codes.
 */
final class Dispatcher implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final String TOKENS_PATH = "/v3/auth/tokens";
  private static final String DOMAINS_PATH = "/v3/auth/domains";

  private final HuaweiSite site;
  private final PartnerBook book;
  private final Map<HuaweiOperation, OperationHandler> handlers;
  private final AkSkVerifier akSk;
  private final TokenIssuer tokens;
  private final RateLimiter rateLimiter;
  private final HuaweiFaults faults;
  private final RequestCounter counter;

  Dispatcher(
      HuaweiSite site,
      PartnerBook book,
      Map<HuaweiOperation, OperationHandler> handlers,
      AkSkVerifier akSk,
      TokenIssuer tokens,
      RateLimiter rateLimiter,
      HuaweiFaults faults,
      RequestCounter counter) {
    this.site = site;
    this.book = book;
    this.handlers = handlers;
    this.akSk = akSk;
    this.tokens = tokens;
    this.rateLimiter = rateLimiter;
    this.faults = faults;
    this.counter = counter;
  }

  /** Signals that the connection is to be closed without an answer. */
  private static final class DropConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DropConnection() {
      super(null, null, false, false);
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String requestId = Ids.hex32();
    counter.received();
    WireResponse response;
    try {
      response = answer(read(exchange));
    } catch (DropConnection drop) {
      LOG.info("{} {} -> connection dropped ({})", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), requestId);
      exchange.close();
      return;
    } catch (HuaweiError e) {
      response = new WireResponse(e.status(), e.body(), Map.of());
    } catch (RuntimeException e) {
      LOG.warn("internal error ({}): {}", requestId, e.toString());
      response = new WireResponse(500, new HuaweiError(500, "CBC.0999", "Other error.").body(), Map.of());
    }
    LOG.debug("{} {} -> {} ({})", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), response.status(), requestId);
    send(exchange, response, requestId);
  }

  private WireResponse answer(WireRequest request) {
    if (request.method().equals("POST") && request.path().equals(TOKENS_PATH)) {
      return tokens.issue(request);
    }
    if (request.method().equals("GET") && request.path().equals(DOMAINS_PATH)) {
      authenticate(request);
      return tokens.domains();
    }
    HuaweiOperation op =
        HuaweiOperation.at(request.method(), request.path())
            .filter(o -> o.offeredOn(site))
            .orElseThrow(() -> new HuaweiError(404, "APIGW.0101", "The API does not exist or has not been published in the environment"));
    counter.routed(op);
    Caller caller = authenticate(request);
    rateLimiter.acquire(op, caller);
    List<HuaweiFault> inForce = faults.of(op);
    try {
      return answer(request, op, inForce);
    } finally {
      faults.callDone(op);
    }
  }

  private WireResponse answer(WireRequest request, HuaweiOperation op, List<HuaweiFault> inForce) {
    for (HuaweiFault f : inForce) {
      if (f.kind() == HuaweiFault.Kind.DELAY) {
        sleep(f);
      }
    }
    for (HuaweiFault f : inForce) {
      if (f.kind() == HuaweiFault.Kind.THROTTLED) {
        throw new HuaweiError(429, "CBC.0250", "Message flow control. Please try again later.");
      }
      if (f.kind() == HuaweiFault.Kind.SERVER_ERROR) {
        throw new HuaweiError(500, "CBC.0999", "Other error.");
      }
    }
    boolean drop = inForce.stream().anyMatch(f -> f.kind() == HuaweiFault.Kind.DROP_CONNECTION_AFTER_WRITE);
    WireResponse response;
    try {
      synchronized (book) {
        response = handlers.get(op).handle(request, book);
      }
    } catch (HuaweiError e) {
      if (drop) {
        throw new DropConnection();
      }
      throw e;
    }
    if (drop) {
      throw new DropConnection();
    }
    return response;
  }

  private Caller authenticate(WireRequest request) {
    var token = request.header("x-auth-token");
    if (token.isPresent()) {
      return tokens.verify(token.get());
    }
    var authorization = request.header("authorization");
    if (authorization.isPresent()) {
      return akSk.verify(request, authorization.get());
    }
    throw new HuaweiError(401, "APIGW.0301", "Incorrect IAM authentication information: x-auth-token not found");
  }

  private static void sleep(HuaweiFault delay) {
    try {
      Thread.sleep(delay.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static WireRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
    String rawQuery = exchange.getRequestURI().getRawQuery();
    return new WireRequest(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getRawPath(),
        rawQuery,
        headers,
        body,
        QueryString.parse(rawQuery));
  }

  private static void send(HttpExchange exchange, WireResponse response, String requestId) throws IOException {
    var out = exchange.getResponseHeaders();
    out.set("X-Request-Id", requestId);
    response.headers().forEach(out::set);
    if (response.body() == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      exchange.close();
      return;
    }
    byte[] bytes = Json.bytes(response.body());
    out.set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(bytes);
    }
  }
}
