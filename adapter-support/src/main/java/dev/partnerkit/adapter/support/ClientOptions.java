package dev.partnerkit.adapter.support;

import io.vavr.control.Option;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * The options both vendors' client configurations share (see {@link ClientConfigBuilder}). {@link #toString()} shows
 * the proxy user, never its password.
 *
 * @param callRules how calls are paced and retried
 * @param maxConnections the size of the connection pool
 * @param proxyLogin the proxy's login, if it asks for one
 * @param sslContext the TLS context used instead of the JVM's default, if any
 */
public record ClientOptions(CallRules callRules, int maxConnections, Option<HttpPools.ProxyLogin> proxyLogin,
    Option<SSLContext> sslContext) {

  public ClientOptions {
    Objects.requireNonNull(callRules, "callRules");
    Objects.requireNonNull(proxyLogin, "proxyLogin");
    Objects.requireNonNull(sslContext, "sslContext");
  }

  @Override
  public String toString() {
    return "maxConnections=" + maxConnections + proxyLogin.map(l -> ", proxy login " + l.user()).getOrElse("")
        + (sslContext.isDefined() ? ", custom SSLContext" : "") + ", " + callRules;
  }
}
