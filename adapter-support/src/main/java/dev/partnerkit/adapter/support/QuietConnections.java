package dev.partnerkit.adapter.support;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * HttpClient connections that never log headers or bytes. HttpClient's own {@code org.apache.hc.client5.http.headers}
 * and {@code ...wire} loggers would print the {@code Authorization} / {@code X-Auth-Token} headers and request bodies
 * (passwords, verification codes) at DEBUG; with these connections they stay silent whatever the log configuration.
 * Both HTTP adapters build their connection pools with {@link #factory(String)}.
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

  private static final class QuietConnection extends DefaultManagedHttpClientConnection {

    QuietConnection(String id) {
      super(id);
    }

    @Override
    public void bind(Socket socket) throws IOException {
      bind(new SocketHolder(socket));
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
      bind(new SocketHolder(sslSocket, socket));
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
      // deliberately silent: the request headers carry the signature or token
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
      // silent too, for symmetry
    }
  }
}
