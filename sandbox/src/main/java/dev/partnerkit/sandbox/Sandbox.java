package dev.partnerkit.sandbox;

import dev.partnerkit.sandbox.shared.Faults;
import dev.partnerkit.sandbox.shared.FrontDoorServer;
import dev.partnerkit.sandbox.shared.RequestLog;
import dev.partnerkit.sandbox.shared.WireAnswer;
import dev.partnerkit.sandbox.shared.WireCall;
import dev.partnerkit.sandbox.shared.WireDoor;
import dev.partnerkit.sandbox.shared.WireStep;
import java.time.Duration;
import dev.partnerkit.sandbox.shared.RateLimits;
import dev.partnerkit.sandbox.tencent.TencentFrontDoor;
import dev.partnerkit.sandbox.tencent.TencentSandbox;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for the vendors' partner APIs, speaking their wire protocols on loopback. Today it has one front
 * door, Tencent's {@code intlpartnersmgt} 2022-09-28: point partnerkit's Tencent adapter, or Tencent's official SDK,
 * at {@link #tencentEndpoint()} with one of the accepted SecretId/SecretKey pairs.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().port(0).build()) {
 *   URI endpoint = URI.create(sandbox.tencentEndpoint());           // http://127.0.0.1:<port>/
 *   ... SendVerifyCode, then:
 *   String code = sandbox.tencent().lastVerificationCode("852", "61234567").orElseThrow();
 * }
 * }</pre>
 *
 * <p>Defaults: port 0 (a free port), bound to 127.0.0.1; the credential pair {@link #DEFAULT_SECRET_ID} / {@link
 * #DEFAULT_SECRET_KEY} when none is given; the system UTC clock; Tencent's published rate limits; the shipped
 * fixtures. Closing stops the server at once.
 */
public final class Sandbox implements AutoCloseable {

  /** The SecretId accepted when the builder is given no credentials. */
  public static final String DEFAULT_SECRET_ID = "AKIDpartnerkitSandbox00000000000000";

  /** The SecretKey of {@link #DEFAULT_SECRET_ID}. Not a secret: it only opens the sandbox. */
  public static final String DEFAULT_SECRET_KEY = "partnerkitSandboxSecretKey000000";

  private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

  private final FrontDoorServer tencentServer;
  private final RequestLog requestLog;
  private final AdminApi admin;
  private final TencentSandbox tencent;
  private final Map<HuaweiSite, HuaweiFrontDoor> huawei = new java.util.EnumMap<>(HuaweiSite.class);

  private Sandbox(Builder b) {
    Map<String, String> credentials = b.credentials.isEmpty() ? Map.of(DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY) : b.credentials;
    Faults faults = new Faults();
    b.faults.accept(faults);
    RateLimits limits =
        b.unlimited ? RateLimits.unlimited() : limitsOf(TencentFrontDoor.publishedRateLimits(), b);
    TencentFrontDoor door = TencentFrontDoor.create(credentials, b.clock, limits, faults, b.fixtures);
    this.requestLog = new RequestLog(b.clock);
    LateDoor adminDoor = new LateDoor();
    this.tencentServer =
        new FrontDoorServer(
            FrontDoorServer.Settings.of(b.address, b.port, "tencent", TencentFrontDoor.MAX_BODY_BYTES)
                .withIdleTimeout(b.idleTimeout),
            door.door(),
            adminDoor,
            requestLog);
    this.tencent = door.backChannel();
    LOG.info("tencent front door listening on {}", tencentEndpoint());
    for (HuaweiSite site : HuaweiSite.values()) {
      HuaweiFrontDoor.Builder hb = HuaweiFrontDoor.builder().site(site).clock(b.clock).bindAddress(b.address)
          .idleTimeout(b.idleTimeout)
          .port(site == HuaweiSite.CHINA ? b.huaweiChinaPort : b.huaweiInternationalPort)
          .adminDoor(adminDoor).requestLog(requestLog).partnerDomainId(b.huaweiDomainId)
          .rateLimitScale(b.unlimited ? 1_000_000 : b.rateLimitScale);
      b.fixtures.ifPresent(dir -> hb.fixturesDirectory(dir.resolve("huawei")));
      b.huaweiKeys.forEach(hb::accessKey);
      huawei.put(site, hb.build());
      LOG.info("huawei {} front door listening on {}", site, huaweiEndpoint(site));
    }
    Map<String, HuaweiSandbox> sites = new LinkedHashMap<>();
    huawei.forEach((site, frontDoor) -> sites.put(site.name().toLowerCase(java.util.Locale.ROOT), frontDoor.control()));
    try {
      Optional<com.fasterxml.jackson.databind.JsonNode> seed = b.seed.isPresent()
          ? Optional.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(b.seed.get().toFile()))
          : Optional.empty();
      this.admin = new AdminApi(tencent, sites, requestLog, b.adminToken, b.verificationCode, seed);
      adminDoor.set(admin);
      admin.start();
    } catch (java.io.IOException | RuntimeException e) {
      close();
      throw new IllegalArgumentException("cannot apply the seed file " + b.seed.map(Path::toString).orElse("") + ": " + e.getMessage(), e);
    }
  }

  /** The admin door, known once the back-channels it serves exist; until then it answers 503. */
  private static final class LateDoor implements WireDoor {
    private volatile WireDoor door;

    void set(WireDoor door) {
      this.door = door;
    }

    @Override
    public WireStep open(WireCall call) {
      WireDoor d = door;
      return d != null ? d.open(call)
          : WireStep.answer(WireAnswer.json(503, "{\"error\":\"starting\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()));
    }

    @Override
    public WireAnswer bodyTooLarge(long limit) {
      WireDoor d = door;
      return d != null ? d.bodyTooLarge(limit) : WireAnswer.json(413, new byte[0], Map.of());
    }
  }

  private static RateLimits limitsOf(Map<String, Integer> published, Builder b) {
    RateLimits limits = RateLimits.of(published).scaled(b.rateLimitScale);
    for (Map.Entry<String, Double> e : b.rateOverrides.entrySet()) {
      limits = limits.with(e.getKey(), e.getValue() / b.rateLimitScale);
    }
    return limits;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Tencent front door's endpoint: {@code http://127.0.0.1:<port>/}. */
  public String tencentEndpoint() {
    String host = tencentServer.host().contains(":") ? "[" + tencentServer.host() + "]" : tencentServer.host();
    return "http://" + host + ":" + tencentServer.port() + "/";
  }

  /**
   * The admin API's base: {@code http://127.0.0.1:<tencent port>/_sandbox/} (every front door's port serves it too).
   * See the module README for its routes.
   */
  public String adminEndpoint() {
    return tencentEndpoint() + FrontDoorServer.ADMIN_PREFIX.substring(1);
  }

  /**
   * Makes every front door send {@code sixDigits} as its verification code from now on, instead of random codes, so
   * that a person can type it; null goes back to random codes. The same as the admin API's {@code PUT
   * verification-code}.
   */
  public void fixVerificationCode(String sixDigits) {
    admin.fixVerificationCode(sixDigits);
  }

  /**
   * Puts the sandbox back as it started, without restarting it (same ports, same credentials): every front door
   * forgets its customers, codes, applications, resellers, credit and balances, pending faults and request counts; the
   * request log is emptied; the verification code goes back to the start-up one (fixed or random) and the seed file
   * is applied again. The same as the admin API's {@code POST /_sandbox/reset}.
   */
  public void reset() {
    admin.reset();
  }

  /** The last requests the front doors answered (not the admin API's), oldest first: no header values, no bodies. */
  public java.util.List<RequestLog.Entry> requestLog() {
    return requestLog.entries();
  }

  /** The port of the Tencent front door. */
  public int tencentPort() {
    return tencentServer.port();
  }

  /** The Tencent back-channel: verification codes, seeds, request counts, faults and state. */
  public TencentSandbox tencent() {
    return tencent;
  }

  /** The Huawei front door of {@code site} ({@code bss} for China, {@code bssintl} for International): its endpoint. */
  public java.net.URI huaweiEndpoint(HuaweiSite site) {
    return huawei.get(site).endpoint();
  }

  /** The Huawei back-channel of {@code site}: verification codes, associations, seeds, request counts, faults. */
  public HuaweiSandbox huawei(HuaweiSite site) {
    return huawei.get(site).control();
  }

  /** Stops the servers; calls in flight are cut off. Closing twice does nothing. */
  @Override
  public void close() {
    tencentServer.close();
    huawei.values().forEach(HuaweiFrontDoor::close);
  }

  /** Configures and starts a {@link Sandbox}. */
  public static final class Builder {
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private final Map<String, Double> rateOverrides = new LinkedHashMap<>();
    private InetAddress address = InetAddress.getLoopbackAddress();
    private int port;
    private int huaweiChinaPort;
    private int huaweiInternationalPort;
    private Clock clock = Clock.systemUTC();
    private double rateLimitScale = 1.0;
    private boolean unlimited;
    private Optional<Path> fixtures = Optional.empty();
    private Consumer<Faults> faults = f -> { };
    private Duration idleTimeout = Duration.ofSeconds(10);
    private final Map<String, String> huaweiKeys = new LinkedHashMap<>();
    private String huaweiDomainId = HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID;
    private Optional<String> adminToken = Optional.empty();
    private Optional<String> verificationCode = Optional.empty();
    private Optional<Path> seed = Optional.empty();

    private Builder() {}

    /**
     * Accepts this Huawei AK/SK pair at both Huawei front doors; call once per pair. Without any, they accept {@link
     * HuaweiFrontDoor#DEFAULT_ACCESS_KEY} / {@link HuaweiFrontDoor#DEFAULT_SECRET_KEY}.
     */
    public Builder huaweiAccessKey(String accessKey, String secretKey) {
      huaweiKeys.put(Objects.requireNonNull(accessKey, "accessKey"), Objects.requireNonNull(secretKey, "secretKey"));
      return this;
    }

    /** The partner's Huawei account (domain) id (default {@link HuaweiFrontDoor#DEFAULT_PARTNER_DOMAIN_ID}). */
    public Builder huaweiPartnerDomainId(String domainId) {
      this.huaweiDomainId = Objects.requireNonNull(domainId, "domainId");
      return this;
    }

    /**
     * Opens the admin API to callers anywhere that send {@code Authorization: Bearer <token>} (and to no one without
     * it). Without a token, the admin API answers loopback callers only.
     */
    public Builder adminToken(String token) {
      if (Objects.requireNonNull(token, "token").length() < 16) {
        throw new IllegalArgumentException("an admin token has at least 16 characters");
      }
      this.adminToken = Optional.of(token);
      return this;
    }

    /** Every front door sends this 6-digit verification code instead of random ones (for people typing it). */
    public Builder verificationCode(String sixDigits) {
      if (sixDigits == null || !sixDigits.matches("[0-9]{6}")) {
        throw new IllegalArgumentException("a verification code is 6 digits");
      }
      this.verificationCode = Optional.of(sixDigits);
      return this;
    }

    /** A JSON seed file applied at start-up (applications, indirect customers, credit...; see the module README). */
    public Builder seed(Path file) {
      this.seed = Optional.of(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * How long a connection may stay silent, mid-request or between requests, before the sandbox closes it (default
     * 10 s): a client that sends headers and never its body holds nothing longer than this.
     */
    public Builder idleTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the idle timeout must be positive");
      }
      this.idleTimeout = timeout;
      return this;
    }

    /**
     * Accepts this Tencent SecretId/SecretKey pair; call once per pair. Without any, the sandbox accepts {@link
     * #DEFAULT_SECRET_ID} / {@link #DEFAULT_SECRET_KEY}.
     */
    public Builder tencentCredential(String secretId, String secretKey) {
      credentials.put(Objects.requireNonNull(secretId, "secretId"), Objects.requireNonNull(secretKey, "secretKey"));
      return this;
    }

    /** The ports of the Huawei China and International front doors; 0 (the default) picks free ones. */
    public Builder huaweiPorts(int china, int international) {
      this.huaweiChinaPort = china;
      this.huaweiInternationalPort = international;
      return this;
    }

    /** The port of the Tencent front door (0, the default, picks a free one). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /** The address to listen on (default: the loopback address, 127.0.0.1). */
    public Builder bindAddress(String host) {
      try {
        this.address = InetAddress.getByName(host);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("unknown host " + host, e);
      }
      return this;
    }

    /**
     * The sandbox clock: signature timestamps are checked against it (300 s either way), rate-limit buckets refill on
     * it, and every time the sandbox writes comes from it.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Multiplies every published limit (and override) by {@code factor}: 10 lets a benchmark go ten times faster. */
    public Builder rateLimitScale(double factor) {
      if (!(factor > 0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException("the scale must be a positive number");
      }
      this.rateLimitScale = factor;
      return this;
    }

    /** Limits {@code action} to {@code requestsPerSecond} instead of its published limit (not scaled). */
    public Builder rateLimit(String action, double requestsPerSecond) {
      if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
        throw new IllegalArgumentException("a rate must be a positive number");
      }
      rateOverrides.put(Objects.requireNonNull(action, "action"), requestsPerSecond);
      return this;
    }

    /** Enforces no rate limit at all. */
    public Builder withoutRateLimits() {
      this.unlimited = true;
      return this;
    }

    /**
     * A directory whose {@code <Action>.json} files replace the shipped Tencent fixtures, and whose {@code huawei/}
     * subdirectory replaces Huawei's (see the README of the module).
     */
    public Builder fixtures(Path directory) {
      this.fixtures = Optional.of(directory);
      return this;
    }

    /** Faults in place from the first request, e.g. {@code f -> f.dropConnectionAfterWrite("CreateAccount", 1)}. */
    public Builder tencentFaults(Consumer<Faults> setup) {
      this.faults = this.faults.andThen(Objects.requireNonNull(setup, "setup"));
      return this;
    }

    /** Starts the sandbox. */
    public Sandbox build() {
      return new Sandbox(this);
    }
  }
}
