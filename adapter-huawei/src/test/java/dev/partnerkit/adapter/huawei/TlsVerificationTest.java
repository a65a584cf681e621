package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS is verified: a loopback HTTPS server with a self-signed certificate is refused before anything is sent. */
class TlsVerificationTest {

  @Test
  void an_untrusted_certificate_is_refused_and_nothing_is_sent(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);

    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    AtomicInteger handled = new AtomicInteger();
    server.createContext("/", exchange -> {
      handled.incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try (BssClient client = BssClient.create(HuaweiConfig.builder(HuaweiSite.CHINA)
        .endpoint(URI.create("https://127.0.0.1:" + server.getAddress().getPort()))
        .environment(Map.of())
        .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK)))
        .withoutRateLimits().retryPolicy(RetryPolicy.none())
        .build())) {

      HuaweiCallFailure failure = client.createSubCustomer(
          CreateSubCustomerRequest.builder().xaccountId("x-1").xaccountType("plat").build()).getLeft();

      assertThat(failure.trace().code()).isEqualTo("transport.tls");
      assertThat(failure.trace().message()).contains("SSLHandshakeException");
      assertThat(failure.kind()).isEqualTo(FailureKind.UNAVAILABLE);
      assertThat(failure.maybeApplied()).isFalse();
      assertThat(handled.get()).isZero();
    }
    javax.net.ssl.TrustManagerFactory trust =
        javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
    trust.init(ks);
    SSLContext trusting = SSLContext.getInstance("TLS");
    trusting.init(null, trust.getTrustManagers(), null);
    try (BssClient client = BssClient.create(HuaweiConfig.builder(HuaweiSite.CHINA)
        .endpoint(URI.create("https://127.0.0.1:" + server.getAddress().getPort()))
        .environment(Map.of())
        .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK)))
        .sslContext(trusting)   // a custom SSLContext that trusts the server's certificate: the call goes through
        .withoutRateLimits().retryPolicy(RetryPolicy.none())
        .build())) {

      client.createSubCustomer(CreateSubCustomerRequest.builder().xaccountId("x-1").xaccountType("plat").build());

      assertThat(handled.get()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }
}
