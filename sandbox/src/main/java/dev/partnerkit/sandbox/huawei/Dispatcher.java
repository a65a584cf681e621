package dev.partnerkit.sandbox.huawei;

import dev.partnerkit.sandbox.shared.Json;
import dev.partnerkit.sandbox.shared.WireAnswer;
import dev.partnerkit.sandbox.shared.WireCall;
import dev.partnerkit.sandbox.shared.WireDoor;
import dev.partnerkit.sandbox.shared.WireStep;
import java.util.LinkedHashMap;
import java.util.List;
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
final class Dispatcher implements WireDoor {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final String TOKENS_PATH = "/v3/auth/tokens";
  private static final String DOMAINS_PATH = "/v3/auth/domains";

  private final HuaweiSite site;
  private final PartnerBook book;
  private final Map<HuaweiOperation, OperationHandler> handlers;
  private final AkSkVerifier akSk;
  private final TokenIssuer tokens;
  private final dev.partnerkit.sandbox.shared.RateLimits.Limiter rateLimiter;
  private final HuaweiFaults faults;
  private final dev.partnerkit.sandbox.shared.RequestCounter counter;

  Dispatcher(
      HuaweiSite site,
      PartnerBook book,
      Map<HuaweiOperation, OperationHandler> handlers,
      AkSkVerifier akSk,
      TokenIssuer tokens,
      dev.partnerkit.sandbox.shared.RateLimits.Limiter rateLimiter,
      HuaweiFaults faults,
      dev.partnerkit.sandbox.shared.RequestCounter counter) {
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

  /** The largest request body read (Huawei's API gateway takes up to 12 MB). */
  static final long MAX_BODY_BYTES = 12L * 1024 * 1024;

  private static final byte[] NO_BODY = new byte[0];

  @Override
  public WireAnswer bodyTooLarge(long limit) {
    return wire(new HuaweiError(413, "APIGW.0201", "Request entity too large").body(), 413, Map.of(), Ids.hex32());
  }

  /**
   * Route and authenticate from the headers, then the rest with the body. A token is checked in full before the body
   * is read; an AK/SK signature as far as the headers allow (its form, the access key known and not locked), since it
   * signs the body's hash.
   */
  @Override
  public WireStep open(WireCall call) {
    String requestId = Ids.hex32();
    counter.received();
    WireRequest head = request(call, NO_BODY);
    try {
      if (head.method().equals("POST") && head.path().equals(TOKENS_PATH)) {
        return WireStep.withBody(body -> finish(call, requestId, () -> tokens.issue(request(call, body))));
      }
      if (head.method().equals("GET") && head.path().equals(DOMAINS_PATH)) {
        Authentication auth = authenticateHeaders(head);
        return WireStep.withBody(body -> finish(call, requestId, () -> {
          auth.complete(request(call, body));
          return tokens.domains();
        }));
      }
      HuaweiOperation op =
          HuaweiOperation.at(head.method(), head.path())
              .filter(o -> o.offeredOn(site))
              .orElseThrow(() -> new HuaweiError(404, "APIGW.0101", "The API does not exist or has not been published in the environment"));
      counter.count(op.operationName());
      Authentication auth = authenticateHeaders(head);
      return WireStep.withBody(body -> finish(call, requestId, () -> {
        WireRequest request = request(call, body);
        Caller caller = auth.complete(request);
        throttle(op, caller);
        List<HuaweiFault> inForce = faults.of(op);
        try {
          return answer(request, op, inForce);
        } finally {
          faults.callDone(op);
        }
      }));
    } catch (HuaweiError e) {
      LOG.debug("{} {} -> {} ({})", call.method(), call.rawPath(), e.status(), requestId);
      return WireStep.answer(wire(e.body(), e.status(), Map.of(), requestId));
    }
  }

  /** Huawei's per-API flow control (spec section 9): 429 {@code APIG.0308} over the operation's quota for this caller. */
  private void throttle(HuaweiOperation op, Caller caller) {
    if (!rateLimiter.tryAcquire(op.operationName(), caller.identity())) {
      throw new HuaweiError(
          429,
          "APIG.0308",
          "The throttling threshold has been reached: policy user over ratelimit,limit:"
              + (long) rateLimiter.limitOf(op.operationName()) + ",time:1 second");
    }
  }

  /** Runs the part after the body, turning errors into Huawei's answers. */
  private WireAnswer finish(WireCall call, String requestId, java.util.function.Supplier<WireResponse> work) {
    WireResponse response;
    try {
      response = work.get();
    } catch (DropConnection drop) {
      LOG.info("{} {} -> connection dropped ({})", call.method(), call.rawPath(), requestId);
      return WireAnswer.drop();
    } catch (HuaweiError e) {
      response = new WireResponse(e.status(), e.body(), Map.of());
    } catch (RuntimeException e) {
      LOG.warn("internal error ({}): {}", requestId, e.toString());
      response = new WireResponse(500, new HuaweiError(500, "CBC.0999", "Other error.").body(), Map.of());
    }
    LOG.debug("{} {} -> {} ({})", call.method(), call.rawPath(), response.status(), requestId);
    return wire(response.body(), response.status(), response.headers(), requestId);
  }

  private static WireAnswer wire(com.fasterxml.jackson.databind.JsonNode body, int status, Map<String, String> headers, String requestId) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("X-Request-Id", requestId);
    if (body == null) {
      return new WireAnswer(status, Map.copyOf(all), null, false);
    }
    return WireAnswer.json(status, Json.bytes(body), all);
  }

  /** An authentication checked as far as the headers allow; {@link #complete} finishes it with the body. */
  @FunctionalInterface
  private interface Authentication {
    Caller complete(WireRequest withBody);
  }

  private Authentication authenticateHeaders(WireRequest head) {
    var token = head.header("x-auth-token");
    if (token.isPresent()) {
      Caller caller = tokens.verify(token.get());
      return request -> caller;
    }
    var authorization = head.header("authorization");
    if (authorization.isPresent()) {
      akSk.checkHeaders(authorization.get());
      checkDomainId(head);
      return request -> akSk.verify(request, authorization.get());
    }
    throw new HuaweiError(401, "APIGW.0301", "Incorrect IAM authentication information: x-auth-token not found");
  }

  /**
   * {@code X-Domain-Id} with an AK/SK signature: optional (spec section 1, "optional {@code X-Domain-Id}"; the SDK sends
   * it when its {@code GlobalCredentials} carry a domain id, section 11.4), but when sent it must be the account the
   * access key belongs to, the partner's: otherwise 401 {@code APIGW.0301}, the gateway's code for authentication
   * information that does not hold together (section 10.3; the spec gives no code of its own for this case).
   */
  private void checkDomainId(WireRequest head) {
    var domainId = head.header("x-domain-id");
    if (domainId.isPresent() && !domainId.get().strip().equals(tokens.partnerDomainId())) {
      throw new HuaweiError(401, "APIGW.0301",
          "Incorrect IAM authentication information: the X-Domain-Id is not the account of the access key");
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

  private static void sleep(HuaweiFault delay) {
    try {
      Thread.sleep(delay.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static WireRequest request(WireCall call, byte[] body) {
    return new WireRequest(call.method(), call.rawPath(), call.rawQuery(), call.headers(), body, QueryString.parse(call.rawQuery()));
  }
}
