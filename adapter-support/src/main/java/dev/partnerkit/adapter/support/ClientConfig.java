package dev.partnerkit.adapter.support;

import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What both vendors' client configurations ({@code TencentConfig}, {@code HuaweiConfig}) have in common: the {@link
 * ClientOptions} set through {@link ClientConfigBuilder}, read with the same names. A vendor's config adds what is its
 * own (credentials, region, site, language...). Immutable. {@link #toString()} never shows a secret.
 */
public abstract class ClientConfig {

  private final ClientOptions options;

  /** A configuration with the shared {@code options}. */
  protected ClientConfig(ClientOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The shared options, as one value. */
  public ClientOptions options() {
    return options;
  }

  /** The endpoint, always {@code scheme://host[:port]} with no path and no default port. */
  public URI endpoint() {
    return options.endpoint();
  }

  /** Whether a plain {@code http://} endpoint was allowed (for a local sandbox only). */
  public boolean allowInsecureHttp() {
    return options.allowInsecureHttp();
  }

  /** The longest wait to open a connection (TCP and TLS). */
  public Duration connectTimeout() {
    return options.connectTimeout();
  }

  /** The longest wait for the response once the request is sent (and between reads of it). */
  public Duration responseTimeout() {
    return options.responseTimeout();
  }

  /**
   * The whole-call deadline: the longest one call may take, every attempt, retry and throttle wait included; the
   * exchange in flight is abandoned when it passes, and the call fails with {@code transport.call-timeout}.
   */
  public Duration callTimeout() {
    return options.callTimeout();
  }

  /** The HTTP proxy ({@code http://host:port}), if any. */
  public Option<URI> proxy() {
    return options.proxy();
  }

  /** The proxy's login, if it asks for one ({@link ClientConfigBuilder#proxyLogin}). */
  public Option<HttpPools.ProxyLogin> proxyLogin() {
    return options.proxyLogin();
  }

  /** The TLS context used instead of the JVM's default, if one was given. */
  public Option<SSLContext> sslContext() {
    return options.sslContext();
  }

  /** The size of the connection pool. */
  public int maxConnections() {
    return options.maxConnections();
  }

  /** The clock requests are timestamped with. */
  public Clock clock() {
    return options.clock();
  }

  /**
   * How the typed client paces and retries its calls, and its whole-call deadline: by default every operation at its
   * published rate and {@link RetryPolicy#defaults()}.
   */
  public CallRules callRules() {
    return options.callRules();
  }

  /** What the vendor's configuration adds to {@link #toString()}, first; never a secret. */
  protected abstract String vendorSettings();

  /** Every setting, never a secret: e.g. credentials show their key id only, the proxy login its user. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + vendorSettings() + ", " + options + "]";
  }
}
