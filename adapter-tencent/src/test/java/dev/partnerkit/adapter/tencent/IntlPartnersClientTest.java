package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditRequest;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditResponse;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequest;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditResponse;
import dev.partnerkit.adapter.tencent.api.QueryPartnerCreditResponse;
import dev.partnerkit.adapter.tencent.api.SendVerifyCodeRequest;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import dev.partnerkit.adapter.support.AttemptEvent;
import dev.partnerkit.adapter.support.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a loopback server that verifies every signature independently. */
class IntlPartnersClientTest {

  static final String ID = "AKIDloopback0001";
  static final String KEY = "loopback-Secret-Key-0001";
  static final Instant NOW = Instant.parse("2026-11-28T23:59:30Z");

  LoopbackTencent server;
  IntlPartnersClient client;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackTencent(Map.of(ID, KEY));
    client = IntlPartnersClient.create(config(server.endpoint()).build());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /**
   * A client config for these transport tests: one attempt per call, unpaced, so that each test sees exactly what one
   * attempt sends and gets (the pipeline's pacing and retries are tested below and in GuardedCallTest).
   */
  static TencentConfig.Builder config(String endpoint) {
    return withPipeline(endpoint).withoutRateLimits().retryPolicy(RetryPolicy.none());
  }

  /** As {@link #config}, with the client's default pipeline: published limits and retries. */
  static TencentConfig.Builder withPipeline(String endpoint) {
    return TencentConfig.builder()
        .endpoint(endpoint)
        .allowInsecureHttp(true)
        .credentials(TencentCredentials.of(ID, Secret.of(KEY)))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .connectTimeout(Duration.ofSeconds(2))
        .responseTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5));
  }

  @Test
  void by_default_the_client_retries_a_throttled_read_and_never_repeats_a_write_whose_request_may_have_arrived() {
    int[] answered = {0};
    server.answer((exchange, r) -> (++answered[0] == 1
        ? LoopbackTencent.json("{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow down\"},"
            + "\"RequestId\":\"rid-throttled\"}}")
        : LoopbackTencent.json("{\"Response\":{\"Credit\":10.5,\"RequestId\":\"rid-ok\"}}")).respond(exchange, r));
    List<AttemptEvent> attempts = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (IntlPartnersClient paced = IntlPartnersClient.create(withPipeline(server.endpoint())
        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(5))).build(),
        event -> {
          if (event instanceof AttemptEvent attempt) {
            attempts.add(attempt);
          }
        })) {

      assertThat(paced.queryPartnerCredit().isRight()).isTrue();
      assertThat(server.received()).hasSize(2);
      assertThat(attempts).extracting(AttemptEvent::outcome).containsExactly("RATE_LIMITED", "SUCCESS");
      assertThat(attempts).extracting(AttemptEvent::operation).containsOnly("QueryPartnerCredit");

      server.answer(LoopbackTencent.status(502, "bad gateway"));
      TencentCallFailure write = paced.allocateCustomerCredit(credit()).getLeft();
      assertThat(write.maybeApplied()).isTrue();
      assertThat(write.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
      assertThat(server.received()).hasSize(3);   // sent once, never repeated
    }
  }

  @Test
  void a_success_is_signed_sent_with_the_common_headers_and_parsed() {
    server.answer(
        LoopbackTencent.json(
            "{\"Response\":{\"Data\":[{\"ClientUin\":\"123\",\"Credit\":1000.5,\"Name\":\"A\",\"NewField\":1}],"
                + "\"Total\":1,\"RequestId\":\"rid-ok\"}}"));

    Either<TencentCallFailure, QueryCustomersCreditResponse> result =
        client.queryCustomersCredit(QueryCustomersCreditRequest.builder().page(1L).pageSize(10L).build());

    assertThat(result.isRight()).as("%s", result).isTrue();
    assertThat(result.get().requestId()).isEqualTo("rid-ok");
    assertThat(result.get().total()).isEqualTo(1L);
    LoopbackTencent.Received r = server.last();
    assertThat(r.signatureProblem()).isNull();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/");
    assertThat(r.bodyText()).isEqualTo("{\"Page\":1,\"PageSize\":10}");
    assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.header("X-TC-Action")).isEqualTo("QueryCustomersCredit");
    assertThat(r.header("X-TC-Version")).isEqualTo("2022-09-28");
    assertThat(r.header("X-TC-Timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
    assertThat(r.header("X-TC-Language")).isEqualTo("en-US");
    assertThat(r.header("X-TC-Region")).isNull();
    assertThat(r.header("X-TC-Token")).isNull();
    assertThat(r.header("Authorization"))
        .startsWith("TC3-HMAC-SHA256 Credential=" + ID + "/2026-11-28/intlpartnersmgt/tc3_request, ")
        .contains("SignedHeaders=content-type;host, ");
  }

  @Test
  void a_session_token_region_and_language_are_sent_and_the_signature_still_verifies() throws Exception {
    client.close();
    client =
        IntlPartnersClient.create(
            config(server.endpoint())
                .credentials(TencentCredentials.of(ID, Secret.of(KEY), Secret.of("sts-token-0001")))
                .region("ap-singapore")
                .language(TencentConfig.Language.ZH_CN)
                .build());
    server.answer(
        LoopbackTencent.json(
            "{\"Response\":{\"TotalCredit\":1,\"AllocatedCredit\":0,\"RemainingCredit\":1,\"RequestId\":\"r\"}}"));

    Either<TencentCallFailure, QueryPartnerCreditResponse> result = client.queryPartnerCredit();

    assertThat(result.isRight()).as("%s", result).isTrue();
    assertThat(server.last().signatureProblem()).isNull();
    assertThat(server.last().bodyText()).isEqualTo("{}");
    assertThat(server.last().header("X-TC-Token")).isEqualTo("sts-token-0001");
    assertThat(server.last().header("X-TC-Region")).isEqualTo("ap-singapore");
    assertThat(server.last().header("X-TC-Language")).isEqualTo("zh-CN");
  }

  @Test
  void every_call_is_signed_afresh() {
    server.answer(LoopbackTencent.json("{\"Response\":{\"RequestId\":\"r\"}}"));
    client.queryPartnerCredit();
    client.queryPartnerCredit();
    assertThat(server.received()).hasSize(2).allSatisfy(r -> assertThat(r.signatureProblem()).isNull());
  }

  @Test
  void a_wrong_key_is_caught_by_the_server_and_classified_unauthorized() {
    client.close();
    client =
        IntlPartnersClient.create(
            config(server.endpoint()).credentials(TencentCredentials.of(ID, Secret.of("not-the-key"))).build());

    Either<TencentCallFailure, QueryPartnerCreditResponse> result = client.queryPartnerCredit();

    assertThat(server.last().signatureProblem()).isEqualTo("signature mismatch");
    assertThat(result.getLeft().kind()).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(result.getLeft().trace().code()).isEqualTo("AuthFailure.SignatureFailure");
  }

  @Test
  void a_business_error_in_http_200_becomes_a_classified_failure_with_its_trace() {
    server.answer(
        LoopbackTencent.json(
            "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.PhoneBindUpper\",\"Message\":\"too many accounts\"},"
                + "\"RequestId\":\"rid-err\"}}"));

    TencentCallFailure failure =
        client.sendVerifyCode(SendVerifyCodeRequest.of("852", "98765432")).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(failure.maybeApplied()).isFalse();
    assertThat(failure.operation()).isEqualTo("SendVerifyCode");
    assertThat(failure.trace().source()).isEqualTo("tencent");
    assertThat(failure.trace().code()).isEqualTo("FailedOperation.PhoneBindUpper");
    assertThat(failure.trace().message()).isEqualTo("too many accounts");
    assertThat(failure.trace().httpStatus()).isEqualTo(Option.some(200));
    assertThat(failure.trace().requestId()).isEqualTo(Option.some("rid-err"));
  }

  @Test
  void throttling_is_rate_limited() {
    server.answer(
        LoopbackTencent.json(
            "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded.UinLimitExceeded\",\"Message\":\"slow down\"},"
                + "\"RequestId\":\"rid-429\"}}"));
    assertThat(client.queryPartnerCredit().getLeft().kind()).isEqualTo(FailureKind.RATE_LIMITED);
  }

  @Test
  void an_unknown_error_code_is_unexpected() {
    server.answer(
        LoopbackTencent.json(
            "{\"Response\":{\"Error\":{\"Code\":\"BrandNew.Code\",\"Message\":\"?\"},\"RequestId\":\"rid-new\"}}"));
    TencentCallFailure failure = client.queryPartnerCredit().getLeft();
    assertThat(failure.kind()).isEqualTo(FailureKind.UNEXPECTED);
    assertThat(failure.trace().code()).isEqualTo("BrandNew.Code");
  }

  @Test
  void a_malformed_body_is_unexpected() {
    for (String body :
        new String[] {
          "<html>gateway</html>",
          "{\"NoEnvelope\":{}}",
          "{\"Response\":{\"TotalCredit\":{\"x\":1}}}",
          "{\"Response\":[]}",
          "{\"Response\":{}} trailing",
          ""
        }) {
      server.answer(LoopbackTencent.json(body));
      TencentCallFailure failure = client.queryPartnerCredit().getLeft();
      assertThat(failure.kind()).as(body).isEqualTo(FailureKind.UNEXPECTED);
      assertThat(failure.trace().code()).as(body).isEqualTo("response.malformed");
      assertThat(failure.trace().httpStatus()).isEqualTo(Option.some(200));
    }
  }

  @Test
  void a_5xx_without_envelope_is_unavailable_for_a_read_and_unknown_for_a_write() {
    server.answer(LoopbackTencent.status(502, "bad gateway"));
    TencentCallFailure read = client.queryPartnerCredit().getLeft();
    assertThat(read.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(read.trace().code()).isEqualTo("http.502");
    assertThat(read.trace().httpStatus()).isEqualTo(Option.some(502));

    TencentCallFailure write = client.allocateCustomerCredit(credit()).getLeft();
    assertThat(write.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(write.maybeApplied()).isTrue();
  }

  @Test
  void a_connection_closed_after_the_request_was_read_may_have_been_applied() throws Exception {
    try (RawSocketServer hangUp = new RawSocketServer();
        IntlPartnersClient c = IntlPartnersClient.create(config(hangUp.endpoint()).build())) {
      Either<TencentCallFailure, AllocateCustomerCreditResponse> result = c.allocateCustomerCredit(credit());

      assertThat(hangUp.requestsRead()).isEqualTo(1);
      TencentCallFailure failure = result.getLeft();
      assertThat(failure.maybeApplied()).isTrue();
      assertThat(failure.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
      assertThat(failure.trace().code()).startsWith("transport.");
      assertThat(failure.trace().message()).contains("may have been sent");
    }
  }

  @Test
  void a_refused_connection_was_not_sent() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    try (IntlPartnersClient c = IntlPartnersClient.create(config("http://127.0.0.1:" + closedPort).build())) {
      TencentCallFailure failure = c.allocateCustomerCredit(credit()).getLeft();

      assertThat(failure.maybeApplied()).isFalse();
      assertThat(failure.kind()).isEqualTo(FailureKind.UNAVAILABLE);
      assertThat(failure.trace().code()).isEqualTo("transport.connect");
      assertThat(failure.trace().message()).contains("not sent");
    }
  }

  @Test
  void a_slow_server_hits_the_response_timeout_and_the_request_may_have_been_applied() throws Exception {
    client.close();
    client =
        IntlPartnersClient.create(config(server.endpoint()).responseTimeout(Duration.ofMillis(300)).build());
    server.answer(LoopbackTencent.slow(3_000, "{\"Response\":{\"RequestId\":\"late\"}}"));

    TencentCallFailure write = client.allocateCustomerCredit(credit()).getLeft();

    // the answer would come after 3 s: the code says the response timeout cut it (no timed assertion)
    assertThat(write.trace().code()).isEqualTo("transport.timeout");
    assertThat(write.maybeApplied()).isTrue();
    assertThat(write.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);

    TencentCallFailure read = client.queryPartnerCredit().getLeft();
    assertThat(read.maybeApplied()).isTrue();
    assertThat(read.kind()).isEqualTo(FailureKind.UNAVAILABLE); // a read is safe to repeat
  }

  @Test
  void the_call_timeout_bounds_a_server_that_trickles_its_answer() throws Exception {
    client.close();
    client =
        IntlPartnersClient.create(
            config(server.endpoint())
                .connectTimeout(Duration.ofMillis(400))
                .responseTimeout(Duration.ofMillis(400))
                .callTimeout(Duration.ofMillis(800))
                .build());
    server.answer(
        (exchange, r) -> {
          exchange.sendResponseHeaders(200, 0); // chunked
          try (var out = exchange.getResponseBody()) {
            for (int i = 0; i < 40; i++) {
              out.write(' ');
              out.flush();
              Thread.sleep(100); // each byte well within the response timeout
            }
          }
        });

    TencentCallFailure failure = client.queryPartnerCredit().getLeft();

    // each byte comes within the response timeout; only the call timeout ends the 4 s answer
    assertThat(failure.trace().code()).isEqualTo("transport.call-timeout");
  }

  @Test
  void through_a_proxy_the_real_host_is_signed_and_sent() throws Exception {
    try (IntlPartnersClient viaProxy =
        IntlPartnersClient.create(
            config("http://intlpartnersmgt.intl.tencentcloudapi.com")
                .proxy("127.0.0.1", Integer.parseInt(server.endpoint().replaceAll(".*:", "")))
                .build())) {
      server.answer(LoopbackTencent.json("{\"Response\":{\"RequestId\":\"via-proxy\"}}"));

      Either<TencentCallFailure, QueryPartnerCreditResponse> result = viaProxy.queryPartnerCredit();

      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(server.last().signatureProblem()).isNull();
      assertThat(server.last().header("Host")).isEqualTo("intlpartnersmgt.intl.tencentcloudapi.com");
      assertThat(server.last().header("Authorization")).contains("/intlpartnersmgt/tc3_request");
    }
  }

  @Test
  void one_client_serves_many_threads_at_once() throws Exception {
    server.answer(LoopbackTencent.json("{\"Response\":{\"RequestId\":\"r\"}}"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Either<TencentCallFailure, QueryPartnerCreditResponse>>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        calls.add(pool.submit(() -> client.queryPartnerCredit()));
      }
      for (Future<Either<TencentCallFailure, QueryPartnerCreditResponse>> call : calls) {
        assertThat(call.get(10, TimeUnit.SECONDS).isRight()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.received()).hasSize(64).allSatisfy(r -> assertThat(r.signatureProblem()).isNull());
  }

  @Test
  void a_closed_client_refuses_calls() {
    client.close();
    client.close(); // harmless
    assertThatThrownBy(() -> client.queryPartnerCredit()).isInstanceOf(IllegalStateException.class);
    assertThat(server.received()).isEmpty();
  }

  @Test
  void a_null_request_is_refused_before_anything_is_sent() {
    assertThatThrownBy(() -> client.sendVerifyCode(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.received()).isEmpty();
  }

  static AllocateCustomerCreditRequest credit() {
    return AllocateCustomerCreditRequest.builder().addedCredit(new BigDecimal("1.5")).clientUin(123L).build();
  }
}
