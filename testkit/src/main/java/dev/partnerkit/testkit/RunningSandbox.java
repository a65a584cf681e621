package dev.partnerkit.testkit;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import dev.partnerkit.sandbox.tencent.TencentSandbox;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An embedded sandbox started for tests: its endpoints, the credentials it accepts, its clock and its back-channel
 * (the verification codes it sent, request counts, seeds, faults). {@link PartnerkitSandboxExtension} starts one per
 * test class and injects it; {@link #start()} starts one by hand.
 *
 * <p>The sandbox listens on loopback only (127.0.0.1, free ports) and speaks Tencent's {@code intlpartnersmgt} and
 * Huawei's partner BSS for China and International. Its clock follows the system clock plus an offset that
 * {@link #advanceClock(Duration)} moves forward (past Tencent's 60 s resend interval, say); the configurations from
 * {@link #tencentConfig()} and {@link #huaweiConfig(HuaweiSite)} use the same clock, so signatures always agree.
 * The credentials are the sandbox's published defaults: they open the sandbox and nothing else.
 */
public final class RunningSandbox implements AutoCloseable {

  private final MovableClock clock = new MovableClock();
  private final Sandbox sandbox;

  private RunningSandbox() {
    this.sandbox = Sandbox.builder().clock(clock).build();
  }

  /** Starts a sandbox; close it when done (the extension does that for you). */
  public static RunningSandbox start() {
    return new RunningSandbox();
  }

  /** The whole sandbox, for what this handle does not wrap (its admin API, request log, fixed codes...). */
  public Sandbox sandbox() {
    return sandbox;
  }

  /** Tencent's back-channel: verification codes, seeded applications, request counts, faults, state. */
  public TencentSandbox tencent() {
    return sandbox.tencent();
  }

  /** Huawei's back-channel for {@code site}: verification codes, associations, request counts, faults. */
  public HuaweiSandbox huawei(HuaweiSite site) {
    return sandbox.huawei(sandboxSite(site));
  }

  /** The Tencent front door, e.g. {@code http://127.0.0.1:41234/}. */
  public String tencentEndpoint() {
    return sandbox.tencentEndpoint();
  }

  /** The Huawei front door of {@code site}. */
  public URI huaweiEndpoint(HuaweiSite site) {
    return sandbox.huaweiEndpoint(sandboxSite(site));
  }

  /** The SecretId/SecretKey pair the Tencent front door accepts. */
  public TencentCredentials tencentCredentials() {
    return TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY));
  }

  /** The AK/SK pair (with the partner's domain id) the Huawei front doors accept. */
  public HuaweiCredentials.AkSk huaweiCredentials() {
    return HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
        .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID);
  }

  /** The sandbox's clock: the system clock plus every {@link #advanceClock(Duration)} so far. */
  public Clock clock() {
    return clock;
  }

  /** Moves the sandbox's clock (and so the clock of the configurations below) forward by {@code duration}. */
  public void advanceClock(Duration duration) {
    if (Objects.requireNonNull(duration, "duration").isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward");
    }
    clock.advance(duration);
  }

  /**
   * A Tencent adapter configuration for this sandbox: its endpoint over plain HTTP, its credentials and its clock; no
   * credentials are read from the environment; the adapter's default timeouts. Change what you like before
   * {@code build()}.
   */
  public TencentConfig.Builder tencentConfig() {
    return TencentConfig.builder()
        .endpoint(tencentEndpoint())
        .allowInsecureHttp(true)
        .credentials(tencentCredentials())
        .environment(Map.of())
        .clock(clock);
  }

  /**
   * A Huawei adapter configuration for the sandbox's front door of {@code site}: its endpoint over plain HTTP, its
   * AK/SK and its clock; no credentials are read from the environment; the adapter's default timeouts.
   */
  public HuaweiConfig.Builder huaweiConfig(HuaweiSite site) {
    return HuaweiConfig.builder(site)
        .endpoint(huaweiEndpoint(site))
        .allowInsecureHttp(true)
        .environment(Map.of())
        .credentials(huaweiCredentials())
        .clock(clock);
  }

  /** Stops the sandbox; calls in flight are cut off. Closing twice does nothing. */
  @Override
  public void close() {
    sandbox.close();
  }

  @Override
  public String toString() {
    return "RunningSandbox[tencent=" + tencentEndpoint() + "]";
  }

  private static dev.partnerkit.sandbox.huawei.HuaweiSite sandboxSite(HuaweiSite site) {
    return dev.partnerkit.sandbox.huawei.HuaweiSite.valueOf(Objects.requireNonNull(site, "site").name());
  }

  /** The system clock plus an offset that only grows. */
  private static final class MovableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }

    void advance(Duration d) {
      offset.updateAndGet(o -> o.plus(d));
    }
  }
}
