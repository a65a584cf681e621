package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpExchangeTest {

  private HttpServer server;
  private final List<String> received = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      synchronized (received) {
        received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
            + exchange.getRequestHeaders().getFirst("X-Key") + " " + new String(body, StandardCharsets.UTF_8));
      }
      byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("X-Request-Id", "rid-1");
      exchange.sendResponseHeaders(201, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static HttpExchange exchange(int maxBodyBytes) {
    return new HttpExchange(new HttpPools.Settings("test", Duration.ofSeconds(5), Duration.ofSeconds(5), 2,
        Option.none(), Option.none(), Option.none(), "partnerkit-test"), Duration.ofSeconds(30), maxBodyBytes,
        Set.of("x-key"));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void sends_the_request_as_given_and_reads_the_whole_answer() {
    try (HttpExchange http = exchange(1024)) {
      Either<TransportFailure, HttpExchange.Answer> result = http.send("PUT", uri("/v1/x?a=1"),
          Map.of("X-Key", "k-1", "Content-Type", "application/json"), "{\"n\":1}".getBytes(StandardCharsets.UTF_8));

      HttpExchange.Answer answer = result.get();
      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.isSuccess()).isTrue();
      assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
      assertThat(answer.header("x-request-id")).isEqualTo(Option.some("rid-1"));
      assertThat(answer.header("X-Missing")).isEqualTo(Option.none());
      assertThat(answer.toString()).isEqualTo("Answer[201, 11 bytes]");
      assertThat(received).containsExactly("PUT /v1/x?a=1 k-1 {\"n\":1}");
    }
  }

  @Test
  void a_body_over_the_limit_is_a_transport_failure() {
    try (HttpExchange http = exchange(4)) {
      TransportFailure failure = http.send("GET", uri("/"), Map.of(), null).getLeft();
      assertThat(failure.code()).isEqualTo("transport.io");
      assertThat(failure.mayHaveBeenSent()).isTrue();
    }
  }

  @Test
  void a_refused_connection_and_a_closed_exchange_were_not_sent() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    HttpExchange http = exchange(1024);
    TransportFailure refused = http.send("GET", URI.create("http://127.0.0.1:" + closedPort + "/"), Map.of(), null)
        .getLeft();
    assertThat(refused.code()).isEqualTo("transport.connect");
    assertThat(refused.mayHaveBeenSent()).isFalse();

    http.close();
    http.close();
    TransportFailure closed = http.send("POST", uri("/"), Map.of(), new byte[] {1}).getLeft();
    assertThat(closed.code()).isEqualTo("transport.closed");
    assertThat(closed.mayHaveBeenSent()).isFalse();
    assertThat(received).isEmpty();
  }

  @Test
  void credential_headers_are_shown_masked() {
    try (HttpExchange http = exchange(1024)) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-Key", "k-secret");
      headers.put("X-Other", "visible");
      assertThat(http.shown(headers)).isEqualTo("\n  X-Key: ******\n  X-Other: visible");
    }
  }
}
