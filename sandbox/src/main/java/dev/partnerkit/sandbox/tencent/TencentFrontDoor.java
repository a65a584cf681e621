package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Fault;
import dev.partnerkit.sandbox.shared.Faults;
import dev.partnerkit.sandbox.shared.FrontDoorServer;
import dev.partnerkit.sandbox.shared.RateLimits;
import dev.partnerkit.sandbox.shared.WireAnswer;
import dev.partnerkit.sandbox.shared.WireCall;
import dev.partnerkit.sandbox.shared.WireDoor;
import dev.partnerkit.sandbox.shared.WireNumbers;
import dev.partnerkit.sandbox.shared.WireStep;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tencent front door: a {@link WireDoor} that answers like {@code intlpartnersmgt} 2022-09-28 on the wire.
 * The sandbox mounts it at {@code /} of a {@link FrontDoorServer}; most users never touch this class and go through
 * {@code Sandbox}.
 *
 * <p>Each request goes through, in order: POST only; {@code X-TC-Action} present ({@code MissingParameter}), {@code
 * X-TC-Version} present ({@code MissingParameter}) and equal to {@code 2022-09-28} ({@code NoSuchVersion}), the
 * action known ({@code InvalidAction}); the parts of the TC3-HMAC-SHA256 signature the headers hold ({@code
 * AuthFailure.*}), all before the body is read; the body (at most 10 MB, {@code RequestSizeLimitExceeded}); the
 * signature over the body; the action's rate
 * limit ({@code RequestLimitExceeded}); an injected fault, if any; the JSON body and its parameters ({@code
 * InvalidParameter}, {@code UnknownParameter}, {@code MissingParameter} or the action's own code); then the action.
 * Every answer is HTTP 200 with a fresh RequestId. Nothing secret (keys, signatures, passwords, codes) is logged.
 */
public final class TencentFrontDoor {

  /** The only API version the front door answers. */
  public static final String VERSION = "2022-09-28";

  /** The largest request body read: 10 MB, as Tencent's API documents. */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(TencentFrontDoor.class);

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private final Envelope envelope = new Envelope(json);
  private final RequestSchema schema = RequestSchema.load();
  private final ActionTable actions = new ActionTable();
  private final dev.partnerkit.sandbox.shared.RequestCounter counter = new dev.partnerkit.sandbox.shared.RequestCounter();
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

  /** The door to mount at {@code /} of a {@link FrontDoorServer}. */
  public WireDoor door() {
    return door;
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

  private final WireDoor door = new WireDoor() {
    @Override
    public WireStep open(WireCall call) {
      return TencentFrontDoor.this.open(call);
    }

    @Override
    public WireAnswer bodyTooLarge(long limit) {
      return answer(envelope.error(
          Codes.REQUEST_SIZE_LIMIT_EXCEEDED, "The request body is larger than " + (limit >> 20) + " MB.", newRequestId()));
    }
  };

  /**
   * A fresh RequestId in UUID form. Not {@code UUID.randomUUID()}: that draws from one SecureRandom the whole JVM shares,
   * which every request would queue on; an id needs to be unique, not secret.
   */
  private static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  private static WireAnswer answer(byte[] envelope) {
    return WireAnswer.json(200, envelope, Map.of());
  }

  /**
   * The checks the headers allow, before any byte of the body is read: method, action and version, and of the
   * signature all but the body's hash (the Authorization header, the SecretId, the timestamp's skew, the credential
   * scope). A request refused here is answered at once and its body never read.
   */
  private WireStep open(WireCall call) {
    String requestId = newRequestId();
    String action = call.header("x-tc-action").orElse(null);
    try {
      if (!call.method().equals("POST")) {
        throw new TencentError(
            Codes.UNSUPPORTED_OPERATION, "The sandbox accepts POST requests with a JSON body signed with TC3-HMAC-SHA256.");
      }
      ActionTable.Entry entry = route(action, call.header("x-tc-version").orElse(null));
      Map<String, String> headers = headers(call);
      Tc3Authorization auth = verifier.checkHeaders(headers);
      return WireStep.withBody(body -> afterBody(call, headers, auth, action, entry, body, requestId));
    } catch (TencentError e) {
      LOG.debug("{} {}: {}", action, requestId, e.code());
      return WireStep.answer(answer(envelope.error(e.code(), e.getMessage(), requestId)));
    }
  }

  private WireAnswer afterBody(WireCall call, Map<String, String> headers, Tc3Authorization auth, String action,
      ActionTable.Entry entry, byte[] body, String requestId) {
    try {
      Admitted admitted = admit(call, headers, auth, action, entry, body);
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
        return WireAnswer.drop();
      }
      return answer(answer);
    } catch (TencentError e) {
      LOG.debug("{} {}: {}", action, requestId, e.code());
      return answer(envelope.error(e.code(), e.getMessage(), requestId));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WireAnswer.drop();
    } catch (RuntimeException e) {
      LOG.error("{} {}: unexpected failure: {}", action, requestId, e.toString());
      return answer(envelope.error(Codes.INTERNAL_ERROR, "Internal error.", requestId));
    }
  }

  /** The checks before the action: signature, rate limit, injected faults. */
  private Admitted admit(WireCall call, Map<String, String> headers, Tc3Authorization auth, String action,
      ActionTable.Entry entry, byte[] body) throws InterruptedException {
    verifier.verify(auth, "POST", call.rawQuery(), headers, body);
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

  /**
   * The action itself: the body checked against the schema, then the handler, under the lock its access asks for
   * (none, shared for reads, exclusive for writes).
   */
  private ObjectNode run(Admitted admitted, byte[] body) {
    ObjectNode params = parse(body);
    schema.check(admitted.action(), params, admitted.entry().missingCodes());
    ActionHandler handler = admitted.entry().handler();
    Params p = new Params(params);
    return switch (admitted.entry().access()) {
      case NONE -> handler.handle(p);
      case READ -> state.read(() -> handler.handle(p));
      case WRITE -> state.write(() -> handler.handle(p));
    };
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
      WireNumbers.firstOutOfBounds(node).ifPresent(field -> {
        throw new TencentError(
            Codes.INVALID_PARAMETER_VALUE, "The value of parameter `" + field + "` is not a number the API accepts.");
      });
      return (ObjectNode) node;
    } catch (JsonProcessingException e) {
      throw new TencentError(Codes.INVALID_PARAMETER, "The request body is not valid JSON.");
    } catch (IOException e) {
      throw new TencentError(Codes.INVALID_PARAMETER, "The request body cannot be read.");
    }
  }

  private static Map<String, String> headers(WireCall call) {
    Map<String, String> out = new HashMap<>();
    call.headers().forEach((name, values) -> {
      if (!values.isEmpty()) {
        out.put(name, values.get(0));
      }
    });
    return out;
  }

  /** The action names the front door answers (for tests). */
  List<String> actionNames() {
    return List.copyOf(actions.names());
  }
}
