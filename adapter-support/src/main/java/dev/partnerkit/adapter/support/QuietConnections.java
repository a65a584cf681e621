package dev.partnerkit.adapter.support;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;

/**
 * HttpClient connections that never log headers or bytes. HttpClient's own {@code org.apache.hc.client5.http.headers}
 * and {@code ...wire} loggers would print the {@code Authorization} / {@code X-Auth-Token} headers and request bodies
 * (passwords, verification codes) at DEBUG; with these connections they stay silent whatever the log configuration.
 * Both HTTP adapters build their connection pools with {@link #factory(String)}.
 *
 * <p>The connection is HttpCore's plain {@link DefaultBHttpClientConnection} with the few pool hooks HttpClient needs
 * ({@link ManagedHttpClientConnection}), not a subclass of HttpClient's own connection: that class is final and
 * package-private in HttpClient 5.5 (the version Spring Boot 3.5 and 4.0 manage), so extending it would fail there.
 */
public final class QuietConnections {

  private static final AtomicLong COUNTER = new AtomicLong();

  private QuietConnections() {}

  /** A connection factory for a pool; {@code prefix} names the connections in HttpClient's own messages. */
  public static HttpConnectionFactory<ManagedHttpClientConnection> factory(String prefix) {
    return socket -> {
      QuietConnection connection = new QuietConnection(prefix + "-" + COUNTER.getAndIncrement());
      if (socket != null) {
        connection.bind(socket);
      }
      return connection;
    };
  }

  private static final class QuietConnection extends DefaultBHttpClientConnection
      implements ManagedHttpClientConnection, Identifiable {

    private final String id;
    private volatile Timeout socketTimeout;

    QuietConnection(String id) {
      super(Http1Config.DEFAULT);
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void bind(Socket socket) throws IOException {
      super.bind(socket);
      socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    /** After a TLS upgrade of a bound connection (through a proxy tunnel). */
    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
      super.bind(sslSocket, socket);
      socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public Socket getSocket() {
      SocketHolder holder = getSocketHolder();
      return holder == null ? null : holder.getSocket();
    }

    @Override
    public SSLSession getSSLSession() {
      return super.getSSLSession();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
      socketTimeout = timeout;
      super.setSocketTimeout(timeout);
    }

    /** Idle in the pool: no read timeout, as HttpClient's own connection does. */
    @Override
    public void passivate() {
      super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    /** Leased again: the read timeout it had before. */
    @Override
    public void activate() {
      super.setSocketTimeout(socketTimeout);
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
      // deliberately silent: the request headers carry the signature or token
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
      // silent too, for symmetry
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
