package dev.partnerkit.sandbox.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.sandbox.shared.RawHttp;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Busy or hostile clients: none of them may stall the Tencent door, make it read without bound, or crash it. */
class HostileClientTest {

  /** The headers of a request signed for {@code body} (a valid signature), announcing {@code length} bytes. */
  private static Map<String, String> signedHeaders(Harness h, String secretId, String secretKey, String body, long length) {
    URI endpoint = URI.create(h.sandbox.tencentEndpoint());
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("Content-Type", TencentTestClient.CONTENT_TYPE);
    signed.put("Host", endpoint.getAuthority());
    long timestamp = h.clock.instant().getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>(signed);
    headers.put("X-TC-Action", "DescribeCustomerUin");
    headers.put("X-TC-Version", "2022-09-28");
    headers.put("X-TC-Timestamp", Long.toString(timestamp));
    headers.put("Authorization", TestSigner.authorization(secretId, secretKey, "intlpartnersmgt", timestamp, signed, body));
    headers.put("Content-Length", Long.toString(length));
    return headers;
  }

  @Test
  void connections_that_send_headers_and_never_their_body_do_not_stall_the_door() throws Exception {
    try (Harness h = Harness.unlimited()) {
      URI endpoint = URI.create(h.sandbox.tencentEndpoint());
      List<RawHttp> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 80; i++) {          // more than the server has threads
          stalled.add(RawHttp.connect(endpoint).headers("POST", "/", signedHeaders(h, Harness.ID, Harness.KEY, "{}", 1000)));
        }
        JsonNode answer = h.ok("DescribeCustomerUin", "{\"Page\":1,\"PageSize\":10}");   // the door still answers everyone else
        assertThat(answer.get("Total").asText()).isEqualTo("0");
      } finally {
        for (RawHttp r : stalled) {
          r.close();
        }
      }
    }
  }

  @Test
  void a_connection_that_stops_sending_its_body_is_closed_after_the_idle_timeout() throws Exception {
    try (Harness h = new Harness(b -> b.withoutRateLimits().idleTimeout(Duration.ofMillis(300)));
        RawHttp raw = RawHttp.connect(URI.create(h.sandbox.tencentEndpoint()))) {
      raw.headers("POST", "/", signedHeaders(h, Harness.ID, Harness.KEY, "{}", 1000));
      raw.out().write("{\"Pa".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      raw.out().flush();
      assertThat(raw.closedByServer()).isTrue();
      assertThat(h.tencent.requestCount("DescribeCustomerUin")).isZero();
    }
  }

  @Test
  void an_unknown_secret_id_is_refused_from_the_headers_without_waiting_for_the_body() throws Exception {
    try (Harness h = Harness.unlimited();
        RawHttp raw = RawHttp.connect(URI.create(h.sandbox.tencentEndpoint()))) {
      RawHttp.Response response =
          raw.headers("POST", "/", signedHeaders(h, "AKIDnobody0000000000000000000000000", "x", "{}", 1000)).read();
      assertThat(response.status()).isEqualTo(200);
      assertThat(TencentTestClient.JSON.readTree(response.body()).at("/Response/Error/Code").asText())
          .isEqualTo("AuthFailure.SecretIdNotFound");
    }
  }

  @Test
  void a_body_over_10_mb_is_refused_before_it_is_read() throws Exception {
    try (Harness h = Harness.unlimited();
        RawHttp raw = RawHttp.connect(URI.create(h.sandbox.tencentEndpoint()))) {
      RawHttp.Response response =
          raw.headers("POST", "/", signedHeaders(h, Harness.ID, Harness.KEY, "{}", 400L * 1024 * 1024)).read();
      JsonNode error = TencentTestClient.JSON.readTree(response.body()).at("/Response/Error");
      assertThat(error.get("Code").asText()).isEqualTo("RequestSizeLimitExceeded");
    }
  }

  @Test
  void a_page_near_the_largest_long_is_an_empty_page_not_an_internal_error() {
    try (Harness h = Harness.unlimited()) {
      h.createCustomer("a@example.com");
      for (String page : List.of("9223372036854775807", "9223372036854775806", "92233720368547758")) {
        JsonNode answer = h.ok("DescribeCustomerUin", "{\"Page\":" + page + ",\"PageSize\":100}");
        assertThat(answer.get("Data")).isEmpty();
      }
      assertThat(h.ok("DescribeCustomerUin", "{\"Page\":1,\"PageSize\":100}").get("Data")).hasSize(1);
    }
  }

  @Test
  void a_number_with_a_huge_exponent_is_refused_before_any_arithmetic() {
    try (Harness h = Harness.unlimited()) {
      long uin = h.createCustomer("b@example.com");
      for (String amount : List.of("-1e-3000000", "1e3000000", "1" + "0".repeat(60))) {
        JsonNode answer = h.call("AllocateCustomerCredit", "{\"ClientUin\":" + uin + ",\"AddedCredit\":" + amount + "}");
        assertThat(TencentTestClient.code(answer)).as(amount).isEqualTo("InvalidParameterValue");
        assertThat(answer.at("/Error/Message").asText()).contains("AddedCredit").doesNotContain("Exception");
      }
      assertThat(h.ok("AllocateCustomerCredit", "{\"ClientUin\":" + uin + ",\"AddedCredit\":12.5}")).isNotNull();
    }
  }
}
