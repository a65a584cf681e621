package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.CallRules;
import dev.partnerkit.adapter.support.ClientConfigBuilder;
import dev.partnerkit.adapter.support.ClientOptions;
import dev.partnerkit.adapter.support.HttpPools;
import io.vavr.control.Option;
import javax.net.ssl.SSLContext;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach intlpartnersmgt: endpoint, credentials, language, region, timeouts, proxy, clock, and the rate limits
 * and retry policy of every call. Immutable; build
 * it with {@link #builder()}. Every timeout is always set (see the builder for the defaults). {@link #toString()}
 * never shows the SecretKey or the session token.
 */
public final class TencentConfig {

  /**
   * The documented endpoint host (spec section 0); the official SDKs default to the older host without {@code
   * .intl}.
   */
  public static final String DEFAULT_HOST = "intlpartnersmgt.intl.tencentcloudapi.com";
  /** The API version sent as {@code X-TC-Version}. */
  public static final String API_VERSION = "2022-09-28";
  /** The service name in the TC3 credential scope. */
  public static final String SERVICE = "intlpartnersmgt";

  /** The language of the vendor's messages, sent as {@code X-TC-Language}. */
  public enum Language {
    /** English, {@code en-US}. */
    EN_US("en-US"),
    /** Simplified Chinese, {@code zh-CN}. */
    ZH_CN("zh-CN");

    private final String header;

    Language(String header) {
      this.header = header;
    }

    /** The header value, e.g. {@code en-US}. */
    public String header() {
      return header;
    }
  }

  private final URI endpoint;
  private final TencentCredentials credentials;
  private final Option<String> region;
  private final Language language;
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final Duration callTimeout;
  private final Option<String> proxyHost;
  private final int proxyPort;
  private final Clock clock;
  private final boolean allowInsecureHttp;
  private final ClientOptions options;

  private TencentConfig(Builder b, URI endpoint, TencentCredentials credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.region = Option.of(b.region);
    this.language = b.language;
    this.connectTimeout = b.connectTimeout;
    this.responseTimeout = b.responseTimeout;
    this.callTimeout = b.callTimeout;
    this.proxyHost = Option.of(b.proxyHost);
    this.proxyPort = b.proxyPort;
    this.clock = b.clock;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.options = b.clientOptions();
  }

  /**
   * A builder with the defaults: the documented endpoint over HTTPS, en-US, the UTC system clock, credentials from
   * the environment.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint, always {@code scheme://host[:port]} with no path. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The value of the {@code Host} header (and of the signed {@code host}): the host, with the port if one was
   * given.
   */
  public String hostHeader() {
    return endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
  }

  /** The credentials every request is signed with. */
  public TencentCredentials credentials() {
    return credentials;
  }

  /** The region sent as {@code X-TC-Region}, if any (no intlpartnersmgt action needs one). */
  public Option<String> region() {
    return region;
  }

  /** The language of the vendor's messages. */
  public Language language() {
    return language;
  }

  /** The longest wait to open a connection (TCP and TLS). */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The longest wait for the response once the request is sent (and between reads of it). */
  public Duration responseTimeout() {
    return responseTimeout;
  }

  /** The longest a single call may take end to end, after which it is abandoned. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The HTTP proxy host, if any. */
  public Option<String> proxyHost() {
    return proxyHost;
  }

  /** The HTTP proxy port (meaningful only with a proxy host). */
  public int proxyPort() {
    return proxyPort;
  }

  /** The size of the connection pool. */
  public int maxConnections() {
    return options.maxConnections();
  }

  /** The clock signatures are timestamped with. */
  public Clock clock() {
    return clock;
  }

  /** Whether a plain {@code http://} endpoint was allowed (for a local sandbox only). */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** The HTTP connection pool's settings, as {@link HttpPools} builds it. */
  HttpPools.Settings poolSettings() {
    return new HttpPools.Settings(SERVICE, connectTimeout, responseTimeout, options.maxConnections(),
        proxyHost.map(h -> URI.create("http://" + h + ":" + proxyPort)),
        options.proxyLogin(), options.sslContext(), "partnerkit-adapter-tencent");
  }

  /** The proxy's login, if it asks for one ({@link ClientConfigBuilder#proxyLogin}). */
  public Option<HttpPools.ProxyLogin> proxyLogin() {
    return options.proxyLogin();
  }

  /** The TLS context used instead of the JVM's default, if one was given. */
  public Option<SSLContext> sslContext() {
    return options.sslContext();
  }

  /**
   * How the typed client paces and retries its calls: by default every action at its published rate and {@link
   * RetryPolicy#defaults()}.
   */
  public CallRules callRules() {
    return options.callRules();
  }

  /** Every setting except secrets: the credentials show their SecretId only. */
  @Override
  public String toString() {
    return "TencentConfig[endpoint="
        + endpoint
        + ", credentials="
        + credentials
        + ", region="
        + region.getOrElse("(none)")
        + ", language="
        + language.header()
        + ", connectTimeout="
        + connectTimeout
        + ", responseTimeout="
        + responseTimeout
        + ", callTimeout="
        + callTimeout
        + ", proxy="
        + proxyHost.map(h -> h + ":" + proxyPort).getOrElse("(none)")
        + ", allowInsecureHttp="
        + allowInsecureHttp
        + ", "
        + options
        + "]";
  }

  /** Builds a {@link TencentConfig}; every setter returns this builder. */
  public static final class Builder extends ClientConfigBuilder<Builder, IntlPartnersAction> {
    private String endpoint = DEFAULT_HOST;
    private TencentCredentials credentials;
    private Map<String, String> environment;
    private String region;
    private Language language = Language.EN_US;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private String proxyHost;
    private int proxyPort = -1;
    private Clock clock = Clock.systemUTC();
    private boolean allowInsecureHttp;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The endpoint: a host ({@code intlpartnersmgt.intl.tencentcloudapi.com}, meaning HTTPS) or a URL {@code
     * https://host[:port]}. A {@code http://} URL is refused at {@link #build()} unless {@link
     * #allowInsecureHttp(boolean)} is on. Default: {@value TencentConfig#DEFAULT_HOST}.
     */
    public Builder endpoint(String endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** Explicit credentials; when not set, {@link #build()} reads them from the environment. */
    public Builder credentials(TencentCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** The environment to read credentials from when none are explicit. Default: {@code System.getenv()}. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** The region sent as {@code X-TC-Region}; default none (the header is not sent). */
    public Builder region(String region) {
      this.region = region == null || region.isBlank() ? null : region;
      return this;
    }

    /** The language of the vendor's messages; default {@link Language#EN_US}. */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /** The connect timeout (TCP and TLS); positive; default 5 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** The response timeout (wait for the answer, and between reads); positive; default 30 s. */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = positive(timeout, "responseTimeout");
      return this;
    }

    /** The whole-call timeout; positive; default 60 s. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /** An HTTP proxy; default none. */
    public Builder proxy(String host, int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("proxy port must be 1-65535, was " + port);
      }
      this.proxyHost = Objects.requireNonNull(host, "host");
      this.proxyPort = port;
      return this;
    }

    /** The clock signatures are timestamped with; default {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Allows a plain {@code http://} endpoint, for a local sandbox on loopback. Default off. */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException if the endpoint is not a host or an http(s) URL without path, or is {@code
     *     http://} without {@link #allowInsecureHttp(boolean)}, or the call timeout is shorter than the others
     * @throws IllegalStateException if no credentials were given and the environment has none (the message names the
     *     variables)
     */
    public TencentConfig build() {
      URI uri = parseEndpoint(endpoint);
      if ("http".equals(uri.getScheme()) && !allowInsecureHttp) {
        throw new IllegalArgumentException(
            "refusing plain http endpoint "
                + uri
                + ": TLS is required; set allowInsecureHttp(true) only for a local sandbox");
      }
      if (callTimeout.compareTo(connectTimeout) < 0 || callTimeout.compareTo(responseTimeout) < 0) {
        throw new IllegalArgumentException(
            "callTimeout (" + callTimeout + ") must not be shorter than connectTimeout or responseTimeout");
      }
      TencentCredentials resolved =
          TencentCredentials.resolve(credentials, environment != null ? environment : System.getenv());
      return new TencentConfig(this, uri, resolved);
    }

    private static URI parseEndpoint(String endpoint) {
      String text = endpoint.trim();
      URI uri;
      try {
        uri = URI.create(text.contains("://") ? text : "https://" + text);
      } catch (IllegalArgumentException e) {
        // not quoted: a malformed endpoint may hold user info, a secret
        throw new IllegalArgumentException("endpoint is not a host or URL");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
      if (!(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null
          || !noPath
          || uri.getRawQuery() != null
          || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "endpoint must be a host or http(s)://host[:port] without path, query or user info: "
                + (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    ? "(not shown: its user info or query may hold a secret)" : endpoint));
      }
      return URI.create(scheme + "://" + uri.getRawAuthority());
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
