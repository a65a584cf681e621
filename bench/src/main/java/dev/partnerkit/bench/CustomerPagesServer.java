package dev.partnerkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny loopback server that answers every POST as Tencent's QueryCustomersCredit, with pages of made-up customers
 * generated on the fly from the request's {@code Page} and {@code PageSize} ({@code Total} = the size it was given).
 * No signature check, no state: it can serve a million customers in no memory.
 */
final class CustomerPagesServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final long total;

  CustomerPagesServer(long total) throws IOException {
    this.total = total;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(pool);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange) throws IOException {
    JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
    long page = request.path("Page").asLong(1);
    long size = request.path("PageSize").asLong(10);
    StringBuilder body = new StringBuilder(size > 0 ? (int) (size * 330) : 64).append("{\"Response\":{\"Data\":[");
    for (long i = (page - 1) * size; i < Math.min(page * size, total); i++) {
      if (i > (page - 1) * size) {
        body.append(',');
      }
      body.append("{\"Name\":\"Customer ").append(i).append("\",\"Type\":\"company\",\"Mobile\":\"852-6").append(i % 10_000_000)
          .append("\",\"Email\":\"c").append(i).append("@pages.example\",\"Arrears\":\"0\",")
          .append("\"AssociationTime\":\"2026-01-01 00:00:00\",\"RecentExpiry\":\"\",\"ClientUin\":").append(100_000_000_000L + i)
          .append(",\"Credit\":100.5,\"RemainingCredit\":20.25,\"IdentifyType\":1,\"Remark\":\"\",\"Force\":0}");
    }
    body.append("],\"Total\":").append(total).append(",\"RequestId\":\"pages-").append(page).append("\"}}");
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
