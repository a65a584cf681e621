package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Signs and sends test requests to the Tencent front door over loopback, like the official SDK does. */
public final class TencentTestClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private final URI endpoint;
  private final String secretId;
  private final String secretKey;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  public TencentTestClient(String endpoint, String secretId, String secretKey, Clock clock) {
    this.endpoint = URI.create(endpoint);
    this.secretId = secretId;
    this.secretKey = secretKey;
    this.clock = clock;
  }

  /** The {@code Response} object of a correctly signed call. */
  public JsonNode call(String action, String body) {
    return request(action, body).send();
  }

  /** A request to adjust before sending. */
  Call request(String action, String body) {
    return new Call(action, body);
  }

  /** One request: every part can be changed to break it on purpose. */
  final class Call {
    String action;
    String body;
    String version = "2022-09-28";
    String id = secretId;
    String key = secretKey;
    String service = "intlpartnersmgt";
    String date;
    long timestamp = clock.instant().getEpochSecond();
    String authorization;
    String sentBody;
    Duration timeout = Duration.ofSeconds(30);
    final Map<String, String> extraSigned = new LinkedHashMap<>();

    Call(String action, String body) {
      this.action = action;
      this.body = body;
    }

    Call with(UnaryOperator<Call> change) {
      return change.apply(this);
    }

    HttpResponse<String> raw() throws IOException, InterruptedException {
      Map<String, String> signed = new LinkedHashMap<>();
      signed.put("Content-Type", CONTENT_TYPE);
      signed.put("Host", endpoint.getAuthority());
      signed.putAll(extraSigned);
      String auth =
          authorization != null
              ? authorization
              : date == null
                  ? TestSigner.authorization(id, key, service, timestamp, signed, body)
                  : TestSigner.authorization(id, key, service, date, timestamp, signed, body);
      HttpRequest.Builder b =
          HttpRequest.newBuilder(endpoint)
              .timeout(timeout)
              .header("Content-Type", CONTENT_TYPE)
              .header("X-TC-Timestamp", Long.toString(timestamp))
              .header("X-TC-Region", "")
              .POST(HttpRequest.BodyPublishers.ofString(sentBody != null ? sentBody : body));
      if (action != null) {
        b.header("X-TC-Action", action);
      }
      if (version != null) {
        b.header("X-TC-Version", version);
      }
      if (!auth.isEmpty()) {
        b.header("Authorization", auth);
      }
      extraSigned.forEach((k, v) -> { if (!k.equalsIgnoreCase("host")) b.setHeader(k, v); });
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode send() {
      try {
        HttpResponse<String> response = raw();
        if (response.statusCode() != 200) {
          throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("Response");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The error code of a response, or null for a success. */
  public static String code(JsonNode response) {
    JsonNode error = response.get("Error");
    return error == null ? null : error.get("Code").asText();
  }
}
