package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.support.CallRules;
import dev.partnerkit.adapter.support.ClientConfig;
import dev.partnerkit.adapter.support.ClientConfigBuilder;
import dev.partnerkit.adapter.support.ClientOptions;
import dev.partnerkit.adapter.support.HttpPools;
import dev.partnerkit.domain.HuaweiSite;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link BssClient} needs: the site, credentials, IAM endpoint, token renewal, user agent and language,
 * and the options every vendor's client has ({@link ClientConfig}: endpoint, timeouts including the whole-call
 * deadline, proxy, TLS, pool, clock, rate limits and retry policy). Immutable; built with {@link
 * #builder(HuaweiSite)}. Plain {@code http://} endpoints are refused unless {@link
 * ClientConfigBuilder#allowInsecureHttp(boolean)} is set (meant for a local sandbox on loopback). {@link #toString()}
 * shows no secret.
 */
public final class HuaweiConfig extends ClientConfig {

  /** Huawei's global IAM endpoint, where tokens are issued. */
  public static final URI DEFAULT_IAM_ENDPOINT = URI.create("https://iam.myhuaweicloud.com");
  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time to wait for a response once the request is sent. */
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = ClientOptions.DEFAULT_RESPONSE_TIMEOUT;
  /** Default longest time of one call, every attempt, retry and throttle wait included. */
  public static final Duration DEFAULT_CALL_TIMEOUT = CallRules.DEFAULT_CALL_TIMEOUT;
  /** Default margin before a token's expiry at which it is renewed. */
  public static final Duration DEFAULT_TOKEN_RENEWAL_MARGIN = Duration.ofMinutes(10);
  /** The {@code User-Agent} sent (and signed) unless configured otherwise. */
  public static final String DEFAULT_USER_AGENT = "partnerkit-huawei/0.1";

  private final HuaweiSite site;
  private final URI iamEndpoint;
  private final HuaweiCredentials credentials;
  private final Duration tokenRenewalMargin;
  private final String userAgent;
  private final String language;

  private HuaweiConfig(Builder b, ClientOptions options, URI iamEndpoint) {
    super(options);
    this.site = b.site;
    this.iamEndpoint = iamEndpoint;
    this.tokenRenewalMargin = b.tokenRenewalMargin;
    this.userAgent = b.userAgent;
    this.language = b.language;
    this.credentials = HuaweiCredentials.resolve(b.credentials, b.environment);
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

  /** The IAM endpoint tokens are requested from (only used with {@link HuaweiCredentials.IamPassword}). */
  public URI iamEndpoint() {
    return iamEndpoint;
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

  /** The HTTP connection pool's settings, as {@link HttpPools} builds it. */
  HttpPools.Settings poolSettings() {
    return options().poolSettings(HuaweiCallFailure.SOURCE, userAgent);
  }

  @Override
  protected String vendorSettings() {
    return "site=" + site + ", iamEndpoint=" + iamEndpoint + ", credentials=" + credentials;
  }

  /** Builds a {@link HuaweiConfig}; every setting but the site has a default. */
  public static final class Builder extends ClientConfigBuilder<Builder, BssOperation> {
    private final HuaweiSite site;
    private String iamEndpoint = DEFAULT_IAM_ENDPOINT.toString();
    private HuaweiCredentials credentials;
    private Map<String, String> environment = System.getenv();
    private Duration tokenRenewalMargin = DEFAULT_TOKEN_RENEWAL_MARGIN;
    private String userAgent = DEFAULT_USER_AGENT;
    private String language;

    private Builder(HuaweiSite site) {
      super(defaultEndpoint(site).toString(), DEFAULT_CONNECT_TIMEOUT);
      this.site = site;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Overrides the IAM endpoint (default {@code https://iam.myhuaweicloud.com}). */
    public Builder iamEndpoint(URI iamEndpoint) {
      this.iamEndpoint = Objects.requireNonNull(iamEndpoint, "iamEndpoint").toString();
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

    /** How long before a token expires it is renewed; positive (default 10 minutes). */
    public Builder tokenRenewalMargin(Duration tokenRenewalMargin) {
      this.tokenRenewalMargin = positive(tokenRenewalMargin, "tokenRenewalMargin");
      return this;
    }

    /** The {@code User-Agent} header (default {@code partnerkit-huawei/0.1}); it is signed; not blank. */
    public Builder userAgent(String userAgent) {
      if (userAgent == null || userAgent.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      this.userAgent = userAgent;
      return this;
    }

    /** The {@code X-Language} for operations that accept it: {@code zh_CN} or {@code en_US} (default: none). */
    public Builder language(String language) {
      if (language != null && !language.equals("zh_CN") && !language.equals("en_US")) {
        throw new IllegalArgumentException("language must be zh_CN or en_US: " + language);
      }
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
      return new HuaweiConfig(this, clientOptions(), checkedEndpoint(iamEndpoint, "IAM endpoint"));
    }
  }
}
