package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A test client for a front door: signs with {@link IndependentSigner} (or sends a token) over java.net.http. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final URI endpoint;
  private final Clock clock;
  private String ak = HuaweiFrontDoor.DEFAULT_ACCESS_KEY;
  private String sk = HuaweiFrontDoor.DEFAULT_SECRET_KEY;
  private String token;
  private Duration timeout = Duration.ofSeconds(20);

  Wire(HuaweiFrontDoor door, Clock clock) {
    this.endpoint = door.endpoint();
    this.clock = clock;
  }

  /** An answer: status, headers and the body parsed as JSON (null when empty). */
  record Answer(int status, HttpResponse<String> raw, JsonNode body) {
    String errorCode() {
      return body == null ? null : body.path("error_code").asText(null);
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }
  }

  Wire keys(String accessKey, String secretKey) {
    this.ak = accessKey;
    this.sk = secretKey;
    return this;
  }

  Wire token(String t) {
    this.token = t;
    return this;
  }

  Wire timeout(Duration d) {
    this.timeout = d;
    return this;
  }

  Answer post(String path, String json) {
    return send("POST", path, "", json, true, Map.of());
  }

  Answer post(String path, ObjectNode body) {
    return post(path, body.toString());
  }

  Answer get(String path, String encodedQuery) {
    return send("GET", path, encodedQuery, "", true, Map.of());
  }

  /** Sends a request; {@code sign=false} sends it without any credentials. */
  Answer send(String method, String path, String encodedQuery, String body, boolean sign, Map<String, String> extraSigned) {
    try {
      return sendOrThrow(method, path, encodedQuery, body, sign, extraSigned);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Like {@link #send} but lets transport failures through. */
  Answer sendOrThrow(String method, String path, String encodedQuery, String body, boolean sign, Map<String, String> extraSigned)
      throws IOException {
    URI uri = URI.create(endpoint + path + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json;charset=UTF-8")
            .method(method, bytes.length == 0 && method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
    if (token != null) {
      b.header("X-Auth-Token", token);
    } else if (sign) {
      String date = SDK_DATE.format(clock.instant());
      Map<String, String> signed = new LinkedHashMap<>(extraSigned);
      signed.put("Host", uri.getHost() + ":" + uri.getPort());
      signed.put("X-Sdk-Date", date);
      extraSigned.forEach(b::header);
      b.header("X-Sdk-Date", date);
      b.header("Authorization", IndependentSigner.authorization(ak, sk, method, uri, signed, bytes));
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode parsed = r.body() == null || r.body().isEmpty() ? null : JSON.readTree(r.body());
      return new Answer(r.statusCode(), r, parsed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static ObjectNode json() {
    return JSON.createObjectNode();
  }
}
