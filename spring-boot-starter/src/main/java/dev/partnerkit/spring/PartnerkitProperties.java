package dev.partnerkit.spring;

import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * partnerkit's settings under {@code partnerkit.*}: a gateway per vendor ({@code partnerkit.tencent.*}, {@code
 * partnerkit.huawei.*}), the write journal ({@code partnerkit.journal.*}), PostgreSQL ({@code partnerkit.postgres.*}),
 * the health check ({@code partnerkit.health.*}) and the fake ({@code partnerkit.fake}). Secret keys and passwords are
 * {@link Secret}s: no {@code toString()} here shows them, and the actuator shows them masked.
 */
@ConfigurationProperties(prefix = "partnerkit")
public class PartnerkitProperties {

  /**
   * Replaces every real gateway by partnerkit's in-memory fake with this vendor's rules (needs partnerkit-adapter-inmemory
   * on the class path): for tests and local runs. Unset: the real gateways.
   */
  private FakeVendor fake;

  private final Tencent tencent = new Tencent();
  private final Huawei huawei = new Huawei();
  private final Journal journal = new Journal();
  private final Postgres postgres = new Postgres();
  private final Health health = new Health();

  /** The fake's vendor, or null for the real gateways. */
  public FakeVendor getFake() {
    return fake;
  }

  /** Sets the fake's vendor (null: the real gateways). */
  public void setFake(FakeVendor fake) {
    this.fake = fake;
  }

  /** The Tencent gateway's settings. */
  public Tencent getTencent() {
    return tencent;
  }

  /** The Huawei gateway's settings. */
  public Huawei getHuawei() {
    return huawei;
  }

  /** The write journal's settings. */
  public Journal getJournal() {
    return journal;
  }

  /** The PostgreSQL settings (journal type {@code postgres}). */
  public Postgres getPostgres() {
    return postgres;
  }

  /** The health check's settings. */
  public Health getHealth() {
    return health;
  }

  @Override
  public String toString() {
    return "PartnerkitProperties[fake=" + fake + ", tencent=" + tencent + ", huawei=" + huawei + ", journal=" + journal
        + ", postgres=" + postgres + ", health=" + health + "]";
  }

  /** Which vendor's rules the in-memory fake applies. */
  public enum FakeVendor {
    /** No fake: the real gateways (as when unset). */
    NONE,
    /** Tencent Cloud International. */
    TENCENT,
    /** Huawei Cloud China. */
    HUAWEI_CHINA,
    /** Huawei Cloud International. */
    HUAWEI_INTERNATIONAL
  }

  /** Where the writes that must happen at most once are journaled. */
  public enum JournalType {
    /** A crash-safe file per vendor under {@code partnerkit.journal.file.path}: one instance, survives restarts. */
    FILE,
    /** The application's PostgreSQL {@code DataSource} (partnerkit-adapter-postgres): shared by every instance. */
    POSTGRES,
    /** This JVM's memory: lost on restart. For tests only. */
    IN_MEMORY
  }

  /** {@code partnerkit.tencent.*}: the Tencent Cloud International Partners gateway (intlpartnersmgt). */
  public static class Tencent extends Connection {

    /** The longest wait to open a connection. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** The endpoint: a host (HTTPS) or https://host[:port]. Default: intlpartnersmgt.intl.tencentcloudapi.com. */
    private String endpoint;
    /** The API key's SecretId. The gateway is created when it is set. */
    private String secretId;
    /** The API key's SecretKey (never shown: masked in toString and by the actuator). */
    private Secret secretKey;
    /** The session token of temporary (STS) credentials, if any (never shown). */
    private Secret sessionToken;
    /** The region sent as X-TC-Region; none by default (no intlpartnersmgt action needs one). */
    private String region;
    /** The language of the vendor's messages: en-US (default) or zh-CN. */
    private String language;
    /** The partner's own UIN, as partner() reports it (Tencent's APIs do not return it). */
    private String partnerUin;
    /** The currency of the partner's Tencent account. */
    private String currency = "USD";
    /** Requests per second of single actions, by action name (e.g. CreateAccount: 5), over the published limits. */
    private Map<String, Integer> rateLimits = new LinkedHashMap<>();

    /** See the property's description. */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /** See the property's description. */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /** See the property's description. */
    public String getEndpoint() {
      return endpoint;
    }

    /** See the property's description. */
    public void setEndpoint(String endpoint) {
      this.endpoint = endpoint;
    }

    /** See the property's description. */
    public String getSecretId() {
      return secretId;
    }

    /** See the property's description. */
    public void setSecretId(String secretId) {
      this.secretId = secretId;
    }

    /** See the property's description. */
    public Secret getSecretKey() {
      return secretKey;
    }

    /** See the property's description. */
    public void setSecretKey(Secret secretKey) {
      this.secretKey = secretKey;
    }

    /** See the property's description. */
    public Secret getSessionToken() {
      return sessionToken;
    }

    /** See the property's description. */
    public void setSessionToken(Secret sessionToken) {
      this.sessionToken = sessionToken;
    }

    /** See the property's description. */
    public String getRegion() {
      return region;
    }

    /** See the property's description. */
    public void setRegion(String region) {
      this.region = region;
    }

    /** See the property's description. */
    public String getLanguage() {
      return language;
    }

    /** See the property's description. */
    public void setLanguage(String language) {
      this.language = language;
    }

    /** See the property's description. */
    public String getPartnerUin() {
      return partnerUin;
    }

    /** See the property's description. */
    public void setPartnerUin(String partnerUin) {
      this.partnerUin = partnerUin;
    }

    /** See the property's description. */
    public String getCurrency() {
      return currency;
    }

    /** See the property's description. */
    public void setCurrency(String currency) {
      this.currency = currency;
    }

    /** See the property's description. */
    public Map<String, Integer> getRateLimits() {
      return rateLimits;
    }

    /** See the property's description. */
    public void setRateLimits(Map<String, Integer> rateLimits) {
      this.rateLimits = rateLimits;
    }

    /** Every setting; the secret key and the session token as {@code ******}. */
    @Override
    public String toString() {
      return "Tencent[endpoint=" + endpoint + ", secretId=" + secretId + ", secretKey=" + secretKey
          + ", sessionToken=" + sessionToken + ", region=" + region + ", language=" + language
          + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + getResponseTimeout() + ", callTimeout="
          + getCallTimeout() + ", maxConnections=" + getMaxConnections() + ", allowInsecureHttp=" + isAllowInsecureHttp()
          + ", partnerUin=" + partnerUin + ", currency=" + currency + ", pageSize=" + getPageSize() + ", rateLimitScale="
          + getRateLimitScale() + ", rateLimits=" + rateLimits + ", partnerKey=" + getPartnerKey() + "]";
    }
  }

  /** {@code partnerkit.huawei.*}: the Huawei Cloud partner BSS gateway (China or International). */
  public static class Huawei extends Connection {

    /** Time allowed to connect. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** The site: china or international. */
    private HuaweiSite site = HuaweiSite.CHINA;
    /** The BSS endpoint; default the site's public one (https://bss.myhuaweicloud.com, https://bss-intl.myhuaweicloud.com). */
    private URI endpoint;
    /** The IAM endpoint tokens are requested from (password authentication only). */
    private URI iamEndpoint;
    /** The access key (AK) of an AK/SK pair. The gateway is created when it (or user-name) is set. */
    private String accessKey;
    /** The secret key (SK) of the AK/SK pair (never shown: masked in toString and by the actuator). */
    private Secret secretKey;
    /** The partner account id sent as X-Domain-Id with AK/SK, if known. */
    private String domainId;
    /** An IAM user's name, for token authentication instead of AK/SK. The gateway is created when it is set. */
    private String userName;
    /** The IAM user's password (never shown). */
    private Secret password;
    /** The partner account name the IAM user belongs to. */
    private String domainName;
    /** The X-Language of the operations that accept it: zh_CN or en_US; none by default. */
    private String language;

    /** See the property's description. */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /** See the property's description. */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /** See the property's description. */
    public HuaweiSite getSite() {
      return site;
    }

    /** See the property's description. */
    public void setSite(HuaweiSite site) {
      this.site = site;
    }

    /** See the property's description. */
    public URI getEndpoint() {
      return endpoint;
    }

    /** See the property's description. */
    public void setEndpoint(URI endpoint) {
      this.endpoint = endpoint;
    }

    /** See the property's description. */
    public URI getIamEndpoint() {
      return iamEndpoint;
    }

    /** See the property's description. */
    public void setIamEndpoint(URI iamEndpoint) {
      this.iamEndpoint = iamEndpoint;
    }

    /** See the property's description. */
    public String getAccessKey() {
      return accessKey;
    }

    /** See the property's description. */
    public void setAccessKey(String accessKey) {
      this.accessKey = accessKey;
    }

    /** See the property's description. */
    public Secret getSecretKey() {
      return secretKey;
    }

    /** See the property's description. */
    public void setSecretKey(Secret secretKey) {
      this.secretKey = secretKey;
    }

    /** See the property's description. */
    public String getDomainId() {
      return domainId;
    }

    /** See the property's description. */
    public void setDomainId(String domainId) {
      this.domainId = domainId;
    }

    /** See the property's description. */
    public String getUserName() {
      return userName;
    }

    /** See the property's description. */
    public void setUserName(String userName) {
      this.userName = userName;
    }

    /** See the property's description. */
    public Secret getPassword() {
      return password;
    }

    /** See the property's description. */
    public void setPassword(Secret password) {
      this.password = password;
    }

    /** See the property's description. */
    public String getDomainName() {
      return domainName;
    }

    /** See the property's description. */
    public void setDomainName(String domainName) {
      this.domainName = domainName;
    }

    /** See the property's description. */
    public String getLanguage() {
      return language;
    }

    /** See the property's description. */
    public void setLanguage(String language) {
      this.language = language;
    }

    /** Every setting; the secret key and the password as {@code ******}. */
    @Override
    public String toString() {
      return "Huawei[site=" + site + ", endpoint=" + endpoint + ", iamEndpoint=" + iamEndpoint + ", accessKey="
          + accessKey + ", secretKey=" + secretKey + ", domainId=" + domainId + ", userName=" + userName
          + ", password=" + password + ", domainName=" + domainName + ", connectTimeout=" + connectTimeout
          + ", responseTimeout=" + getResponseTimeout() + ", callTimeout=" + getCallTimeout() + ", maxConnections=" + getMaxConnections() + ", allowInsecureHttp="
          + isAllowInsecureHttp() + ", language="
          + language + ", pageSize=" + getPageSize() + ", rateLimitScale=" + getRateLimitScale() + ", partnerKey="
          + getPartnerKey() + "]";
    }
  }

  /**
   * What both vendors' gateways share: response and call timeouts, pool size, plain-HTTP permission, page size,
   * rate-limit scale and the shared budget's name. Bound under {@code partnerkit.tencent.*} and {@code partnerkit.huawei.*} alike.
   */
  public abstract static class Connection {
    /** The longest wait for the response once the request is sent. */
    private Duration responseTimeout = Duration.ofSeconds(30);
    /** The longest one call may take, every attempt, retry and throttle wait included (the whole-call deadline). */
    private Duration callTimeout = Duration.ofSeconds(60);
    /** The size of the connection pool. */
    private int maxConnections = 20;
    /** Allows a plain http:// endpoint: for a local sandbox on loopback only. */
    private boolean allowInsecureHttp;
    /** Items per page when listing (1 to 100). */
    private int pageSize = 100;
    /** Multiplies every published rate limit (for a raised quota, or a sandbox with raised limits). */
    private int rateLimitScale = 1;
    /**
     * The name of the shared rate-limit budget (journal type postgres): every instance calling for one partner
     * account uses the same. Default: Tencent's SecretId; Huawei's access key, or the user and domain names.
     */
    private String partnerKey;

    /** See the property's description. */
    public Duration getResponseTimeout() {
      return responseTimeout;
    }

    /** See the property's description. */
    public void setResponseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
    }

    /** See the property's description. */
    public Duration getCallTimeout() {
      return callTimeout;
    }

    /** See the property's description. */
    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    /** See the property's description. */
    public int getMaxConnections() {
      return maxConnections;
    }

    /** See the property's description. */
    public void setMaxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
    }

    /** See the property's description. */
    public boolean isAllowInsecureHttp() {
      return allowInsecureHttp;
    }

    /** See the property's description. */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
    }

    /** See the property's description. */
    public int getPageSize() {
      return pageSize;
    }

    /** See the property's description. */
    public void setPageSize(int pageSize) {
      this.pageSize = pageSize;
    }

    /** See the property's description. */
    public int getRateLimitScale() {
      return rateLimitScale;
    }

    /** See the property's description. */
    public void setRateLimitScale(int rateLimitScale) {
      this.rateLimitScale = rateLimitScale;
    }

    /** See the property's description. */
    public String getPartnerKey() {
      return partnerKey;
    }

    /** See the property's description. */
    public void setPartnerKey(String partnerKey) {
      this.partnerKey = partnerKey;
    }
  }

  /** {@code partnerkit.journal.*}: where the writes that must happen at most once are journaled. */
  public static class Journal {
    /**
     * The journal: file, postgres or in-memory (tests only). Required as soon as a real gateway is configured: there is
     * no default, so that a service never forgets its idempotency keys on restart by accident.
     */
    private JournalType type;
    /** How long an attempt may stay in flight before the next claim of its key takes it as dead and reconciles it. */
    private Duration staleAfter = Duration.ofMinutes(2);
    private final File file = new File();

    /** See the property's description. */
    public JournalType getType() {
      return type;
    }

    /** See the property's description. */
    public void setType(JournalType type) {
      this.type = type;
    }

    /** See the property's description. */
    public Duration getStaleAfter() {
      return staleAfter;
    }

    /** See the property's description. */
    public void setStaleAfter(Duration staleAfter) {
      this.staleAfter = staleAfter;
    }

    /** The file journal's settings. */
    public File getFile() {
      return file;
    }

    @Override
    public String toString() {
      return "Journal[type=" + type + ", staleAfter=" + staleAfter + ", file=" + file.path + "]";
    }

    /** {@code partnerkit.journal.file.*}: the crash-safe file journal. */
    public static class File {
      /** The directory of the journal files (tencent.journal, huawei.journal), created if missing. */
      private Path path;

      /** See the property's description. */
      public Path getPath() {
        return path;
      }

      /** See the property's description. */
      public void setPath(Path path) {
        this.path = path;
      }
    }
  }

  /** {@code partnerkit.postgres.*}: the application's PostgreSQL, with journal type {@code postgres}. */
  public static class Postgres {
    /** Creates or updates partnerkit's tables at start-up (otherwise apply db/partnerkit/*.sql yourself). */
    private boolean migrate = true;
    /** Shares the vendors' rate-limit budgets between instances through the database. */
    private boolean sharedRateLimits = true;

    /** See the property's description. */
    public boolean isMigrate() {
      return migrate;
    }

    /** See the property's description. */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    /** See the property's description. */
    public boolean isSharedRateLimits() {
      return sharedRateLimits;
    }

    /** See the property's description. */
    public void setSharedRateLimits(boolean sharedRateLimits) {
      this.sharedRateLimits = sharedRateLimits;
    }

    @Override
    public String toString() {
      return "Postgres[migrate=" + migrate + ", sharedRateLimits=" + sharedRateLimits + "]";
    }
  }

  /** {@code partnerkit.health.*}: the actuator health check of the gateways. */
  public static class Health {
    /** How long a probe's answer is reused before the vendor is asked again (a cheap read, never a write). */
    private Duration cacheTime = Duration.ofSeconds(30);

    /** See the property's description. */
    public Duration getCacheTime() {
      return cacheTime;
    }

    /** See the property's description. */
    public void setCacheTime(Duration cacheTime) {
      this.cacheTime = cacheTime;
    }

    @Override
    public String toString() {
      return "Health[cacheTime=" + cacheTime + "]";
    }
  }
}
