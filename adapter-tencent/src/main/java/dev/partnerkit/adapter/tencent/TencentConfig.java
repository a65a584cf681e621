package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.ClientConfig;
import dev.partnerkit.adapter.support.ClientConfigBuilder;
import dev.partnerkit.adapter.support.ClientOptions;
import dev.partnerkit.adapter.support.HttpPools;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach intlpartnersmgt: credentials, language and region, and the options every vendor's client has ({@link
 * ClientConfig}: endpoint, timeouts including the whole-call deadline, proxy, TLS, pool, clock, rate limits and retry
 * policy). Immutable; build it with {@link #builder()}. Every timeout is always set (see {@link ClientConfigBuilder}
 * for the defaults; the connect timeout's is 5 s). {@link #toString()} never shows the SecretKey or the session token.
 */
public final class TencentConfig extends ClientConfig {

  /**
   * The documented endpoint host (spec section 0); the official SDKs default to the older host without {@code
   * .intl}.
   */
  public static final String DEFAULT_HOST = "intlpartnersmgt.intl.tencentcloudapi.com";
  /** The API version sent as {@code X-TC-Version}. */
  public static final String API_VERSION = "2022-09-28";
  /** The service name in the TC3 credential scope. */
  public static final String SERVICE = "intlpartnersmgt";
  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

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

  private final TencentCredentials credentials;
  private final Option<String> region;
  private final Language language;

  private TencentConfig(ClientOptions options, TencentCredentials credentials, Option<String> region,
      Language language) {
    super(options);
    this.credentials = credentials;
    this.region = region;
    this.language = language;
  }

  /**
   * A builder with the defaults: the documented endpoint over HTTPS, en-US, the UTC system clock, credentials from
   * the environment.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The value of the {@code Host} header (and of the signed {@code host}): the host, with the port if one was
   * given.
   */
  public String hostHeader() {
    return endpoint().getRawAuthority();
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

  /** The HTTP connection pool's settings, as {@link HttpPools} builds it. */
  HttpPools.Settings poolSettings() {
    return options().poolSettings(SERVICE, "partnerkit-adapter-tencent");
  }

  /** The credentials show their SecretId only. */
  @Override
  protected String vendorSettings() {
    return "credentials=" + credentials + ", region=" + region.getOrElse("(none)") + ", language=" + language.header();
  }

  /** Builds a {@link TencentConfig}; every setter returns this builder. */
  public static final class Builder extends ClientConfigBuilder<Builder, IntlPartnersAction> {
    private TencentCredentials credentials;
    private Map<String, String> environment;
    private String region;
    private Language language = Language.EN_US;

    private Builder() {
      super(DEFAULT_HOST, DEFAULT_CONNECT_TIMEOUT);
    }

    @Override
    protected Builder self() {
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

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException if a shared option is invalid ({@link ClientConfigBuilder}; the message names
     *     it)
     * @throws IllegalStateException if no credentials were given and the environment has none (the message names the
     *     variables)
     */
    public TencentConfig build() {
      ClientOptions options = clientOptions();
      TencentCredentials resolved =
          TencentCredentials.resolve(credentials, environment != null ? environment : System.getenv());
      return new TencentConfig(options, resolved, Option.of(region), language);
    }
  }
}
