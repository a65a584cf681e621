package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.sandbox.shared.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Busy or hostile clients: none of them may stall a Huawei door, make it read without bound, or crash it. */
class HostileClientTest {
  private static final String PATH = "/v2/partners/sub-customers/query";
  private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");
  private HuaweiFrontDoor door;

  @BeforeEach
  void start() {
    door = HuaweiFrontDoor.builder().clock(clock).rateLimitScale(100).build();
  }

  @AfterEach
  void stop() {
    door.close();
  }

  /** AK/SK headers signed for {@code body} with the default key, announcing {@code length} bytes. */
  private Map<String, String> signed(String body, long length) {
    URI uri = URI.create(door.endpoint() + PATH);
    String date = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(clock.instant());
    Map<String, String> signedHeaders = new LinkedHashMap<>();
    signedHeaders.put("Host", uri.getHost() + ":" + uri.getPort());
    signedHeaders.put("X-Sdk-Date", date);
    Map<String, String> headers = new LinkedHashMap<>(signedHeaders);
    headers.put("Content-Type", "application/json;charset=UTF-8");
    headers.put("Authorization", IndependentSigner.authorization(
        HuaweiFrontDoor.DEFAULT_ACCESS_KEY, HuaweiFrontDoor.DEFAULT_SECRET_KEY, "POST", uri, signedHeaders,
        body.getBytes(StandardCharsets.UTF_8)));
    headers.put("Content-Length", Long.toString(length));
    return headers;
  }

  private static JsonNode json(RawHttp.Response r) throws IOException {
    return Wire.JSON.readTree(r.body());
  }

  @Test
  void an_unauthenticated_400_mb_body_is_answered_401_without_reading_it() throws Exception {
    try (RawHttp raw = RawHttp.connect(door.endpoint())) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Host", "127.0.0.1:" + door.endpoint().getPort());
      headers.put("Content-Type", "application/json");
      headers.put("Content-Length", Long.toString(400L * 1024 * 1024));
      RawHttp.Response response = raw.headers("POST", PATH, headers).read();
      assertThat(response.status()).isEqualTo(401);
      assertThat(json(response).get("error_code").asText()).isEqualTo("APIGW.0301");
    }
  }

  @Test
  void a_declared_body_over_12_mb_is_refused_413_before_it_is_read() throws Exception {
    try (RawHttp raw = RawHttp.connect(door.endpoint())) {
      RawHttp.Response response = raw.headers("POST", PATH, signed("{}", 400L * 1024 * 1024)).read();
      assertThat(response.status()).isEqualTo(413);
      assertThat(json(response).get("error_code").asText()).isEqualTo("APIGW.0201");
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void a_chunked_body_that_grows_past_12_mb_is_cut_off_at_the_limit() throws Exception {
    try (RawHttp raw = RawHttp.connect(door.endpoint())) {
      Map<String, String> headers = signed("{}", 0);
      headers.remove("Content-Length");
      headers.put("Transfer-Encoding", "chunked");
      raw.headers("POST", PATH, headers);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      OutputStream out = raw.out();
      try {
        for (int i = 0; i < 13 * 16 + 1; i++) {   // 13 MB of blanks, more than the limit
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (IOException closedEarly) {
        // the server may stop reading and close once the limit is passed
      }
      RawHttp.Response response = raw.read();
      if (response != null) {
        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).get("error_code").asText()).isEqualTo("APIGW.0201");
      }
    }
    assertThat(new Wire(door, clock).post(PATH, "{}").status()).isEqualTo(200);
  }

  @Test
  void connections_that_send_headers_and_never_their_body_do_not_stall_the_door() throws Exception {
    List<RawHttp> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 80; i++) {
        stalled.add(RawHttp.connect(door.endpoint()).headers("POST", PATH, signed("{}", 1000)));
      }
      Wire.Answer answer = new Wire(door, clock).post(PATH, "{}");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().has("count")).isTrue();
    } finally {
      for (RawHttp r : stalled) {
        r.close();
      }
    }
  }

  @Test
  void an_amount_with_a_huge_exponent_is_refused_as_a_bad_parameter() {
    Wire wire = new Wire(door, clock);
    for (String amount : List.of("-1e-3000000", "1e3000000", "1" + "0".repeat(60))) {
      Wire.Answer answer = wire.post("/v2/accounts/partner-accounts/adjust-amount",
          "{\"customer_id\":\"c1\",\"amount\":" + amount + "}");
      assertThat(answer.status()).as(amount).isEqualTo(400);
      assertThat(answer.errorCode()).as(amount).isEqualTo("CBC.0100");
    }
  }
}
