package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.FakeHuawei.Canned;
import dev.partnerkit.adapter.huawei.api.CheckUserIdentityRequest;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerResponse;
import dev.partnerkit.adapter.huawei.api.FreezeSubCustomersRequest;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.adapter.huawei.api.ListConsumeSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersResponse;
import dev.partnerkit.adapter.huawei.api.SendVerificationMessageCodeRequest;
import dev.partnerkit.adapter.huawei.api.ShowSubCustomerBudgetRequest;
import dev.partnerkit.adapter.huawei.api.ShowSubCustomerBudgetResponse;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import dev.partnerkit.adapter.support.AttemptEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a loopback Huawei that verifies every signature independently. */
class BssClientTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T22:54:17Z"));
  private FakeHuawei huawei;
  private BssClient china;

  @BeforeEach
  void start() throws IOException {
    huawei = FakeHuawei.start(clock);
    china = BssClient.create(config(HuaweiSite.CHINA, huawei.uri(), FakeHuawei.SK).build());
  }

  @AfterEach
  void stop() {
    china.close();
    huawei.close();
  }

  /**
   * A client config for these transport tests: one attempt per call, unpaced, so that each test sees exactly what one
   * attempt sends and gets (the pipeline's pacing and retries: {@link #withPipeline}).
   */
  private HuaweiConfig.Builder config(HuaweiSite site, URI endpoint, String sk) {
    return withPipeline(site, endpoint, sk).withoutRateLimits().retryPolicy(RetryPolicy.none());
  }

  /** As {@link #config}, with the client's default pipeline: published limits and retries. */
  private HuaweiConfig.Builder withPipeline(HuaweiSite site, URI endpoint, String sk) {
    return HuaweiConfig.builder(site)
        .endpoint(endpoint)
        .allowInsecureHttp(true)
        .clock(clock)
        .environment(Map.of())
        .responseTimeout(Duration.ofSeconds(5))
        .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(sk))
            .withDomainId("d0000000000000000000000000000001"));
  }

  private static CreateSubCustomerRequest create() {
    return CreateSubCustomerRequest.builder().xaccountId("x-1").xaccountType("plat").domainName("acme01").build();
  }

  @Test
  void success_is_signed_as_the_official_sdk_signs_and_typed() {
    huawei.responder = r -> Canned.json(200,
        "{\"domain_id\":\"06a7969058802f0c0f01c00b91846780\",\"domain_name\":\"acme01\",\"new_field\":[1]}");

    Either<HuaweiCallFailure, CreateSubCustomerResponse> result = china.createSubCustomer(create());

    assertThat(result.isRight()).as(String.valueOf(result)).isTrue();
    assertThat(result.get().domainId()).isEqualTo("06a7969058802f0c0f01c00b91846780");
    assertThat(result.get().domainName()).isEqualTo("acme01");
    FakeHuawei.Received sent = huawei.bssRequests().get(0);
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.rawPath()).isEqualTo("/v2/partners/sub-customers");
    assertThat(sent.bodyText()).isEqualTo("{\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\",\"domain_name\":\"acme01\"}");
    assertThat(sent.header("X-Sdk-Date")).isEqualTo("20261122T225417Z");
    assertThat(sent.header("X-Domain-Id")).isEqualTo("d0000000000000000000000000000001");
    assertThat(sent.header("Content-Type")).startsWith("application/json");
    assertThat(sent.header("Authorization"))
        .startsWith("SDK-HMAC-SHA256 Access=AK-TEST-0001, SignedHeaders=host;user-agent;x-domain-id;x-sdk-date, ");
  }

  @Test
  void get_parameters_travel_in_the_query_string_encoded_as_they_are_signed() {
    try (BssClient intl = BssClient.create(config(HuaweiSite.INTERNATIONAL, huawei.uri(), FakeHuawei.SK).build())) {
      huawei.responder = r -> Canned.json(200,
          "{\"budget_amount\":1000.50,\"used_amount\":12.3,\"measure_id\":1,\"currency\":\"USD\",\"budget_type\":\"MONTHLY\"}");

      Either<HuaweiCallFailure, ShowSubCustomerBudgetResponse> result = intl.showSubCustomerBudget(
          ShowSubCustomerBudgetRequest.builder()
              .customerId("053a48736500d5f40ffec01689b88480").indirectPartnerId("a b/c~*").build());

      assertThat(result.isRight()).as(String.valueOf(result)).isTrue();
      assertThat(result.get().budgetAmount()).isEqualByComparingTo("1000.50");
      FakeHuawei.Received sent = huawei.bssRequests().get(0);
      assertThat(sent.method()).isEqualTo("GET");
      assertThat(sent.rawQuery())
          .isEqualTo("customer_id=053a48736500d5f40ffec01689b88480&indirect_partner_id=a%20b%2Fc~%2A");
      assertThat(sent.body()).isEmpty();
    }
  }

  @Test
  void calls_go_through_the_configured_proxy_signed_for_the_real_host() {
    try (BssClient proxied = BssClient.create(config(HuaweiSite.CHINA, URI.create("http://bss.invalid"), FakeHuawei.SK)
        .proxy(huawei.uri()).build())) {
      huawei.responder = r -> Canned.json(200, "{\"domain_id\":\"d1\"}");

      var result = proxied.createSubCustomer(create());

      assertThat(result.isRight()).as(String.valueOf(result)).isTrue();
      assertThat(huawei.bssRequests().get(0).header("Host")).isEqualTo("bss.invalid");
    }
  }

  @Test
  void the_configured_language_goes_only_to_operations_that_take_it_and_is_signed() {
    try (BssClient english = BssClient.create(config(HuaweiSite.CHINA, huawei.uri(), FakeHuawei.SK)
        .language("en_US").build())) {
      huawei.responder = r -> Canned.json(200, "{\"total_count\":1,\"sub_customers\":[{\"customer_id\":\"c1\"}]}");

      var consumers = english.listConsumeSubCustomers(
          ListConsumeSubCustomersRequest.builder().billCycle("2026-10").offset(0).limit(100).build());
      english.listSubCustomers(ListSubCustomersRequest.builder().build());

      assertThat(consumers.isRight()).as(String.valueOf(consumers)).isTrue();
      assertThat(consumers.get().subCustomers()).extracting(c -> c.customerId()).containsExactly("c1");
      assertThat(huawei.bssRequests().get(0).header("X-Language")).isEqualTo("en_US");
      assertThat(huawei.bssRequests().get(0).header("Authorization")).contains("SignedHeaders=host;user-agent;x-domain-id;x-language;x-sdk-date");
      assertThat(huawei.bssRequests().get(1).header("X-Language")).isNull();
    }
  }

  @Test
  void a_wrong_secret_key_is_refused_by_the_independent_verifier() {
    try (BssClient wrong = BssClient.create(config(HuaweiSite.CHINA, huawei.uri(), "not-the-sk").build())) {
      HuaweiCallFailure failure = wrong.createSubCustomer(create()).getLeft();

      assertThat(failure.kind()).isEqualTo(FailureKind.UNAUTHORIZED);
      assertThat(failure.trace().code()).isEqualTo("APIGW.0301");
      assertThat(failure.trace().message()).contains("signature mismatch");
    }
  }

  @Test
  void each_call_is_signed_afresh_with_the_current_time() {
    china.createSubCustomer(create());
    clock.advance(Duration.ofMinutes(20));
    china.createSubCustomer(create());

    List<FakeHuawei.Received> sent = huawei.bssRequests();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).header("X-Sdk-Date")).isEqualTo("20261122T225417Z");
    assertThat(sent.get(1).header("X-Sdk-Date")).isEqualTo("20261122T231417Z");
    assertThat(sent.get(0).header("Authorization")).isNotEqualTo(sent.get(1).header("Authorization"));
  }

  @Test
  void a_400_cbc_error_is_classified_with_its_trace() {
    huawei.responder = r -> Canned.json(400, "{\"error_code\":\"CBC.99000039\",\"error_msg\":\"xaccountId重复\"}");

    HuaweiCallFailure failure = china.createSubCustomer(create()).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(failure.maybeApplied()).isFalse();
    assertThat(failure.createdCustomer()).isEmpty();
    assertThat(failure.operation()).isEqualTo("CreateSubCustomer");
    assertThat(failure.trace().source()).isEqualTo("huawei");
    assertThat(failure.trace().code()).isEqualTo("CBC.99000039");
    assertThat(failure.trace().message()).isEqualTo("xaccountId重复");
    assertThat(failure.trace().httpStatus()).isEqualTo(Option.some(400));
    assertThat(failure.trace().requestId()).isEqualTo(Option.some("req-1"));
  }

  @Test
  void cbc_99000050_returns_the_created_account_association_pending() {
    huawei.responder = r -> Canned.json(500, "{\"error_code\":\"CBC.99000050\",\"error_msg\":\"association timeout\","
        + "\"domain_id\":\"06a7969058802f0c0f01c00b91846780\",\"domain_name\":\"acme01\"}");

    HuaweiCallFailure failure = china.createSubCustomer(create()).getLeft();

    assertThat(failure.isAssociationPending()).isTrue();
    assertThat(failure.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(failure.maybeApplied()).isTrue();
    assertThat(failure.createdCustomer())
        .contains(new HuaweiCallFailure.CreatedCustomer("06a7969058802f0c0f01c00b91846780", "acme01"));
    assertThat(failure.trace().httpStatus()).isEqualTo(Option.some(500));
  }

  @Test
  void a_429_from_the_gateway_is_rate_limited() {
    huawei.responder = r -> Canned.json(429, "{\"error_msg\":\"The throttling threshold has been reached: policy user "
        + "over ratelimit,limit:10,time:1 second\",\"error_code\":\"APIGW.0308\"}");

    HuaweiCallFailure failure = china.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(failure.trace().code()).isEqualTo("APIGW.0308");
    assertThat(failure.maybeApplied()).isFalse();
  }

  @Test
  void the_nested_gateway_error_shape_is_read_too() {
    huawei.responder = r -> Canned.json(403, "{\"error\":{\"code\":\"APIGW.0306\",\"message\":\"no permission\"}}");

    HuaweiCallFailure failure = china.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(failure.trace().code()).isEqualTo("APIGW.0306");
    assertThat(failure.trace().message()).isEqualTo("no permission");
  }

  @Test
  void a_malformed_success_body_is_unexpected_and_may_have_been_applied() {
    huawei.responder = r -> Canned.json(200, "<html>gateway</html>");

    HuaweiCallFailure failure = china.createSubCustomer(create()).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.UNEXPECTED);
    assertThat(failure.trace().code()).isEqualTo("response.malformed");
    assertThat(failure.trace().httpStatus()).isEqualTo(Option.some(200));
    assertThat(failure.trace().requestId()).isEqualTo(Option.some("req-1"));
    assertThat(failure.maybeApplied()).isTrue();
  }

  @Test
  void a_success_body_of_the_wrong_shape_is_unexpected() {
    huawei.responder = r -> Canned.json(200, "{\"count\":\"many\",\"customer_infos\":{}}");

    HuaweiCallFailure failure = china.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.UNEXPECTED);
    assertThat(failure.maybeApplied()).as("a read changes nothing").isFalse();
  }

  @Test
  void no_content_answers_give_the_empty_response() {
    huawei.responder = r -> new Canned(204, null, 0);

    var result = china.sendVerificationMessageCode(
        SendVerificationMessageCodeRequest.builder().receiverType(1).mobilePhone("13800000000").build());

    assertThat(result.isRight()).as(String.valueOf(result)).isTrue();
  }

  @Test
  void a_list_answer_is_typed_with_its_nested_records() {
    huawei.responder = r -> Canned.json(200, "{\"count\":2,\"customer_infos\":[{\"customer_id\":\"c1\","
        + "\"account_name\":\"a1\",\"xaccount_id\":\"x-1\",\"is_frozen\":0},{\"customer_id\":\"c2\",\"account_name\":\"a2\"}]}");

    Either<HuaweiCallFailure, ListSubCustomersResponse> result = china.listSubCustomers(
        ListSubCustomersRequest.builder().accountName("a").offset(0).limit(100).build());

    assertThat(result.get().count()).isEqualTo(2);
    assertThat(result.get().customerInfos()).extracting(c -> c.customerId()).containsExactly("c1", "c2");
    assertThat(huawei.bssRequests().get(0).bodyText()).isEqualTo("{\"account_name\":\"a\",\"offset\":0,\"limit\":100}");
  }

  @Test
  void a_200_carrying_an_error_code_is_a_refusal_but_cbc_0000_is_success() {
    try (BssClient intl = BssClient.create(config(HuaweiSite.INTERNATIONAL, huawei.uri(), FakeHuawei.SK).build())) {
      huawei.responder = r -> Canned.json(200, "{\"error_code\":\"CBC.0100\",\"error_msg\":\"customer_ids too long\"}");
      HuaweiCallFailure failure = intl.freezeSubCustomers(
          FreezeSubCustomersRequest.builder().customerIds(List.of("c1")).reason("r").build()).getLeft();

      assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
      assertThat(failure.trace().httpStatus()).isEqualTo(Option.some(200));
      assertThat(failure.maybeApplied()).isFalse();

      huawei.responder = r -> Canned.json(200,
          "{\"error_code\":\"CBC.0000\",\"error_msg\":\"success\",\"check_result\":\"available\"}");
      var check = intl.checkUserIdentity(
          CheckUserIdentityRequest.builder().searchType("name").searchValue("acme01").build());
      assertThat(check.get().checkResult()).isEqualTo("available");
      assertThat(check.get().errorCode()).isEqualTo("CBC.0000");

      huawei.responder = r -> Canned.json(200, "{\"error_code\":\"CBC.0151\",\"error_msg\":\"denied\"}");
      assertThat(intl.checkUserIdentity(
          CheckUserIdentityRequest.builder().searchType("name").searchValue("acme01").build()).getLeft().kind())
          .isEqualTo(FailureKind.UNAUTHORIZED);

      huawei.responder = r -> Canned.json(200,
          "{\"error_details\":[{\"error_code\":\"CBC.99005024\",\"error_msg\":\"wrong type\",\"id\":\"c2\"}]}");
      var partial = intl.freezeSubCustomers(
          FreezeSubCustomersRequest.builder().customerIds(List.of("c1", "c2")).reason("r").build());
      assertThat(partial.get().errorDetails()).extracting(d -> d.id()).containsExactly("c2");
    }
  }

  @Test
  void by_default_the_client_retries_a_throttled_read_and_never_repeats_a_write_whose_request_may_have_arrived()
      throws IOException {
    int[] answered = {0};
    huawei.responder = r -> ++answered[0] == 1
        ? Canned.json(429, "{\"error_code\":\"APIG.0308\",\"error_msg\":\"too many requests\"}")
        : Canned.json(200, "{\"count\":0,\"customer_infos\":[]}");
    java.util.List<AttemptEvent> attempts = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (BssClient paced = BssClient.create(withPipeline(HuaweiSite.CHINA, huawei.uri(), FakeHuawei.SK)
        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(5))).build(),
        event -> {
          if (event instanceof AttemptEvent attempt) {
            attempts.add(attempt);
          }
        })) {

      assertThat(paced.listSubCustomers(ListSubCustomersRequest.builder().build()).isRight()).isTrue();
      assertThat(huawei.requests).hasSize(2);
      assertThat(attempts).extracting(AttemptEvent::outcome).containsExactly("RATE_LIMITED", "SUCCESS");
      assertThat(attempts).extracting(AttemptEvent::operation).containsOnly("ListSubCustomers");
    }
    try (DroppingServer dropping = new DroppingServer();
        BssClient paced = BssClient.create(withPipeline(HuaweiSite.CHINA, dropping.uri(), FakeHuawei.SK)
            .retryPolicy(new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(5)))
            .build())) {

      HuaweiCallFailure create = paced.createSubCustomer(create()).getLeft();

      assertThat(create.maybeApplied()).isTrue();
      assertThat(dropping.requestsRead.get()).isEqualTo(1);   // sent once, never repeated
    }
  }

  @Test
  void an_operation_the_site_does_not_offer_fails_locally_without_sending() {
    HuaweiCallFailure failure = china.freezeSubCustomers(
        FreezeSubCustomersRequest.builder().customerIds(List.of("c1")).reason("r").build()).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
    assertThat(failure.trace().code()).isEqualTo("partnerkit.not_on_site");
    assertThat(failure.maybeApplied()).isFalse();
    assertThat(huawei.requests).isEmpty();
  }

  @Test
  void a_connection_closed_after_the_request_was_read_may_have_applied_a_mutation() throws IOException {
    try (DroppingServer dropping = new DroppingServer();
        BssClient client = BssClient.create(config(HuaweiSite.CHINA, dropping.uri(), FakeHuawei.SK).build())) {

      HuaweiCallFailure create = client.createSubCustomer(create()).getLeft();
      HuaweiCallFailure list = client.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft();

      assertThat(dropping.requestsRead.get()).isEqualTo(2);
      assertThat(create.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
      assertThat(create.maybeApplied()).isTrue();
      assertThat(create.trace().code()).isEqualTo("transport.connection-closed");
      assertThat(list.kind()).as("a read is safe to repeat").isEqualTo(FailureKind.UNAVAILABLE);
      assertThat(list.maybeApplied()).isFalse();
    }
  }

  @Test
  void a_closed_client_fails_without_sending() {
    BssClient closed = BssClient.create(config(HuaweiSite.CHINA, huawei.uri(), FakeHuawei.SK).build());
    closed.close();

    HuaweiCallFailure failure = closed.createSubCustomer(create()).getLeft();

    assertThat(failure.trace().code()).isEqualTo("transport.closed");
    assertThat(failure.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(failure.maybeApplied()).isFalse();
    assertThat(huawei.requests).isEmpty();
  }

  @Test
  void a_refused_connection_was_not_applied() throws IOException {
    URI closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = URI.create("http://127.0.0.1:" + s.getLocalPort());
    }
    try (BssClient client = BssClient.create(config(HuaweiSite.CHINA, closedPort, FakeHuawei.SK).build())) {
      HuaweiCallFailure failure = client.createSubCustomer(create()).getLeft();

      assertThat(failure.kind()).isEqualTo(FailureKind.UNAVAILABLE);
      assertThat(failure.maybeApplied()).isFalse();
      assertThat(failure.trace().code()).isEqualTo("transport.connect");
      assertThat(failure.trace().httpStatus()).isEqualTo(Option.none());
    }
  }

  @Test
  void a_slow_server_hits_the_response_timeout() {
    huawei.responder = r -> new Canned(200, "{}", 3_000);
    try (BssClient impatient = BssClient.create(config(HuaweiSite.CHINA, huawei.uri(), FakeHuawei.SK)
        .responseTimeout(Duration.ofMillis(300)).build())) {
      HuaweiCallFailure failure = impatient.createSubCustomer(create()).getLeft();

      // the answer would come after 3 s: the code says the response timeout cut it (no timed assertion)
      assertThat(failure.trace().code()).isEqualTo("transport.timeout");
      assertThat(failure.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
      assertThat(failure.maybeApplied()).isTrue();
    }
  }

  @Test
  void the_call_timeout_bounds_a_server_that_trickles_its_answer() {
    // 40 bytes, one every 100 ms: each read is well within the response timeout, the whole answer is not within the
    // call timeout; without the call deadline the call would succeed once the answer is complete
    huawei.responder = r -> Canned.json(200, "{" + " ".repeat(38) + "}");
    huawei.trickleMillisPerByte = 100;
    try (BssClient impatient = BssClient.create(config(HuaweiSite.CHINA, huawei.uri(), FakeHuawei.SK)
        .connectTimeout(Duration.ofMillis(400)).responseTimeout(Duration.ofMillis(400))
        .callTimeout(Duration.ofMillis(800)).build())) {

      HuaweiCallFailure failure = impatient.createSubCustomer(create()).getLeft();

      assertThat(failure.trace().code()).isEqualTo("transport.call-timeout");
      assertThat(failure.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
      assertThat(failure.maybeApplied()).isTrue();
      assertThat(huawei.bssRequests()).hasSize(1);
    }
  }
}
