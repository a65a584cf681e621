package dev.partnerkit.adapter.support;

import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.immutables.value.Value;

/**
 * The options both vendors' client configurations share, with the same names and checks for both (set through {@link
 * ClientConfigBuilder}, read through {@link ClientConfig}): the endpoint, the connect, response and whole-call
 * timeouts, the proxy and its login, a custom {@link SSLContext}, the connection pool's size, the clock, and the call
 * rules (retry policy, rate limits by catalog entry or off). Immutable; its implementation and builder are generated
 * by Immutables. {@link #toString()} shows the proxy user, never its password.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, jdkOnly = true,
    builtinContainerAttributes = false)
public abstract class ClientOptions {

  /** The default size of the connection pool. */
  public static final int DEFAULT_MAX_CONNECTIONS = 20;
  /** The default longest wait for the answer once the request is sent. */
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

  ClientOptions() {}

  /** The vendor's endpoint: {@code scheme://host[:port]}, no path, no default port. */
  public abstract URI endpoint();

  /** Whether a plain {@code http://} endpoint was allowed (for a local sandbox only). */
  public abstract boolean allowInsecureHttp();

  /** The longest wait to open a connection (TCP and TLS), and to lease one from the pool. */
  public abstract Duration connectTimeout();

  /** The longest wait for the answer once the request is sent, and between reads of it. */
  @Value.Default
  public Duration responseTimeout() {
    return DEFAULT_RESPONSE_TIMEOUT;
  }

  /** The HTTP proxy ({@code http://host:port}), if any. */
  @Value.Default
  public Option<URI> proxy() {
    return Option.none();
  }

  /** The proxy's login, if it asks for one. */
  @Value.Default
  public Option<HttpPools.ProxyLogin> proxyLogin() {
    return Option.none();
  }

  /** The TLS context used instead of the JVM's default, if any. */
  @Value.Default
  public Option<SSLContext> sslContext() {
    return Option.none();
  }

  /** The size of the connection pool. */
  @Value.Default
  public int maxConnections() {
    return DEFAULT_MAX_CONNECTIONS;
  }

  /** The clock requests are timestamped with. */
  @Value.Default
  public Clock clock() {
    return Clock.systemUTC();
  }

  /** How calls are paced and retried, and the whole-call deadline. */
  @Value.Default
  public CallRules callRules() {
    return CallRules.defaults();
  }

  /**
   * The longest one call may take, every attempt, retry and throttle wait included ({@link CallRules#callTimeout()}).
   */
  public Duration callTimeout() {
    return callRules().callTimeout();
  }

  /** The settings of an HTTP connection pool to this endpoint, as {@link HttpPools} builds it. */
  public HttpPools.Settings poolSettings(String vendor, String userAgent) {
    return new HttpPools.Settings(vendor, connectTimeout(), responseTimeout(), maxConnections(), proxy(), proxyLogin(),
        sslContext(), userAgent);
  }

  @Value.Check
  void check() {
    if (callTimeout().compareTo(connectTimeout()) < 0 || callTimeout().compareTo(responseTimeout()) < 0) {
      throw new IllegalArgumentException(
          "callTimeout (" + callTimeout() + ") must not be shorter than connectTimeout or responseTimeout");
    }
  }

  @Override
  public String toString() {
    return "endpoint=" + endpoint() + ", connectTimeout=" + connectTimeout() + ", responseTimeout=" + responseTimeout()
        + ", callTimeout=" + callTimeout() + ", proxy=" + proxy().map(URI::toString).getOrElse("(none)")
        + proxyLogin().map(l -> ", proxy login " + l.user()).getOrElse("") + ", allowInsecureHttp="
        + allowInsecureHttp() + ", maxConnections=" + maxConnections()
        + (sslContext().isDefined() ? ", custom SSLContext" : "") + ", " + callRules();
  }
}
