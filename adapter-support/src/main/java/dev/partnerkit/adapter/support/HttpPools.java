package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.Secret;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one way both HTTP adapters build their Apache HttpClient 5: a pool of at most {@code maxConnections} quiet
 * connections ({@link QuietConnections}: no header or wire logging), the connect and response timeouts always set,
 * an HTTP proxy (with its login, if any), a custom {@link SSLContext} (a corporate trust store, client certificates),
 * and HttpClient's own retries, redirects, cookies and auth caching off: retries are the call pipeline's
 * ({@link GuardedCall}), and a vendor API never redirects.
 */
public final class HttpPools {

  private HttpPools() {}

  /**
   * What a pool is built from.
   *
   * @param vendor names the connections in HttpClient's own messages ({@code tencent}, {@code huawei})
   * @param connectTimeout the longest wait to open a connection (TCP and TLS), and to lease one from the pool
   * @param responseTimeout the longest wait for the answer once the request is sent, and between reads of it
   * @param maxConnections the size of the pool (all to the one vendor host)
   * @param proxy the HTTP proxy ({@code http://host:port}), if any
   * @param proxyLogin the proxy's user and password, if it asks for one
   * @param sslContext the TLS context to use instead of the JVM's default, if any
   * @param userAgent the {@code User-Agent} header
   */
  public record Settings(String vendor, Duration connectTimeout, Duration responseTimeout, int maxConnections,
      Option<URI> proxy, Option<ProxyLogin> proxyLogin, Option<SSLContext> sslContext, String userAgent) {

    public Settings {
      Objects.requireNonNull(vendor, "vendor");
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(responseTimeout, "responseTimeout");
      Objects.requireNonNull(proxy, "proxy");
      Objects.requireNonNull(proxyLogin, "proxyLogin");
      Objects.requireNonNull(sslContext, "sslContext");
      Objects.requireNonNull(userAgent, "userAgent");
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be positive, was " + maxConnections);
      }
    }
  }

  /**
   * A proxy's login. {@link #toString()} shows the user only.
   *
   * @param user the proxy user
   * @param password the proxy password
   */
  public record ProxyLogin(String user, Secret password) {

    public ProxyLogin {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "ProxyLogin[" + user + ", password=" + password + "]";
    }
  }

  /** A client as {@code settings} say; close it to release its connections. */
  public static CloseableHttpClient create(Settings settings) {
    Timeout connect = Timeout.of(settings.connectTimeout());
    Timeout response = Timeout.of(settings.responseTimeout());
    PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setConnectionFactory(QuietConnections.factory(settings.vendor()))
        .setMaxConnTotal(settings.maxConnections())
        .setMaxConnPerRoute(settings.maxConnections())
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(connect)
            .setSocketTimeout(response)
            .setValidateAfterInactivity(TimeValue.ofSeconds(2))
            .setTimeToLive(TimeValue.ofMinutes(5))
            .build());
    settings.sslContext().forEach(context -> pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(context)));
    HttpClientBuilder client = HttpClients.custom()
        .setConnectionManager(pool.build())
        .setDefaultRequestConfig(RequestConfig.custom()
            .setConnectionRequestTimeout(connect)
            .setResponseTimeout(response)
            .setRedirectsEnabled(false)
            .build())
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableContentCompression()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .setUserAgent(settings.userAgent());
    settings.proxy().forEach(uri -> {
      HttpHost proxy = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
      client.setProxy(proxy);
      settings.proxyLogin().forEach(login -> client.setDefaultCredentialsProvider(CredentialsProviderBuilder.create()
          .add(new AuthScope(proxy), login.user(), login.password().reveal().toCharArray()).build()));
    });
    return client.build();
  }
}
