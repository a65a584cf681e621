package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The protocol over HTTP: signatures, common headers, the body, and the envelope of every answer. */
class AuthenticationTest {

  static Harness h;

  @BeforeAll
  static void start() {
    h = Harness.unlimited();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  private static TencentTestClient.Call partnerCredit() {
    return h.client.request("QueryPartnerCredit", "{}");
  }

  @Test
  void aCorrectlySignedRequestIsAnswered() {
    JsonNode r = partnerCredit().send();
    assertThat(code(r)).isNull();
    assertThat(r.get("TotalCredit").isNumber()).isTrue();
  }

  @Test
  void theProductServiceAndExtraSignedHeadersAreAccepted() {
    assertThat(code(partnerCredit().with(c -> { c.service = "127"; return c; }).send())).isNull();
    assertThat(code(partnerCredit().with(c -> { c.extraSigned.put("X-TC-Action", "QueryPartnerCredit"); return c; }).send()))
        .isNull();
  }

  @Test
  void timestampsUpTo300SecondsOffEitherWayAreAccepted() {
    assertThat(code(partnerCredit().with(c -> { c.timestamp += 300; return c; }).send())).isNull();
    assertThat(code(partnerCredit().with(c -> { c.timestamp -= 300; return c; }).send())).isNull();
  }

  @Test
  void everyAnswerCarriesAStandardDateHeaderForClientsToLearnTheServersTime() throws Exception {
    for (TencentTestClient.Call call : List.of(
        partnerCredit(),
        partnerCredit().with(c -> { c.timestamp -= 3600; return c; }),
        h.client.request("NoSuchAction", "{}"))) {
      HttpResponse<String> raw = call.raw();
      String date = raw.headers().firstValue("Date").orElseThrow(() -> new AssertionError("no Date: " + raw.headers()));
      assertThat(date).endsWith(" GMT");
      assertThat(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(date, java.time.Instant::from)).isNotNull();
    }
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("no Authorization", c -> { c.authorization = ""; return c; }, "AuthFailure.InvalidAuthorization"),
        refusal("garbage Authorization", c -> { c.authorization = "Bearer abc"; return c; }, "AuthFailure.InvalidAuthorization"),
        refusal(
            "SignedHeaders without host",
            c -> { c.authorization = "TC3-HMAC-SHA256 Credential=" + Harness.ID + "/2026-03-02/intlpartnersmgt/tc3_request, "
                + "SignedHeaders=content-type, Signature=" + "0".repeat(64); return c; },
            "AuthFailure.InvalidAuthorization"),
        refusal("unknown SecretId", c -> { c.id = "AKIDunknown"; return c; }, "AuthFailure.SecretIdNotFound"),
        refusal("timestamp 301 s late", c -> { c.timestamp -= 301; return c; }, "AuthFailure.SignatureExpire"),
        refusal("timestamp 301 s early", c -> { c.timestamp += 301; return c; }, "AuthFailure.SignatureExpire"),
        refusal("wrong SecretKey", c -> { c.key = "wrongKey"; return c; }, "AuthFailure.SignatureFailure"),
        refusal("body changed after signing", c -> { c.sentBody = "{ }"; return c; }, "AuthFailure.SignatureFailure"),
        refusal("scope date not the timestamp's", c -> { c.date = "2026-03-01"; return c; }, "AuthFailure.SignatureFailure"),
        refusal("scope service of another product", c -> { c.service = "cvm"; return c; }, "AuthFailure.SignatureFailure"),
        refusal("no X-TC-Action", c -> { c.action = null; return c; }, "MissingParameter"),
        refusal("unknown action", c -> { c.action = "QueryCreditQuota"; return c; }, "InvalidAction"),
        refusal("no X-TC-Version", c -> { c.version = null; return c; }, "MissingParameter"),
        refusal("another version", c -> { c.version = "2017-03-12"; return c; }, "NoSuchVersion"));
  }

  private static Arguments refusal(String name, UnaryOperator<TencentTestClient.Call> change, String expected) {
    return Arguments.of(name, change, expected);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("refusals")
  void refusedRequestsGetTheirCodeWithHttp200AndNeverReachTheAction(
      String name, UnaryOperator<TencentTestClient.Call> change, String expected) throws Exception {
    long before = h.tencent.requestCount();
    HttpResponse<String> response = partnerCredit().with(change).raw();
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode r = TencentTestClient.JSON.readTree(response.body()).get("Response");
    assertThat(code(r)).isEqualTo(expected);
    assertThat(r.get("Error").get("Message").asText()).isNotBlank();
    assertThat(h.tencent.requestCount()).isEqualTo(before);
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        Arguments.of("QueryPartnerCredit", "{not json", "InvalidParameter"),
        Arguments.of("QueryPartnerCredit", "[1,2]", "InvalidParameter"),
        Arguments.of("QueryAccountVerificationStatus", "{\"ClientUin\":\"200000100001\"}", "InvalidParameter"),
        Arguments.of("AllocateCustomerCredit", "{\"ClientUin\":1,\"AddedCredit\":\"10\"}", "InvalidParameter"),
        Arguments.of("QueryCreditByUinList", "{\"UinList\":[1,-2]}", "InvalidParameter"),
        Arguments.of("DescribeCustomerUin", "{\"Page\":1.5,\"PageSize\":10}", "InvalidParameter"),
        Arguments.of("QueryAccountVerificationStatus", "{}", "MissingParameter"),
        Arguments.of("QueryAccountVerificationStatus", "{\"ClientUin\":null}", "MissingParameter"),
        Arguments.of("QueryPartnerCredit", "{\"Foo\":1}", "UnknownParameter"),
        Arguments.of(
            "DescribeCustomerOwnCostExplorerSummary",
            "{\"Dimension\":\"Default\",\"FeeType\":\"totalCost\",\"BillType\":1,\"StartTime\":\"2024-09-01 00:00:00\","
                + "\"EndTime\":\"2024-09-12 23:59:59\",\"PeriodType\":\"day\",\"Page\":1,\"PageSize\":10,"
                + "\"Filter\":{\"BusinessIn\":[\"p_cbs\"],\"Nope\":[]}}",
            "UnknownParameter"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("badBodies")
  void badBodiesAreRefused(String action, String body, String expected) {
    assertThat(code(h.call(action, body))).isEqualTo(expected);
  }

  @Test
  void everyAnswerHasAFreshRequestIdAndErrorsCarryNoOutputFields() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JsonNode ok = partnerCredit().send();
      JsonNode error = h.call("QueryAccountVerificationStatus", "{\"ClientUin\":1}");
      ids.add(ok.get("RequestId").asText());
      ids.add(error.get("RequestId").asText());
      assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrder("Error", "RequestId");
      assertThat(error.get("Error").fieldNames()).toIterable().containsExactly("Code", "Message");
    }
    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
  }

  @Test
  void onlyPostIsAccepted() throws Exception {
    var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    var response =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(h.sandbox.tencentEndpoint())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(code(TencentTestClient.JSON.readTree(response.body()).get("Response"))).isEqualTo("UnsupportedOperation");
  }
}
