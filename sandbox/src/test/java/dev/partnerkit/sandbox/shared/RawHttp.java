package dev.partnerkit.sandbox.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A hand-rolled HTTP/1.1 client for hostile tests: sends exactly the bytes asked for, and reads what comes back. */
public final class RawHttp implements AutoCloseable {

  private final Socket socket;

  private RawHttp(Socket socket) {
    this.socket = socket;
  }

  /** Opens a connection to {@code endpoint}'s loopback port; reads give up after 60 s (the test then fails). */
  public static RawHttp connect(URI endpoint) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), endpoint.getPort());
    s.setSoTimeout(60_000);
    return new RawHttp(s);
  }

  /** Sends a request line and headers, and no body. */
  public RawHttp headers(String method, String path, Map<String, String> headers) throws IOException {
    StringBuilder b = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
    b.append("\r\n");
    out().write(b.toString().getBytes(StandardCharsets.US_ASCII));
    out().flush();
    return this;
  }

  /** The raw output stream, to send (part of) a body. */
  public OutputStream out() throws IOException {
    return socket.getOutputStream();
  }

  /** One response: status code and body (by Content-Length); or null when the server closed without one. */
  public Response read() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      head.write(c);
      byte[] h = head.toByteArray();
      int n = h.length;
      if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
        break;
      }
    }
    if (head.size() == 0) {
      return null;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(text.substring(9, 12));
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    return new Response(status, text, new String(in.readNBytes(length), StandardCharsets.UTF_8));
  }

  /** Whether the server closed the connection (reads until the end, or a reset). */
  public boolean closedByServer() {
    try {
      InputStream in = socket.getInputStream();
      while (in.read() >= 0) {
        // drain whatever the server sent before closing
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  /** An HTTP response. */
  public record Response(int status, String head, String body) {}

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
