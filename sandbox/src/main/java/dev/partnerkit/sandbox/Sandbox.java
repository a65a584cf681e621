package dev.partnerkit.sandbox;

import dev.partnerkit.sandbox.shared.Faults;
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

  private final LoopbackServer tencentServer;
  private final TencentSandbox tencent;
  private final Map<HuaweiSite, HuaweiFrontDoor> huawei = new java.util.EnumMap<>(HuaweiSite.class);

  private Sandbox(Builder b) {
    Map<String, String> credentials = b.credentials.isEmpty() ? Map.of(DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY) : b.credentials;
    Faults faults = new Faults();
    b.faults.accept(faults);
    RateLimits limits =
        b.unlimited ? RateLimits.unlimited() : limitsOf(TencentFrontDoor.publishedRateLimits(), b);
    TencentFrontDoor door = TencentFrontDoor.create(credentials, b.clock, limits, faults, b.fixtures);
    this.tencentServer = new LoopbackServer(b.address, b.port, door.handler(), "tencent");
    this.tencent = door.backChannel();
    LOG.info("tencent front door listening on {}", tencentEndpoint());
    for (HuaweiSite site : HuaweiSite.values()) {
      HuaweiFrontDoor.Builder hb = HuaweiFrontDoor.builder().site(site).clock(b.clock)
          .port(site == HuaweiSite.CHINA ? b.huaweiChinaPort : b.huaweiInternationalPort)
          .rateLimitScale(b.unlimited ? 1_000_000 : b.rateLimitScale);
      b.fixtures.ifPresent(dir -> hb.fixturesDirectory(dir.resolve("huawei")));
      huawei.put(site, hb.build());
      LOG.info("huawei {} front door listening on {}", site, huaweiEndpoint(site));
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
    return "http://" + tencentServer.host() + ":" + tencentServer.port() + "/";
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

    private Builder() {}

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
