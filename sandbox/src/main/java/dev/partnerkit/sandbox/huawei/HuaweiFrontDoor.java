package dev.partnerkit.sandbox.huawei;

import dev.partnerkit.sandbox.shared.FrontDoorServer;
import dev.partnerkit.sandbox.shared.WireDoor;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local HTTP server on loopback that answers like Huawei Cloud BSS (China, {@code bss.myhuaweicloud.com}) or
 * BSS-Intl (International, {@code bss-intl.myhuaweicloud.com}) for the partner customer-management operations of
 * {@link HuaweiOperation}, plus IAM's {@code POST /v3/auth/tokens}.
 *
 * <pre>{@code
 * try (HuaweiFrontDoor bss = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).build()) {
 *   BssClient client = BssClient.newBuilder()
 *       .withCredential(new GlobalCredentials().withAk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY)
 *           .withSk(HuaweiFrontDoor.DEFAULT_SECRET_KEY).withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
 *       .withEndpoint(bss.endpoint().toString()).build();
 *   ...
 *   String code = bss.control().lastVerificationCode("13800138000").orElseThrow();
 * }
 * }</pre>
 *
 * <p>One front door emulates one site; start two to have both. Each keeps its own customers.
 */
public final class HuaweiFrontDoor implements AutoCloseable {

  /** The access key accepted when the builder is given none. */
  public static final String DEFAULT_ACCESS_KEY = "SANDBOXHUAWEIAK000001";

  /** The secret key of {@link #DEFAULT_ACCESS_KEY}. */
  public static final String DEFAULT_SECRET_KEY = "sandbox-huawei-secret-key-000001";

  /** The partner account (domain) name of the default IAM user. */
  public static final String DEFAULT_DOMAIN_NAME = "sandbox_partner";

  /** The default IAM user name. */
  public static final String DEFAULT_IAM_USER = "sandbox_partner";

  /** The default IAM user's password. */
  public static final String DEFAULT_IAM_PASSWORD = "Sandbox@Partner1";

  /** The partner's account id, as sent in {@code X-Domain-Id} (the spec's examples use it too). */
  public static final String DEFAULT_PARTNER_DOMAIN_ID = "d0000000000000000000000000000001";

  /** The partner's cash balance at start-up when none is given (China funds), CNY. */
  public static final BigDecimal DEFAULT_PARTNER_BALANCE = new BigDecimal("100000.00");

  private final HuaweiSite site;
  private final FrontDoorServer server;
  private final HuaweiSandbox control;

  private HuaweiFrontDoor(Builder b) {
    this.site = b.site;
    Clock clock = b.clock;
    PartnerBook book = new PartnerBook(site, clock, b.partnerBalance);
    HuaweiFaults faults = new HuaweiFaults();
    b.faults.forEach(f -> faults.inject(f.operation(), f.fault()));
    dev.partnerkit.sandbox.shared.RequestCounter counter = new dev.partnerkit.sandbox.shared.RequestCounter();
    Map<String, String> keys = b.accessKeys.isEmpty() ? Map.of(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY) : b.accessKeys;
    List<IamUser> users =
        b.iamUsers.isEmpty() ? List.of(new IamUser(DEFAULT_DOMAIN_NAME, DEFAULT_IAM_USER, DEFAULT_IAM_PASSWORD)) : b.iamUsers;
    Map<HuaweiOperation, Integer> limits = new EnumMap<>(HuaweiOperation.class);
    for (HuaweiOperation op : HuaweiOperation.values()) {
      int published = op.publishedRequestsPerSecond();
      limits.put(op, b.rateLimits.getOrDefault(op, Math.max(1, (int) Math.round(published * b.rateLimitScale))));
    }
    Fixtures fixtures = new Fixtures(site, Optional.ofNullable(b.fixturesDirectory));
    Dispatcher dispatcher =
        new Dispatcher(
            site,
            book,
            Routes.handlers(site, faults, fixtures),
            new AkSkVerifier(keys, clock),
            new TokenIssuer(users, b.partnerDomainId, clock),
            rateLimits(limits).limiter(clock),
            faults,
            counter);
    this.server =
        new FrontDoorServer(
            FrontDoorServer.Settings.of(b.address, b.port, "huawei-" + site.name().toLowerCase(java.util.Locale.ROOT), Dispatcher.MAX_BODY_BYTES)
                .withIdleTimeout(b.idleTimeout),
            dispatcher,
            b.admin,
            b.requestLog);
    this.control = new HuaweiSandbox(book, faults, counter);
  }

  private static dev.partnerkit.sandbox.shared.RateLimits rateLimits(Map<HuaweiOperation, Integer> perSecond) {
    Map<String, Integer> byName = new LinkedHashMap<>();
    perSecond.forEach((op, rate) -> byName.put(op.operationName(), rate));
    return dev.partnerkit.sandbox.shared.RateLimits.of(byName);
  }

  /** A builder with the defaults: China, the default keys and IAM user, a free port, the system UTC clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>}: give it to the SDK's {@code withEndpoint(...)} or partnerkit's adapter. */
  public URI endpoint() {
    String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
    return URI.create("http://" + host + ":" + server.port());
  }

  /** The site this front door emulates. */
  public HuaweiSite site() {
    return site;
  }

  /** The back-channel for tests: codes sent, associations, resellers, request counts, customers, faults. */
  public HuaweiSandbox control() {
    return control;
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    server.close();
  }

  private record InitialFault(HuaweiOperation operation, HuaweiFault fault) {}

  /** Configures and starts a {@link HuaweiFrontDoor}. */
  public static final class Builder {
    private HuaweiSite site = HuaweiSite.CHINA;
    private final Map<String, String> accessKeys = new LinkedHashMap<>();
    private final List<IamUser> iamUsers = new ArrayList<>();
    private int port;
    private Clock clock = Clock.systemUTC();
    private final Map<HuaweiOperation, Integer> rateLimits = new EnumMap<>(HuaweiOperation.class);
    private double rateLimitScale = 1.0;
    private Path fixturesDirectory;
    private final List<InitialFault> faults = new ArrayList<>();
    private BigDecimal partnerBalance = DEFAULT_PARTNER_BALANCE;
    private InetAddress address = InetAddress.getLoopbackAddress();
    private Duration idleTimeout = Duration.ofSeconds(10);
    private WireDoor admin;
    private dev.partnerkit.sandbox.shared.RequestLog requestLog;
    private String partnerDomainId = DEFAULT_PARTNER_DOMAIN_ID;

    private Builder() {}

    /** The partner's account (domain) id, as IAM tokens carry it (default {@link #DEFAULT_PARTNER_DOMAIN_ID}). */
    public Builder partnerDomainId(String domainId) {
      this.partnerDomainId = Objects.requireNonNull(domainId, "domainId");
      return this;
    }

    /** Notes every request in {@code log} (shared by the doors of a sandbox). */
    public Builder requestLog(dev.partnerkit.sandbox.shared.RequestLog log) {
      this.requestLog = Objects.requireNonNull(log, "log");
      return this;
    }

    /** The address to listen on (default: the loopback address). */
    public Builder bindAddress(InetAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /** How long a connection may stay silent, mid-request or between requests, before it is closed (default 10 s). */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The sandbox's admin API, served under {@link FrontDoorServer#ADMIN_PREFIX} on this door's port too. */
    public Builder adminDoor(WireDoor admin) {
      this.admin = Objects.requireNonNull(admin, "admin");
      return this;
    }

    /** The site to emulate: China ({@code bss}) or International ({@code bssintl}). Default China. */
    public Builder site(HuaweiSite site) {
      this.site = Objects.requireNonNull(site, "site");
      return this;
    }

    /**
     * Accepts AK/SK signatures made with this pair. Without any, {@link #DEFAULT_ACCESS_KEY} / {@link
     * #DEFAULT_SECRET_KEY} are accepted.
     */
    public Builder accessKey(String accessKey, String secretKey) {
      accessKeys.put(Objects.requireNonNull(accessKey, "accessKey"), Objects.requireNonNull(secretKey, "secretKey"));
      return this;
    }

    /**
     * Issues tokens to this IAM user. Without any, {@link #DEFAULT_DOMAIN_NAME} / {@link #DEFAULT_IAM_USER} / {@link
     * #DEFAULT_IAM_PASSWORD} is accepted.
     */
    public Builder iamUser(IamUser user) {
      iamUsers.add(Objects.requireNonNull(user, "user"));
      return this;
    }

    /** The loopback port; 0 (default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /**
     * The clock for {@code X-Sdk-Date} skew, token and code expiry, timestamps and flow-control refills. A fixed clock
     * never refills the rate-limit buckets.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Overrides the requests-per-second quota of one operation (the published ones are 5/s for CheckUserIdentity, 10/s otherwise). */
    public Builder rateLimit(HuaweiOperation operation, int perSecond) {
      if (perSecond < 1) {
        throw new IllegalArgumentException("perSecond must be at least 1");
      }
      rateLimits.put(Objects.requireNonNull(operation, "operation"), perSecond);
      return this;
    }

    /** Multiplies every published quota not overridden by {@link #rateLimit}; e.g. 100 for bulk test set-ups. */
    public Builder rateLimitScale(double scale) {
      if (!(scale > 0)) {
        throw new IllegalArgumentException("scale must be positive");
      }
      this.rateLimitScale = scale;
      return this;
    }

    /**
     * A directory of fixture files ({@code <OperationName>.json}, e.g. {@code ListPostpaidBillSum.json}) that replace
     * the shipped ones for bills, coupons and other read-only data; files it lacks fall back to the shipped ones.
     */
    public Builder fixturesDirectory(Path directory) {
      this.fixturesDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** A fault in force from start-up (see {@link HuaweiFaults#inject}). */
    public Builder fault(HuaweiOperation operation, HuaweiFault fault) {
      faults.add(new InitialFault(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(fault, "fault")));
      return this;
    }

    /** The partner's cash balance at start-up, CNY (China funds transfers). Default {@link #DEFAULT_PARTNER_BALANCE}. */
    public Builder partnerBalance(BigDecimal balance) {
      if (Objects.requireNonNull(balance, "balance").signum() < 0) {
        throw new IllegalArgumentException("balance must not be negative");
      }
      this.partnerBalance = balance.setScale(2, java.math.RoundingMode.HALF_UP);
      return this;
    }

    /** Starts the server. */
    public HuaweiFrontDoor build() {
      return new HuaweiFrontDoor(this);
    }
  }
}
