package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.partnerkit.sandbox.shared.Fault;
import dev.partnerkit.sandbox.shared.Faults;
import dev.partnerkit.sandbox.shared.RateLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tencent front door: an {@link HttpHandler} that answers like {@code intlpartnersmgt} 2022-09-28 on the wire.
 * The sandbox mounts it at {@code /}; most users never touch this class and go through {@code Sandbox}.
 *
 * <p>Each request goes through, in order: POST only; {@code X-TC-Action} present ({@code MissingParameter}), {@code
 * X-TC-Version} present ({@code MissingParameter}) and equal to {@code 2022-09-28} ({@code NoSuchVersion}), the
 * action known ({@code InvalidAction}); the TC3-HMAC-SHA256 signature ({@code AuthFailure.*}); the action's rate
 * limit ({@code RequestLimitExceeded}); an injected fault, if any; the JSON body and its parameters ({@code
 * InvalidParameter}, {@code UnknownParameter}, {@code MissingParameter} or the action's own code); then the action.
 * Every answer is HTTP 200 with a fresh RequestId. Nothing secret (keys, signatures, passwords, codes) is logged.
 */
public final class TencentFrontDoor {

  /** The only API version the front door answers. */
  public static final String VERSION = "2022-09-28";

  static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(TencentFrontDoor.class);

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private final Envelope envelope = new Envelope(json);
  private final RequestSchema schema = RequestSchema.load();
  private final ActionTable actions = new ActionTable();
  private final RequestCounter counter = new RequestCounter();
  private final SignatureVerifier verifier;
  private final RateLimits.Limiter limiter;
  private final Faults faults;
  private final TencentState state;
  private final TencentSandbox backChannel;

  private TencentFrontDoor(
      Map<String, String> credentials, Clock clock, RateLimits rateLimits, Faults faults, Optional<Path> fixturesDir) {
    this.verifier = new SignatureVerifier(credentials, clock);
    this.limiter = rateLimits.limiter(clock);
    this.faults = faults;
    this.state = new TencentState(clock);
    Fixtures fixtures = new Fixtures(json, fixturesDir);
    new CustomerActions(state, fixtures).register(actions);
    new ResellerActions(state).register(actions);
    new CreditActions(state).register(actions);
    new InvitationActions(state).register(actions);
    new FixtureActions(fixtures).register(actions);
    this.backChannel = new TencentSandbox(state, counter, faults);
  }

  /**
   * A front door accepting these credentials.
   *
   * @param credentials SecretKey by SecretId (at least one pair)
   * @param clock the sandbox clock: signature timestamps, rate limits and every time the sandbox writes
   * @param rateLimits per-action limits (see {@link #publishedRateLimits()})
   * @param faults the faults to apply, shared with the back-channel
   * @param fixturesDir a directory whose {@code <Action>.json} files replace the shipped fixtures
   */
  public static TencentFrontDoor create(
      Map<String, String> credentials, Clock clock, RateLimits rateLimits, Faults faults, Optional<Path> fixturesDir) {
    if (credentials.isEmpty()) {
      throw new IllegalArgumentException("at least one SecretId/SecretKey pair is needed");
    }
    return new TencentFrontDoor(
        credentials, Objects.requireNonNull(clock, "clock"), rateLimits, faults, fixturesDir);
  }

  /** Tencent's published per-action limits in requests per second (spec section 1); 46 actions. */
  public static Map<String, Integer> publishedRateLimits() {
    return PublishedRateLimits.PER_SECOND;
  }

  /** The handler to mount at {@code /}. */
  public HttpHandler handler() {
    return this::handle;
  }

  /** The back-channel for tests. */
  public TencentSandbox backChannel() {
    return backChannel;
  }

  /** A request that passed the gate, with the fault it drew (if any). */
  private record Admitted(String action, ActionTable.Entry entry, Optional<Fault> fault) {
    boolean dropsConnection() {
      return fault.map(f -> f.kind() == Fault.Kind.DROP_CONNECTION_AFTER_WRITE).orElse(false);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = UUID.randomUUID().toString();
    String action = exchange.getRequestHeaders().getFirst("X-TC-Action");
    try {
      byte[] body = readBody(exchange.getRequestBody());
      Admitted admitted = admit(exchange, action, body);
      byte[] answer;
      try {
        answer = envelope.success(run(admitted, body), requestId);
        LOG.debug("{} {}: ok", action, requestId);
      } catch (TencentError e) {
        answer = envelope.error(e.code(), e.getMessage(), requestId);
        LOG.debug("{} {}: {}", action, requestId, e.code());
      }
      if (admitted.dropsConnection()) {
        LOG.debug("{} {}: connection dropped after the action ran (injected fault)", action, requestId);
        exchange.close();
        return;
      }
      respond(exchange, answer);
    } catch (TencentError e) {
      LOG.debug("{} {}: {}", action, requestId, e.code());
      respond(exchange, envelope.error(e.code(), e.getMessage(), requestId));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    } catch (RuntimeException e) {
      LOG.error("{} {}: unexpected failure", action, requestId, e);
      respond(exchange, envelope.error(Codes.INTERNAL_ERROR, "Internal error.", requestId));
    }
  }

  /** The checks before the action: method, headers, signature, rate limit, injected faults. */
  private Admitted admit(HttpExchange exchange, String action, byte[] body) throws InterruptedException {
    if (!exchange.getRequestMethod().equals("POST")) {
      throw new TencentError(
          Codes.UNSUPPORTED_OPERATION, "The sandbox accepts POST requests with a JSON body signed with TC3-HMAC-SHA256.");
    }
    ActionTable.Entry entry = route(action, exchange.getRequestHeaders().getFirst("X-TC-Version"));
    verifier.verify("POST", exchange.getRequestURI().getRawQuery(), headers(exchange), body);
    if (!limiter.tryAcquire(action)) {
      counter.throttled(action);
      throw new TencentError(Codes.REQUEST_LIMIT_EXCEEDED, "Your request has exceeded the frequency limit of " + action + ".");
    }
    Optional<Fault> fault = faults.take(action);
    if (fault.isPresent()) {
      switch (fault.get().kind()) {
        case THROTTLE -> throw new TencentError(Codes.REQUEST_LIMIT_EXCEEDED, "Request rate limit exceeded (injected).");
        case INTERNAL_ERROR -> throw new TencentError(Codes.INTERNAL_ERROR, "Internal error (injected).");
        case DELAY -> Thread.sleep(fault.get().delay().toMillis());
        case DROP_CONNECTION_AFTER_WRITE -> { }
      }
    }
    counter.count(action);
    return new Admitted(action, entry, fault);
  }

  /** The action itself: the body checked against the schema, then the handler, holding the state's monitor. */
  private ObjectNode run(Admitted admitted, byte[] body) {
    ObjectNode params = parse(body);
    schema.check(admitted.action(), params, admitted.entry().missingCodes());
    synchronized (state) {
      return admitted.entry().handler().handle(new Params(params));
    }
  }

  private ActionTable.Entry route(String action, String version) {
    if (action == null || action.isBlank()) {
      throw new TencentError(Codes.MISSING_PARAMETER, "The request is missing a required parameter `Action`.");
    }
    if (version == null || version.isBlank()) {
      throw new TencentError(Codes.MISSING_PARAMETER, "The request is missing a required parameter `Version`.");
    }
    if (!version.equals(VERSION)) {
      throw new TencentError(
          Codes.NO_SUCH_VERSION, "The requested version `" + version + "` of API `" + action + "` does not exist.");
    }
    return actions
        .get(action)
        .orElseThrow(() -> new TencentError(Codes.INVALID_ACTION, "The requested action `" + action + "` does not exist."));
  }

  private ObjectNode parse(byte[] body) {
    if (body.length == 0) {
      return json.createObjectNode();
    }
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        throw new TencentError(Codes.INVALID_PARAMETER, "The request body must be a JSON object.");
      }
      return (ObjectNode) node;
    } catch (JsonProcessingException e) {
      throw new TencentError(Codes.INVALID_PARAMETER, "The request body is not valid JSON.");
    } catch (IOException e) {
      throw new TencentError(Codes.INVALID_PARAMETER, "The request body cannot be read.");
    }
  }

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> out = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!values.isEmpty()) {
        out.put(name.toLowerCase(Locale.ROOT), values.get(0));
      }
    });
    return out;
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new TencentError(Codes.REQUEST_SIZE_LIMIT_EXCEEDED, "The request body is larger than 10 MB.");
    }
    return body;
  }

  /**
   * Sends the envelope with HTTP 200. Every answer, success or refusal, also carries a standard {@code Date} header
   * (RFC 1123, GMT), from which a client whose clock is off learns the server's time (spec 5.5): the JDK's HTTP server
   * writes it on every response from the machine's clock, replacing any value set here, so it matches the sandbox clock
   * when the sandbox runs on the system clock (the default, and the jar).
   */
  private static void respond(HttpExchange exchange, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The action names the front door answers (for tests). */
  List<String> actionNames() {
    return List.copyOf(actions.names());
  }
}
