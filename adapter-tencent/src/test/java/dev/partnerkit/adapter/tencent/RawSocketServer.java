package dev.partnerkit.adapter.tencent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that reads each HTTP request completely (headers and Content-Length body) and then closes the
 * connection without a word: the request was delivered, the answer is lost.
 */
final class RawSocketServer implements AutoCloseable {

  private final ServerSocket socket;
  private final AtomicInteger requestsRead = new AtomicInteger();
  private final Thread acceptor;

  RawSocketServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serve, "raw-socket-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** How many complete requests were read before hanging up. */
  int requestsRead() {
    return requestsRead.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        readRequest(client.getInputStream());
        requestsRead.incrementAndGet();
      } catch (IOException e) {
        // closed, or the client gave up: keep serving until close()
      }
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      byte[] h = head.toByteArray();
      int n = h.length;
      if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
        break;
      }
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    in.readNBytes(length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
