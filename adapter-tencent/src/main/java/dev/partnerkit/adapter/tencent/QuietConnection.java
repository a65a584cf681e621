package dev.partnerkit.adapter.tencent;

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
 * An HttpClient connection that never logs headers or bytes. HttpClient's own {@code
 * org.apache.hc.client5.http.headers} and {@code ...wire} loggers would print the {@code Authorization} header and
 * request bodies (passwords, SMS codes) at DEBUG; with this connection they stay silent whatever the log
 * configuration.
 */
final class QuietConnection extends DefaultManagedHttpClientConnection {

  private static final AtomicLong COUNTER = new AtomicLong();

  /** Makes quiet connections for the pool. */
  static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY =
      socket -> {
        QuietConnection connection = new QuietConnection("tencent-" + COUNTER.getAndIncrement());
        if (socket != null) {
          connection.bind(socket);
        }
        return connection;
      };

  private QuietConnection(String id) {
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
    // deliberately silent: the request headers carry the Authorization signature
  }

  @Override
  protected void onResponseReceived(ClassicHttpResponse response) {
    // silent too, for symmetry
  }
}
