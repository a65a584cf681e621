package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.Secret;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * The options both vendors' client configurations share, set the same way with the same checks for both ({@link
 * ClientOptions}): endpoint, plain-http permission, connect, response and whole-call timeouts, proxy and its login,
 * {@link SSLContext}, pool size, clock, retry policy and rate limits by catalog entry. {@code TencentConfig.Builder} and
 * {@code HuaweiConfig.Builder} extend it with what is the vendor's own (credentials, region, site, language...).
 * Every setter checks its value at once, except the endpoint, checked by the vendor's {@code build()} (whether plain
 * http is allowed may be set after it). No message quotes an endpoint's user info or query: they may hold a secret.
 *
 * @param <B> the vendor's config builder (every setter returns it)
 * @param <O> the vendor's operation catalog
 */
public abstract class ClientConfigBuilder<B extends ClientConfigBuilder<B, O>, O extends VendorOperation> {

  /** The default size of the connection pool. */
  public static final int DEFAULT_MAX_CONNECTIONS = ClientOptions.DEFAULT_MAX_CONNECTIONS;

  private final ImmutableClientOptions.Builder options = ImmutableClientOptions.builder();
  private String endpoint;
  private boolean allowInsecureHttp;
  private CallRules callRules = CallRules.defaults();

  /**
   * A builder with the vendor's {@code defaultEndpoint} and {@code defaultConnectTimeout}, and the shared defaults:
   * response timeout 30 s, call timeout 60 s, published rate limits, {@link RetryPolicy#defaults()}, a pool of 20, no
   * proxy, the JVM's TLS, the UTC system clock.
   */
  protected ClientConfigBuilder(String defaultEndpoint, Duration defaultConnectTimeout) {
    this.endpoint = Objects.requireNonNull(defaultEndpoint, "defaultEndpoint");
    connectTimeout(defaultConnectTimeout);
  }

  /** This builder, as the vendor's type. */
  protected abstract B self();

  /**
   * The endpoint: a host (meaning HTTPS) or a URL {@code https://host[:port]}, without path, query or user info. A
   * {@code http://} URL is refused at {@code build()} unless {@link #allowInsecureHttp(boolean)} is on.
   */
  public B endpoint(String endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    return self();
  }

  /** The endpoint as a URL (see {@link #endpoint(String)}). */
  public B endpoint(URI endpoint) {
    return endpoint(Objects.requireNonNull(endpoint, "endpoint").toString());
  }

  /** Allows a plain {@code http://} endpoint, for a local sandbox on loopback. Default off. */
  public B allowInsecureHttp(boolean allow) {
    this.allowInsecureHttp = allow;
    return self();
  }

  /** The longest wait to open a connection (TCP and TLS); positive; the default is the vendor's. */
  public B connectTimeout(Duration timeout) {
    options.connectTimeout(positive(timeout, "connectTimeout"));
    return self();
  }

  /** The longest wait for the answer once the request is sent (and between reads); positive; default 30 s. */
  public B responseTimeout(Duration timeout) {
    options.responseTimeout(positive(timeout, "responseTimeout"));
    return self();
  }

  /**
   * The whole-call deadline: the longest one call may take, every attempt, retry and throttle wait included, the
   * exchange in flight getting what is left of it; positive, not shorter than the connect and response timeouts;
   * default 60 s. A call that runs out of it fails with {@code transport.call-timeout}.
   */
  public B callTimeout(Duration timeout) {
    this.callRules = callRules.withCallTimeout(positive(timeout, "callTimeout"));
    return self();
  }

  /** Sends every call through the HTTP proxy {@code proxy} ({@code http://host:port}); default none. */
  public B proxy(URI proxy) {
    options.proxy(Option.some(checked(Objects.requireNonNull(proxy, "proxy").toString(), "proxy", true)));
    return self();
  }

  /** Sends every call through the HTTP proxy at {@code host:port}; default none. */
  public B proxy(String host, int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be 1-65535, was " + port);
    }
    return proxy(URI.create("http://" + Objects.requireNonNull(host, "host") + ":" + port));
  }

  /** The login of the proxy, when it asks for one; default none. Its password is never shown. */
  public B proxyLogin(String user, Secret password) {
    options.proxyLogin(Option.some(new HttpPools.ProxyLogin(user, password)));
    return self();
  }

  /**
   * The TLS context to connect with instead of the JVM's default (e.g. a corporate trust store or a client
   * certificate); default none.
   */
  public B sslContext(SSLContext sslContext) {
    options.sslContext(Option.some(Objects.requireNonNull(sslContext, "sslContext")));
    return self();
  }

  /** The size of the connection pool; positive; default {@value #DEFAULT_MAX_CONNECTIONS}. */
  public B maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive, was " + maxConnections);
    }
    options.maxConnections(maxConnections);
    return self();
  }

  /** The clock requests are timestamped with; default {@link Clock#systemUTC()}. */
  public B clock(Clock clock) {
    options.clock(Objects.requireNonNull(clock, "clock"));
    return self();
  }

  /** How throttled and transient failures are retried; default {@link RetryPolicy#defaults()}. */
  public B retryPolicy(RetryPolicy policy) {
    this.callRules = callRules.withRetryPolicy(Objects.requireNonNull(policy, "policy"));
    return self();
  }

  /**
   * Paces {@code operation} at {@code permitsPerSecond} instead of its published limit (e.g. for a raised quota).
   *
   * @throws IllegalArgumentException if {@code permitsPerSecond} is below 1
   */
  public B rateLimit(O operation, int permitsPerSecond) {
    this.callRules = callRules.withRateLimit(Objects.requireNonNull(operation, "operation"), permitsPerSecond);
    return self();
  }

  /**
   * Switches the client's rate limits off: calls are sent as fast as the caller makes them, and the vendor may
   * throttle them. Only for benchmarks and tests; by default every operation is paced at its published limit.
   */
  public B withoutRateLimits() {
    this.callRules = callRules.withRateLimits(false);
    return self();
  }

  /**
   * The shared options as set, checked.
   *
   * @throws IllegalArgumentException if the endpoint is not a host or an http(s) URL without path, query or user
   *     info, or is plain http without {@link #allowInsecureHttp(boolean)}, or the call timeout is shorter than the
   *     others
   */
  protected ClientOptions clientOptions() {
    return options.endpoint(checkedEndpoint(endpoint, "endpoint")).allowInsecureHttp(allowInsecureHttp)
        .callRules(callRules).build();
  }

  /**
   * {@code text} (a host, or an http(s) URL without path) as {@code scheme://host[:port]}, or an {@link
   * IllegalArgumentException} whose message starts with {@code what}; plain http only with {@link
   * #allowInsecureHttp(boolean)}.
   */
  protected final URI checkedEndpoint(String text, String what) {
    return checked(text, what, allowInsecureHttp);
  }

  /**
   * {@code d} if it is positive, else an {@link IllegalArgumentException} (a {@link NullPointerException} if null)
   * naming {@code name}.
   */
  protected static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }

  private static URI checked(String text, String what, boolean allowHttp) {
    String trimmed = text.trim();
    URI uri;
    try {
      uri = URI.create(trimmed.contains("://") ? trimmed : "https://" + trimmed);
    } catch (IllegalArgumentException e) {
      // not quoted, and not its cause: a malformed endpoint may hold user info, a secret
      throw new IllegalArgumentException(what + " is not a host or URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(what + " must be an https:// URL: " + shown(uri));
    }
    if (scheme.equals("http") && !allowHttp) {
      throw new IllegalArgumentException("refusing plain http " + what + " (" + shown(uri)
          + "): TLS is required; set allowInsecureHttp(true) only for a local sandbox");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(what + " has no host: " + shown(uri));
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(what + " must not carry user info, a query or a fragment (not shown: they may "
          + "hold a secret): " + shown(uri));
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException(what + " must not have a path: " + shown(uri));
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
    return URI.create(scheme + "://" + uri.getHost() + (defaultPort ? "" : ":" + port));
  }

  /** An endpoint for a message: scheme, host, port and path, never user info, a query or a fragment. */
  private static String shown(URI uri) {
    return (uri.getScheme() == null ? "" : uri.getScheme() + "://") + (uri.getHost() == null ? "?" : uri.getHost())
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }
}
