package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.Secret;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * The options both vendors' client configurations share, in one place: the call rules (retry policy, rate limits by
 * catalog entry or off), the connection pool's size, the proxy's login and a custom {@link SSLContext}. {@code
 * TencentConfig.Builder} and {@code HuaweiConfig.Builder} extend it with what is the vendor's own (endpoint,
 * credentials, timeouts, proxy, region, site...).
 *
 * @param <B> the vendor's config builder (every setter returns it)
 * @param <O> the vendor's operation catalog
 */
public abstract class ClientConfigBuilder<B extends ClientConfigBuilder<B, O>, O extends VendorOperation> {

  /** The default size of the connection pool. */
  public static final int DEFAULT_MAX_CONNECTIONS = 20;

  private CallRules callRules = CallRules.defaults();
  private int maxConnections = DEFAULT_MAX_CONNECTIONS;
  private HttpPools.ProxyLogin proxyLogin;
  private SSLContext sslContext;

  /** A builder with the defaults: published rate limits, {@link RetryPolicy#defaults()}, a pool of 20, no proxy login. */
  protected ClientConfigBuilder() {}

  /** This builder, as the vendor's type. */
  protected abstract B self();

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

  /** The size of the connection pool; positive; default {@value #DEFAULT_MAX_CONNECTIONS}. */
  public B maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive, was " + maxConnections);
    }
    this.maxConnections = maxConnections;
    return self();
  }

  /** The login of the proxy, when it asks for one; default none. Its password is never shown. */
  public B proxyLogin(String user, Secret password) {
    this.proxyLogin = new HttpPools.ProxyLogin(user, password);
    return self();
  }

  /**
   * The TLS context to connect with instead of the JVM's default (e.g. a corporate trust store or a client
   * certificate); default none.
   */
  public B sslContext(SSLContext sslContext) {
    this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    return self();
  }

  /** The shared options as set. */
  public ClientOptions clientOptions() {
    return new ClientOptions(callRules, maxConnections, io.vavr.control.Option.of(proxyLogin),
        io.vavr.control.Option.of(sslContext));
  }
}
