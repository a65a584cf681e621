package dev.partnerkit.adapter.tencent;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
                    IndependentTc3Verifier.problem(keysById, exchange.getRequestHeaders()::getFirst, body));
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

  @Override
  public void close() {
    server.stop(0);
  }
}
