package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.support.CallRules;
import dev.partnerkit.adapter.support.ClientConfigBuilder;
import dev.partnerkit.adapter.support.ClientOptions;
import dev.partnerkit.adapter.support.HttpPools;
import io.vavr.control.Option;
import javax.net.ssl.SSLContext;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.domain.HuaweiSite;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link BssClient} needs: the site, endpoints, timeouts, proxy, clock, credentials, and the rate limits
 * and retry policy of every call. Immutable; built
 * with {@link #builder(HuaweiSite)}. Plain {@code http://} endpoints are refused unless {@link
 * Builder#allowInsecureHttp(boolean)} is set (meant for a local sandbox on loopback). {@link #toString()} shows no
 * secret.
 */
public final class HuaweiConfig {

  /** Huawei's global IAM endpoint, where tokens are issued. */
  public static final URI DEFAULT_IAM_ENDPOINT = URI.create("https://iam.myhuaweicloud.com");
  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time to wait for a response once the request is sent. */
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
  /** Default longest time of one exchange end to end (connect, send, whole answer). */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  /** Default margin before a token's expiry at which it is renewed. */
  public static final Duration DEFAULT_TOKEN_RENEWAL_MARGIN = Duration.ofMinutes(10);
  /** The {@code User-Agent} sent (and signed) unless configured otherwise. */
  public static final String DEFAULT_USER_AGENT = "partnerkit-huawei/0.1";

  private final HuaweiSite site;
  private final URI endpoint;
  private final URI iamEndpoint;
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final Duration callTimeout;
  private final URI proxy;
  private final Clock clock;
  private final boolean allowInsecureHttp;
  private final HuaweiCredentials credentials;
  private final Duration tokenRenewalMargin;
  private final String userAgent;
  private final String language;
  private final ClientOptions options;

  private HuaweiConfig(Builder b) {
    this.site = b.site;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.endpoint = normalize(b.endpoint != null ? b.endpoint : defaultEndpoint(b.site), "endpoint", b.allowInsecureHttp);
    this.iamEndpoint = normalize(b.iamEndpoint, "IAM endpoint", b.allowInsecureHttp);
    this.connectTimeout = positive(b.connectTimeout, "connect timeout");
    this.responseTimeout = positive(b.responseTimeout, "response timeout");
    this.callTimeout = positive(b.callTimeout, "call timeout");
    if (callTimeout.compareTo(connectTimeout) < 0 || callTimeout.compareTo(responseTimeout) < 0) {
      throw new IllegalArgumentException(
          "callTimeout (" + callTimeout + ") must not be shorter than connectTimeout or responseTimeout");
    }
    this.proxy = b.proxy == null ? null : normalize(b.proxy, "proxy", true);
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.tokenRenewalMargin = positive(b.tokenRenewalMargin, "token renewal margin");
    this.userAgent = requireText(b.userAgent, "user agent");
    if (b.language != null && !b.language.equals("zh_CN") && !b.language.equals("en_US")) {
      throw new IllegalArgumentException("language must be zh_CN or en_US: " + b.language);
    }
    this.language = b.language;
    this.options = b.clientOptions();
    this.credentials = HuaweiCredentialsProvider.defaultChain(b.credentials, b.environment).resolve();
  }

  /**
   * The public BSS endpoint of {@code site}, used unless the configuration sets one: China {@code
   * https://bss.myhuaweicloud.com}, International {@code https://bss-intl.myhuaweicloud.com}.
   */
  static URI defaultEndpoint(HuaweiSite site) {
    return switch (Objects.requireNonNull(site, "site")) {
      case CHINA -> URI.create("https://bss.myhuaweicloud.com");
      case INTERNATIONAL -> URI.create("https://bss-intl.myhuaweicloud.com");
    };
  }

  /** A builder for {@code site}, with every other setting at its default. */
  public static Builder builder(HuaweiSite site) {
    return new Builder(site);
  }

  /** The site (China or international). */
  public HuaweiSite site() {
    return site;
  }

  /** The BSS endpoint: the site's default unless overridden; no path, no default port. */
  public URI endpoint() {
    return endpoint;
  }

  /** The IAM endpoint tokens are requested from (only used with {@link HuaweiCredentials.IamPassword}). */
  public URI iamEndpoint() {
    return iamEndpoint;
  }

  /** Time allowed to establish a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Time allowed for the response once the request is sent. */
  public Duration responseTimeout() {
    return responseTimeout;
  }

  /**
   * The longest a single exchange may take end to end (connecting, sending, and reading the whole answer), after
   * which it is abandoned: it bounds a server that trickles its answer, which the response timeout alone does not.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The HTTP proxy ({@code http://host:port}), if any. */
  public Option<URI> proxy() {
    return Option.of(proxy);
  }

  /** The clock used for {@code X-Sdk-Date} and token expiry. */
  public Clock clock() {
    return clock;
  }

  /** Whether plain {@code http://} endpoints are accepted (off by default). */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** The resolved credentials (their {@code toString()} hides the secret). */
  public HuaweiCredentials credentials() {
    return credentials;
  }

  /** How long before a token's expiry it is renewed. */
  public Duration tokenRenewalMargin() {
    return tokenRenewalMargin;
  }

  /** The {@code User-Agent} header sent and signed on every call. */
  public String userAgent() {
    return userAgent;
  }

  /**
   * The {@code X-Language} ({@code zh_CN} or {@code en_US}) sent to the operations that accept it (see {@link
   * dev.partnerkit.adapter.huawei.api.BssOperation#acceptsLanguage()}); none to let Huawei choose.
   */
  public Option<String> language() {
    return Option.of(language);
  }

  /** The size of the connection pool. */
  public int maxConnections() {
    return options.maxConnections();
  }

  /** The proxy's login, if it asks for one ({@link ClientConfigBuilder#proxyLogin}). */
  public Option<HttpPools.ProxyLogin> proxyLogin() {
    return options.proxyLogin();
  }

  /** The TLS context used instead of the JVM's default, if one was given. */
  public Option<SSLContext> sslContext() {
    return options.sslContext();
  }

  /** The HTTP connection pool's settings, as {@link HttpPools} builds it. */
  HttpPools.Settings poolSettings() {
    return new HttpPools.Settings(HuaweiCallFailure.SOURCE, connectTimeout, responseTimeout, options.maxConnections(),
        Option.of(proxy), options.proxyLogin(), options.sslContext(), userAgent);
  }

  /**
   * How the typed client paces and retries its calls: by default every operation at its published rate (or Huawei's
   * common limit) and {@link RetryPolicy#defaults()}.
   */
  public CallRules callRules() {
    return options.callRules();
  }

  @Override
  public String toString() {
    return "HuaweiConfig[site=" + site + ", endpoint=" + endpoint + ", iamEndpoint=" + iamEndpoint
        + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + ", callTimeout=" + callTimeout
        + ", proxy=" + proxy + ", allowInsecureHttp=" + allowInsecureHttp + ", credentials=" + credentials + ", " + options + "]";
  }

  /** An endpoint for a message: scheme, host, port and path, never user info, a query or a fragment. */
  private static String shown(URI uri) {
    return (uri.getScheme() == null ? "" : uri.getScheme() + "://") + (uri.getHost() == null ? "?" : uri.getHost())
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  private static URI normalize(URI uri, String what, boolean allowHttp) {
    Objects.requireNonNull(uri, what);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(what + " must be an https:// URL: " + shown(uri));
    }
    if (scheme.equals("http") && !allowHttp) {
      throw new IllegalArgumentException(
          what + " uses plain http (" + shown(uri) + "); only https is allowed unless allowInsecureHttp(true) is set");
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
    String host = uri.getHost();
    return URI.create(scheme + "://" + host + (defaultPort ? "" : ":" + port));
  }

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
    return d;
  }

  private static String requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }

  /** Builds a {@link HuaweiConfig}; every setting but the site has a default. */
  public static final class Builder extends ClientConfigBuilder<Builder, BssOperation> {
    private final HuaweiSite site;
    private URI endpoint;
    private URI iamEndpoint = DEFAULT_IAM_ENDPOINT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private URI proxy;
    private Clock clock = Clock.systemUTC();
    private boolean allowInsecureHttp;
    private HuaweiCredentials credentials;
    private Map<String, String> environment = System.getenv();
    private Duration tokenRenewalMargin = DEFAULT_TOKEN_RENEWAL_MARGIN;
    private String userAgent = DEFAULT_USER_AGENT;
    private String language;

    private Builder(HuaweiSite site) {
      this.site = Objects.requireNonNull(site, "site");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Overrides the site's BSS endpoint (e.g. a sandbox, or the EU site {@code https://bss.myhuaweicloud.eu}). */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** Overrides the IAM endpoint (default {@code https://iam.myhuaweicloud.com}). */
    public Builder iamEndpoint(URI iamEndpoint) {
      this.iamEndpoint = Objects.requireNonNull(iamEndpoint, "iamEndpoint");
      return this;
    }

    /** Time allowed to connect (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** Time allowed for a response once the request is sent (default 30 s). */
    public Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
      return this;
    }

    /**
     * The longest one exchange may take end to end (default 60 s); not shorter than the connect and response
     * timeouts. When it passes the exchange is aborted and fails with {@code transport.call-timeout}.
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /** Sends every call through the HTTP proxy {@code proxy} ({@code http://host:port}). */
    public Builder proxy(URI proxy) {
      this.proxy = proxy;
      return this;
    }

    /** The clock for signatures and token expiry (default: the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Accepts plain {@code http://} endpoints; only for a local sandbox (default: off). */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** Explicit credentials; they win over the environment. */
    public Builder credentials(HuaweiCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** The environment to read {@code HUAWEICLOUD_SDK_*} variables from (default {@code System.getenv()}). */
    public Builder environment(Map<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** How long before a token expires it is renewed (default 10 minutes). */
    public Builder tokenRenewalMargin(Duration tokenRenewalMargin) {
      this.tokenRenewalMargin = tokenRenewalMargin;
      return this;
    }

    /** The {@code User-Agent} header (default {@code partnerkit-huawei/0.1}); it is signed. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** The {@code X-Language} for operations that accept it: {@code zh_CN} or {@code en_US} (default: none). */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException when a setting is invalid (the message names it)
     * @throws IllegalStateException when no credentials are found, or the environment holds half of them
     */
    public HuaweiConfig build() {
      return new HuaweiConfig(this);
    }
  }
}
