package dev.partnerkit.adapter.huawei;

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
 * Connections that never log headers or wire bytes. HttpClient's own connections log every header (including
 * {@code Authorization} and {@code X-Auth-Token}) to {@code org.apache.hc.client5.http.headers} and every byte
 * (including request bodies with passwords) to {@code org.apache.hc.client5.http.wire} when those loggers are at
 * debug; a host application that turns on debug logging must not leak Huawei credentials that way.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

  private static final AtomicLong COUNTER = new AtomicLong();

  @Override
  public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
    QuietConnection connection = new QuietConnection("huawei-" + COUNTER.incrementAndGet());
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }

  /** A managed connection bound without the wire-logging socket wrapper and without header logging. */
  static final class QuietConnection extends DefaultManagedHttpClientConnection {

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
      // deliberately silent: headers carry credentials
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
      // deliberately silent: X-Subject-Token carries a token
    }
  }
}
