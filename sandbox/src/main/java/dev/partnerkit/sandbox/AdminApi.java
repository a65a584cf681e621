package dev.partnerkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import dev.partnerkit.sandbox.shared.Fault;
import dev.partnerkit.sandbox.shared.FrontDoorServer;
import dev.partnerkit.sandbox.shared.RequestLog;
import dev.partnerkit.sandbox.shared.WireAnswer;
import dev.partnerkit.sandbox.shared.WireCall;
import dev.partnerkit.sandbox.shared.WireDoor;
import dev.partnerkit.sandbox.shared.WireStep;
import dev.partnerkit.sandbox.tencent.TencentSandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's admin API: JSON over HTTP under {@link FrontDoorServer#ADMIN_PREFIX} on every front door's port, a thin
 * layer over the Java back-channels ({@link TencentSandbox}, {@link HuaweiSandbox}), which do the work for both. The
 * seed file goes through the same operations. Served to loopback peers only, unless an admin token is set: then every
 * call must carry {@code Authorization: Bearer <token>}, from anywhere. See the module README for the routes.
 */
final class AdminApi implements WireDoor {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BODY = 1024 * 1024;

  private final TencentSandbox tencent;
  private final Map<String, HuaweiSandbox> huaweiBySite;
  private final RequestLog log;
  private final Optional<String> token;
  private final Optional<String> startupCode;
  private final Optional<JsonNode> startupSeed;

  /**
   * The admin API over these back-channels.
   *
   * @param startupCode the verification code the sandbox was started with ({@code --verification-code}), if any
   * @param startupSeed the seed file's content the sandbox was started with, if any
   */
  AdminApi(TencentSandbox tencent, Map<String, HuaweiSandbox> huaweiBySite, RequestLog log, Optional<String> token,
      Optional<String> startupCode, Optional<JsonNode> startupSeed) {
    this.tencent = tencent;
    this.huaweiBySite = Map.copyOf(huaweiBySite);
    this.log = log;
    this.token = token;
    this.startupCode = startupCode;
    this.startupSeed = startupSeed;
  }

  /** Applies the start-up settings: the fixed verification code, then the seed file. */
  void start() {
    startupCode.ifPresent(this::fixVerificationCode);
    startupSeed.ifPresent(this::seed);
  }

  /**
   * Puts every front door back as the sandbox started: each back-channel's reset (state, faults, request counts), the
   * request log emptied, the verification code as at start-up (fixed or random), the seed file applied again. The
   * one implementation of {@code POST /_sandbox/reset} and {@code Sandbox.reset()}.
   */
  void reset() {
    tencent.reset();
    huaweiBySite.values().forEach(HuaweiSandbox::reset);
    log.clear();
    fixVerificationCode(null);
    start();
  }

  /** A refusal of the admin API: HTTP status and a sentence. */
  static final class AdminError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    AdminError(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  @Override
  public WireAnswer bodyTooLarge(long limit) {
    return error(413, "the body is larger than " + limit + " bytes");
  }

  @Override
  public WireStep open(WireCall call) {
    if (!allowed(call)) {
      return WireStep.answer(error(token.isPresent() ? 401 : 403,
          token.isPresent() ? "the admin API needs Authorization: Bearer <admin token>"
              : "the admin API answers loopback callers only (set an admin token to open it to others)"));
    }
    if (call.declaredLength() > MAX_BODY) {
      return WireStep.answer(bodyTooLarge(MAX_BODY));
    }
    return WireStep.withBody(body -> {
      try {
        JsonNode in = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        return ok(route(call.method(), call.rawPath().substring(FrontDoorServer.ADMIN_PREFIX.length()), query(call.rawQuery()), in));
      } catch (AdminError e) {
        return error(e.status, e.getMessage());
      } catch (IOException e) {
        return error(400, "the body is not JSON");
      } catch (IllegalArgumentException e) {
        return error(400, e.getMessage());
      }
    });
  }

  private boolean allowed(WireCall call) {
    if (token.isEmpty()) {
      return call.fromLoopback();
    }
    String sent = call.header("authorization").orElse("");
    byte[] expected = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8));
  }

  /** One admin operation: {@code path} is what follows {@code /_sandbox/}. */
  JsonNode route(String method, String path, Map<String, String> query, JsonNode in) {
    String[] p = path.split("/");
    String key = method + " " + path;
    if (key.equals("GET health")) {
      return JSON.createObjectNode().put("status", "up");
    }
    if (key.equals("PUT verification-code")) {
      String code = in.hasNonNull("code") ? in.get("code").asText() : null;
      fixVerificationCode(code);
      return JSON.createObjectNode().put("fixed", code != null);
    }
    if (key.equals("POST reset")) {
      reset();
      return JSON.createObjectNode().put("reset", true);
    }
    if (key.equals("GET requests")) {
      return requests();
    }
    if (key.equals("DELETE requests")) {
      log.clear();
      return JSON.createObjectNode();
    }
    if (p[0].equals("tencent") && p.length == 2) {
      return tencent(method, p[1], query, in);
    }
    if (p[0].equals("huawei") && p.length == 3) {
      HuaweiSandbox site = huaweiBySite.get(p[1]);
      if (site == null) {
        throw new AdminError(404, "no Huawei site " + p[1] + " (china, international)");
      }
      return huawei(site, method, p[2], query, in);
    }
    throw new AdminError(404, "no admin operation " + method + " " + FrontDoorServer.ADMIN_PREFIX + path);
  }

  void fixVerificationCode(String code) {
    tencent.fixVerificationCode(code);
    huaweiBySite.values().forEach(h -> h.fixVerificationCode(code));
  }

  private JsonNode tencent(String method, String what, Map<String, String> query, JsonNode in) {
    switch (method + " " + what) {
      case "GET verification-code" -> {
        String code = tencent.lastVerificationCode(required(query, "countryCode"), required(query, "phone"))
            .orElseThrow(() -> new AdminError(404, "no code was sent to that phone"));
        return JSON.createObjectNode().put("code", code);
      }
      case "POST sub-agent-applications" -> {
        return JSON.createObjectNode().put("uin", Long.toString(
            tencent.seedSubAgentApplication(text(in, "name"), text(in, "email"), text(in, "mobile"))));
      }
      case "POST client-applications" -> {
        return JSON.createObjectNode().put("uin", Long.toString(
            tencent.seedClientApplication(text(in, "name"), text(in, "email"), text(in, "mobile"))));
      }
      case "POST indirect-customers" -> {
        long subAgent = Long.parseLong(text(in, "subAgentUin"));
        return JSON.createObjectNode().put("uin", Long.toString(tencent.seedIndirectCustomer(subAgent, text(in, "name"))));
      }
      case "PUT partner-credit" -> {
        tencent.setPartnerTotalCredit(amount(in, "total"));
        return JSON.createObjectNode().put("total", amount(in, "total").toPlainString());
      }
      case "POST faults" -> {
        String action = text(in, "action");
        int times = in.path("times").asInt(1);
        tencent.faults().inject(action, tencentFault(in), times);
        return JSON.createObjectNode().put("pending", tencent.faults().pending(action));
      }
      case "DELETE faults" -> {
        tencent.faults().clear();
        return JSON.createObjectNode();
      }
      case "GET customers" -> {
        ObjectNode out = JSON.createObjectNode();
        var list = out.putArray("customers");
        tencent.customers().forEach(c -> list.add(JSON.valueToTree(c)));
        return out;
      }
      default -> throw new AdminError(404, "no admin operation " + method + " tencent/" + what);
    }
  }

  private JsonNode huawei(HuaweiSandbox site, String method, String what, Map<String, String> query, JsonNode in) {
    switch (method + " " + what) {
      case "GET verification-code" -> {
        String code = site.lastVerificationCode(required(query, "target"))
            .orElseThrow(() -> new AdminError(404, "no code was sent to that mobile number or address"));
        return JSON.createObjectNode().put("code", code);
      }
      case "POST indirect-partners" -> {
        return JSON.createObjectNode().put("id",
            site.seedIndirectPartner(text(in, "accountName"), text(in, "name"), amount(in, "balance")));
      }
      case "POST complete-associations" -> {
        return JSON.createObjectNode().put("associated", site.completeAssociations());
      }
      case "POST faults" -> {
        HuaweiOperation op = HuaweiOperation.named(text(in, "operation"))
            .orElseThrow(() -> new AdminError(400, "no Huawei operation " + in.path("operation").asText()));
        HuaweiFault fault = huaweiFault(in);
        if (in.path("once").asBoolean(false)) {
          site.faults().injectOnce(op, fault);
        } else {
          site.faults().inject(op, fault);
        }
        return JSON.createObjectNode();
      }
      case "DELETE faults" -> {
        site.faults().clearAll();
        return JSON.createObjectNode();
      }
      default -> throw new AdminError(404, "no admin operation " + method + " huawei/.../" + what);
    }
  }

  private JsonNode requests() {
    ObjectNode out = JSON.createObjectNode();
    ObjectNode counts = out.putObject("counts");
    counts.put("tencent", tencent.requestCount());
    huaweiBySite.forEach((site, h) -> counts.put("huawei-" + site, h.requestCount()));
    var entries = out.putArray("log");
    for (RequestLog.Entry e : log.entries()) {
      entries.addObject().put("at", e.at().toString()).put("door", e.door()).put("method", e.method())
          .put("path", e.path()).put("action", e.action()).put("status", e.status());
    }
    return out;
  }

  /** Applies a seed file (see the README): the same operations as the HTTP routes. */
  void seed(JsonNode seed) {
    if (seed.hasNonNull("verificationCode")) {
      fixVerificationCode(seed.get("verificationCode").asText());
    }
    JsonNode t = seed.path("tencent");
    if (t.has("partnerCredit")) {
      route("PUT", "tencent/partner-credit", Map.of(), JSON.createObjectNode().set("total", t.get("partnerCredit")));
    }
    t.path("subAgentApplications").forEach(a -> route("POST", "tencent/sub-agent-applications", Map.of(), a));
    t.path("clientApplications").forEach(a -> route("POST", "tencent/client-applications", Map.of(), a));
    t.path("indirectCustomers").forEach(a -> route("POST", "tencent/indirect-customers", Map.of(), a));
    seed.path("huawei").properties().forEach(site ->
        site.getValue().path("indirectPartners").forEach(a -> route("POST", "huawei/" + site.getKey() + "/indirect-partners", Map.of(), a)));
  }

  private static Fault tencentFault(JsonNode in) {
    return switch (text(in, "kind")) {
      case "THROTTLE" -> Fault.throttle();
      case "INTERNAL_ERROR" -> Fault.internalError();
      case "DELAY" -> Fault.delay(Duration.ofMillis(in.path("delayMillis").asLong(1000)));
      case "DROP_CONNECTION_AFTER_WRITE" -> Fault.dropConnectionAfterWrite();
      default -> throw new AdminError(400, "kind is one of THROTTLE, INTERNAL_ERROR, DELAY, DROP_CONNECTION_AFTER_WRITE");
    };
  }

  private static HuaweiFault huaweiFault(JsonNode in) {
    return switch (text(in, "kind")) {
      case "THROTTLED" -> HuaweiFault.throttled();
      case "SERVER_ERROR" -> HuaweiFault.serverError();
      case "ASSOCIATION_LAG" -> HuaweiFault.associationLag();
      case "DELAY" -> HuaweiFault.delay(Duration.ofMillis(in.path("delayMillis").asLong(1000)));
      case "DROP_CONNECTION_AFTER_WRITE" -> HuaweiFault.dropConnectionAfterWrite();
      default -> throw new AdminError(400,
          "kind is one of THROTTLED, SERVER_ERROR, ASSOCIATION_LAG, DELAY, DROP_CONNECTION_AFTER_WRITE");
    };
  }

  private static String text(JsonNode in, String field) {
    JsonNode v = in.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new AdminError(400, "the field " + field + " is required");
    }
    return v.asText();
  }

  private static BigDecimal amount(JsonNode in, String field) {
    try {
      BigDecimal d = new BigDecimal(text(in, field));
      if (d.signum() < 0 || !dev.partnerkit.sandbox.shared.WireNumbers.bounded(d)) {
        throw new AdminError(400, "the field " + field + " must be a positive amount");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new AdminError(400, "the field " + field + " must be a number");
    }
  }

  private static String required(Map<String, String> query, String name) {
    String v = query.get(name);
    if (v == null || v.isBlank()) {
      throw new AdminError(400, "the query parameter " + name + " is required");
    }
    return v;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static WireAnswer ok(JsonNode body) {
    try {
      return WireAnswer.json(200, JSON.writeValueAsBytes(body), Map.of());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static WireAnswer error(int status, String message) {
    try {
      return WireAnswer.json(status, JSON.writeValueAsBytes(JSON.createObjectNode().put("error", message)), Map.of());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
