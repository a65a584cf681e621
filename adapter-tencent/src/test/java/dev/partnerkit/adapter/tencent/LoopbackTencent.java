package dev.partnerkit.adapter.tencent;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tiny intlpartnersmgt stand-in on 127.0.0.1: it checks every request's TC3 signature on its own (this class does
 * not use the production signer), records what it received, and answers what the test asks for.
 */
final class LoopbackTencent implements AutoCloseable {

  /** What the server received. */
  record Received(String method, String path, Headers headers, byte[] body, String signatureProblem) {
    String header(String name) {
      return headers.getFirst(name);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** How to answer one request, once its body is read. */
  interface Responder {
    void respond(HttpExchange exchange, Received received) throws Exception;
  }

  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([^/]+)/tc3_request, "
              + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

  private final HttpServer server;
  private final Map<String, String> keysById;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Responder responder = json("{\"Response\":{\"RequestId\":\"rid-default\"}}");

  LoopbackTencent(Map<String, String> keysById) throws IOException {
    this.keysById = Map.copyOf(keysById);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Received r =
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(),
                    body,
                    verify(exchange.getRequestHeaders(), body));
            received.add(r);
            if (r.signatureProblem() != null) {
              json(
                      "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\""
                          + r.signatureProblem()
                          + "\"},\"RequestId\":\"rid-sig\"}}")
                  .respond(exchange, r);
            } else {
              responder.respond(exchange, r);
            }
          } catch (Exception e) {
            // the client sees a broken exchange; the test asserts on that
          }
        });
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void answer(Responder responder) {
    this.responder = responder;
  }

  List<Received> received() {
    return received;
  }

  Received last() {
    return received.get(received.size() - 1);
  }

  /** Answers HTTP 200 with {@code body}. */
  static Responder json(String body) {
    return status(200, body);
  }

  /** Answers {@code status} with {@code body}. */
  static Responder status(int status, String body) {
    return (exchange, r) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  /** Waits {@code millis} before answering (to hit the client's response timeout). */
  static Responder slow(long millis, String body) {
    return (exchange, r) -> {
      Thread.sleep(millis);
      status(200, body).respond(exchange, r);
    };
  }

  /** The problem with the request's signature, or null when it verifies. */
  private String verify(Headers headers, byte[] body) throws Exception {
    String authorization = headers.getFirst("Authorization");
    if (authorization == null) {
      return "no Authorization header";
    }
    Matcher m = AUTHORIZATION.matcher(authorization);
    if (!m.matches()) {
      return "malformed Authorization header";
    }
    String secretKey = keysById.get(m.group(1));
    if (secretKey == null) {
      return "unknown SecretId";
    }
    String date = m.group(2);
    String service = m.group(3);
    long timestamp = Long.parseLong(headers.getFirst("X-TC-Timestamp"));
    if (!Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString().equals(date)) {
      return "scope date is not the UTC date of X-TC-Timestamp";
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    for (String name : m.group(4).split(";")) {
      String value = headers.getFirst(name);
      if (value == null) {
        return "signed header " + name + " was not received";
      }
      canonicalHeaders.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
    }
    String canonicalRequest =
        "POST\n/\n\n" + canonicalHeaders + "\n" + m.group(4) + "\n" + hex(sha256(body));
    String stringToSign =
        "TC3-HMAC-SHA256\n"
            + timestamp
            + "\n"
            + date
            + "/"
            + service
            + "/tc3_request\n"
            + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    byte[] k = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    k = hmac(k, service);
    k = hmac(k, "tc3_request");
    String expected = hex(hmac(k, stringToSign));
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), m.group(5).getBytes(StandardCharsets.US_ASCII))
        ? null
        : "signature mismatch";
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private static byte[] hmac(byte[] key, String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
