package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.WriteJournal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own decisions against a scripted loopback vendor that answers per action: what is checked before
 * sending, how a lost CreateAccount answer is reconciled, what is retried, how applications are decided.
 */
class TencentPartnerGatewayTest {

  private static final String CATALOG = "{\"Response\":{\"TradeList\":[{\"Id\":\"kghy_01\",\"Name\":\"Internet\","
      + "\"Children\":[{\"Id\":\"kghy_0101\",\"Name\":\"E-commerce\",\"TradeInfo\":\"\"}]}],\"RequestId\":\"r-trade\"}}";
  private static final String NOBODY = "{\"Response\":{\"Data\":[],\"Total\":0,\"RequestId\":\"r-none\"}}";
  private static final String ALICE = "{\"Response\":{\"Data\":[{\"ClientUin\":200000000042,\"Name\":\"Alice\","
      + "\"Email\":\"alice@example.com\",\"Mobile\":\"91234567\",\"AssociationTime\":\"2026-01-02 10:00:00\"}],"
      + "\"Total\":1,\"RequestId\":\"r-alice\"}}";

  /** Tencent's country list as the scripted vendor has it: Hong Kong and the United States, nothing else. */
  static final String COUNTRIES = "{\"Response\":{\"Data\":["
      + "{\"EnName\":\"Hong Kong\",\"Name\":\"Hong Kong\",\"IOS2\":\"HK\",\"IOS3\":\"HKG\",\"Code\":\"852\"},"
      + "{\"EnName\":\"United States\",\"Name\":\"United States\",\"IOS2\":\"US\",\"IOS3\":\"USA\",\"Code\":\"1\"}],"
      + "\"RequestId\":\"r-countries\"}}";

  private LoopbackTencent server;
  private TencentPartnerGateway gateway;
  private final Map<String, LoopbackTencent.Responder> byAction = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackTencent(Map.of(IntlPartnersClientTest.ID, IntlPartnersClientTest.KEY));
    server.answer((exchange, received) -> {
      String action = received.header("X-TC-Action");
      calls.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
      byAction.getOrDefault(action, LoopbackTencent.json("{\"Response\":{\"RequestId\":\"r\"}}")).respond(exchange, received);
    });
    byAction.put("GetTradeConfigList", LoopbackTencent.json(CATALOG));
    byAction.put("GetCountryCodes", LoopbackTencent.json(COUNTRIES));
    TencentConfig config = IntlPartnersClientTest.withPipeline(server.endpoint())
        .responseTimeout(Duration.ofMillis(400)).callTimeout(Duration.ofSeconds(2)).build();
    gateway = TencentPartnerGateway.builder(config).journal(WriteJournal.inMemory())
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(10)))
        .scaleRateLimits(100)
        .build();
  }

  @AfterEach
  void stop() {
    gateway.close();
    server.close();
  }

  private int calls(String action) {
    return calls.getOrDefault(action, new AtomicInteger()).get();
  }

  private static TencentRegistration alice() {
    return TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("personal").mail("alice@example.com").password("Secr3t!pw").confirmPassword("Secr3t!pw")
        .phoneNumber("91234567").callingCode("852").area("HK").verificationCode("123456")
        .tradeCategory("kghy_01", "kghy_0101").customerName("Alice").build()).get();
  }

  @Test
  void the_builder_takes_the_config_like_any_other_option_and_says_what_is_missing() {
    TencentConfig config = IntlPartnersClientTest.withPipeline(server.endpoint()).build();
    java.util.List<dev.partnerkit.adapter.support.CallEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TencentPartnerGateway.builder()
            .journal(WriteJournal.inMemory()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TencentConfig");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TencentPartnerGateway.builder().config(config).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("journal");
    try (TencentPartnerGateway built = TencentPartnerGateway.builder().config(config).journal(WriteJournal.inMemory())
        .listener(heard::add).build()) {
      assertThat(built.countryCodes().isRight()).isTrue();
      // the gateway's own client shares its listeners (and limiter and connections)
      assertThat(built.client().getCountryCodes().isRight()).isTrue();
    }
    assertThat(heard).filteredOn(dev.partnerkit.adapter.support.AttemptEvent.class::isInstance).hasSize(2);
  }

  @Test
  void a_banned_calling_code_never_reaches_the_wire() {
    GatewayFailure failure = gateway.sendVerificationCode(
        VerificationTarget.phone(CallingCode.parse("86").get(), PhoneNumber.parse("13800138000").get())).getLeft();

    assertThat(((GatewayFailure.InvalidRequest) failure).violations().map(v -> v.code()))
        .containsExactly(ViolationCode.CALLING_CODE_BANNED);
    assertThat(server.received()).isEmpty();
  }

  /**
   * Seed 000 l.104-106: CountryCode and Area "can be obtained" from GetCountryCodes, and the area must correspond to
   * the CountryCode. A registration that libphonenumber accepts (Singapore, +65) but Tencent's list lacks is refused
   * before CreateAccount, on both fields; the list is read once and kept.
   */
  @Test
  void a_calling_code_and_area_off_the_vendors_country_list_never_reach_create_account() {
    TencentRegistration singapore = TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("personal").mail("sg@example.com").password("Secr3t!pw").confirmPassword("Secr3t!pw")
        .phoneNumber("81234567").callingCode("65").area("SG").verificationCode("123456")
        .tradeCategory("kghy_01", "kghy_0101").build()).get();

    GatewayFailure failure = gateway.createCustomer(singapore, IdempotencyKey.of("sg-1")).getLeft();
    gateway.createCustomer(singapore, IdempotencyKey.of("sg-2"));

    assertThat(((GatewayFailure.InvalidRequest) failure).violations().map(v -> v.field()))
        .containsExactly("callingCode", "area");
    assertThat(((GatewayFailure.InvalidRequest) failure).violations().map(v -> v.code()))
        .containsExactly(ViolationCode.CALLING_CODE_UNKNOWN, ViolationCode.AREA_UNKNOWN);
    assertThat(calls("CreateAccount")).isZero();
    assertThat(calls("GetCountryCodes")).isEqualTo(1);
  }

  /**
   * A bulk job starts many creates at once: the catalog and the country list are read by one of them while the others
   * wait for its answer, not once per thread (each read would take a slot of that action's rate limit).
   */
  @Test
  void creates_starting_together_read_the_catalog_and_the_country_list_once() throws Exception {
    LoopbackTencent.Responder countries = LoopbackTencent.json(COUNTRIES);
    byAction.put("GetCountryCodes", (exchange, received) -> {
      Thread.sleep(200); // a slow answer, so that the other callers arrive while it is read
      countries.respond(exchange, received);
    });
    byAction.put("CreateAccount", LoopbackTencent.json("{\"Response\":{\"Uin\":\"200000000042\",\"RequestId\":\"r-c\"}}"));
    int callers = 8;
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
    try {
      java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int i = 0; i < callers; i++) {
        String key = "together-" + i;
        done.add(pool.submit(() -> {
          start.await();
          return gateway.createCustomer(alice(), IdempotencyKey.of(key));
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<?> f : done) {
        assertThat(((io.vavr.control.Either<?, ?>) f.get()).isRight()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(calls("GetCountryCodes")).isEqualTo(1);
    assertThat(calls("GetTradeConfigList")).isEqualTo(1);
  }

  /**
   * A CreateAccount answer without the Uin is not taken for a success: the account may exist, so the key is
   * reconciled (the partner's customers read by email) before the create is ever sent again.
   */
  @Test
  void a_create_answered_without_the_uin_is_an_unknown_outcome_reconciled_before_any_resend() {
    byAction.put("CreateAccount", LoopbackTencent.json("{\"Response\":{\"RequestId\":\"r-no-uin\"}}"));

    GatewayFailure failure = gateway.createCustomer(alice(), IdempotencyKey.of("no-uin")).getLeft();
    int createsAfterFirst = calls("CreateAccount");
    byAction.put("QueryCustomersCredit", LoopbackTencent.json(ALICE));
    CustomerCreated again = gateway.createCustomer(alice(), IdempotencyKey.of("no-uin")).get();

    assertThat(failure).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
    assertThat(createsAfterFirst).isEqualTo(1);
    assertThat(again.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(calls("CreateAccount")).isEqualTo(1);
  }

  @Test
  void a_trade_category_outside_the_vendors_catalog_never_reaches_create_account() {
    TencentRegistration r = TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("personal").mail("bob@example.com").password("Secr3t!pw").confirmPassword("Secr3t!pw")
        .phoneNumber("91234567").callingCode("852").area("HK").verificationCode("123456")
        .tradeCategory("kghy_01", "kghy_0199").build()).get();

    GatewayFailure failure = gateway.createCustomer(r, IdempotencyKey.of("k")).getLeft();

    assertThat(((GatewayFailure.InvalidRequest) failure).violations().map(v -> v.code()))
        .containsExactly(ViolationCode.TRADE_CATEGORY_MISMATCH);
    assertThat(calls("CreateAccount")).isZero();
  }

  @Test
  void a_create_sends_every_field_and_returns_the_uin() {
    byAction.put("CreateAccount", LoopbackTencent.json("{\"Response\":{\"Uin\":\"200000000042\",\"RequestId\":\"r-c\"}}"));

    CustomerCreated created = gateway.createCustomer(alice(), IdempotencyKey.of("k1")).get();

    assertThat(created.id().value()).isEqualTo("200000000042");
    assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.CREATED);
    String body = server.received().stream().filter(r -> "CreateAccount".equals(r.header("X-TC-Action")))
        .findFirst().get().bodyText();
    assertThat(body).contains("\"Mail\":\"alice@example.com\"", "\"Password\":\"Secr3t!pw\"", "\"ConfirmPassword\":\"Secr3t!pw\"",
        "\"CountryCode\":\"852\"", "\"Area\":\"HK\"", "\"VerifyCode\":\"123456\"", "\"TradeTwo\":\"kghy_0101\"");
  }

  /** Seed 000 l.121-122, output parameters: "Uin String Account UIN", "Reason String Binding Results". */
  @Test
  void the_binding_result_of_create_account_is_kept_and_replayed() {
    byAction.put("CreateAccount", LoopbackTencent.json(
        "{\"Response\":{\"Uin\":\"200000000042\",\"Reason\":\"bound to the partner\",\"RequestId\":\"r-c\"}}"));

    CustomerCreated created = gateway.createCustomer(alice(), IdempotencyKey.of("k-reason")).get();
    CustomerCreated replayed = gateway.createCustomer(alice(), IdempotencyKey.of("k-reason")).get();

    assertThat(created.bindingResult()).containsExactly("bound to the partner");
    assertThat(replayed.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
    assertThat(replayed.bindingResult()).containsExactly("bound to the partner");
    assertThat(calls("CreateAccount")).isEqualTo(1);
  }

  @Test
  void a_lost_create_answer_is_reconciled_by_email_and_create_account_is_sent_once() {
    byAction.put("CreateAccount", LoopbackTencent.slow(1_500, "{\"Response\":{\"Uin\":\"200000000042\",\"RequestId\":\"late\"}}"));
    byAction.put("QueryCustomersCredit", LoopbackTencent.json(ALICE));

    CustomerCreated created = gateway.createCustomer(alice(), IdempotencyKey.of("k2")).get();

    assertThat(created.id().value()).isEqualTo("200000000042");
    assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(calls("CreateAccount")).isEqualTo(1);
    assertThat(server.received().stream().filter(r -> "QueryCustomersCredit".equals(r.header("X-TC-Action"))).findFirst()
        .get().bodyText()).contains("\"FilterType\":\"Email\"", "\"Filter\":\"alice@example.com\"");
  }

  @Test
  void an_account_not_visible_yet_stays_unknown_and_the_same_key_later_finds_it_without_a_second_account() {
    byAction.put("CreateAccount", LoopbackTencent.slow(1_500, "{\"Response\":{\"Uin\":\"200000000042\",\"RequestId\":\"late\"}}"));
    byAction.put("QueryCustomersCredit", LoopbackTencent.json(NOBODY));

    GatewayFailure first = gateway.createCustomer(alice(), IdempotencyKey.of("k3")).getLeft();
    byAction.put("QueryCustomersCredit", LoopbackTencent.json(ALICE));
    CustomerCreated later = gateway.createCustomer(alice(), IdempotencyKey.of("k3")).get();

    assertThat(first.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(later.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(calls("CreateAccount")).isEqualTo(1);
  }

  @Test
  void the_same_key_replays_without_calling_tencent() {
    byAction.put("CreateAccount", LoopbackTencent.json("{\"Response\":{\"Uin\":\"200000000042\",\"RequestId\":\"r-c\"}}"));
    gateway.createCustomer(alice(), IdempotencyKey.of("k4")).get();

    CustomerCreated again = gateway.createCustomer(alice(), IdempotencyKey.of("k4")).get();

    assertThat(again.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
    assertThat(calls("CreateAccount")).isEqualTo(1);
  }

  @Test
  void the_phone_quota_refusal_is_a_rejection_with_its_code() {
    byAction.put("CreateAccount", LoopbackTencent.json("{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.PhoneBindUpper\","
        + "\"Message\":\"too many accounts\"},\"RequestId\":\"r-q\"}}"));

    GatewayFailure failure = gateway.createCustomer(alice(), IdempotencyKey.of("k5")).getLeft();

    assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.PHONE_QUOTA_EXCEEDED);
    assertThat(failure.trace().requestId()).contains("r-q");
  }

  @Test
  void throttled_reads_are_retried_until_they_pass() {
    AtomicInteger n = new AtomicInteger();
    byAction.put("QueryPartnerCredit", (exchange, r) -> LoopbackTencent.json(n.incrementAndGet() <= 2
        ? "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow down\"},\"RequestId\":\"r-t\"}}"
        : "{\"Response\":{\"TotalCredit\":1000,\"AllocatedCredit\":250,\"RemainingCredit\":750,\"RequestId\":\"r-ok\"}}")
        .respond(exchange, r));

    var credit = gateway.capability(dev.partnerkit.ports.CreditPort.class).get().partnerCredit().get();

    assertThat(credit.remaining().amount()).isEqualByComparingTo("750");
    assertThat(calls("QueryPartnerCredit")).isEqualTo(3);
  }

  @Test
  void a_throttled_page_of_a_listing_is_retried_through_the_gateways_rate_limit_and_retries() {
    AtomicInteger n = new AtomicInteger();
    byAction.put("QuerySubAgentsDetailV2", (exchange, r) -> LoopbackTencent.json(n.incrementAndGet() == 1
        ? "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow\"},\"RequestId\":\"r-t\"}}"
        : "{\"Response\":{\"Total\":0,\"Data\":[],\"RequestId\":\"r-ok\"}}").respond(exchange, r));

    assertThat(gateway.capability(dev.partnerkit.ports.ResellerHierarchyPort.class).get().subResellers().forEach(s -> { })).isEqualTo(io.vavr.control.Either.right(0L));
    assertThat(calls("QuerySubAgentsDetailV2")).isEqualTo(2);
  }

  @Test
  void customers_are_listed_page_by_page() {
    byAction.put("QueryCustomersCredit", (exchange, r) -> {
      boolean first = r.bodyText().contains("\"Page\":1");
      String data = first ? ALICE.replace("\"Total\":1", "\"Total\":150")
          : ALICE.replace("200000000042", "200000000043").replace("\"Total\":1", "\"Total\":150");
      LoopbackTencent.json(data).respond(exchange, r);
    });
    gateway.close();
    gateway = TencentPartnerGateway.builder(IntlPartnersClientTest.withPipeline(server.endpoint()).build()).journal(WriteJournal.inMemory()).pageSize(100).build();

    var ids = gateway.customers().stream().map(Customer::id).map(Object::toString).toList();

    assertThat(ids).containsExactly("200000000042", "200000000043");
    assertThat(calls("QueryCustomersCredit")).isEqualTo(2);
  }

  @Test
  void an_application_is_decided_once_and_only_by_a_distributor() {
    byAction.put("QueryVoucherPool", LoopbackTencent.json("{\"Response\":{\"AgentName\":\"Dist\",\"AccountType\":2,\"RequestId\":\"r\"}}"));
    byAction.put("QueryPendingSubAgentsV2", LoopbackTencent.json("{\"Response\":{\"Data\":[{\"SubAgentUin\":300000000001,"
        + "\"Name\":\"Northwind\",\"Email\":\"n@example.com\",\"ApplyTime\":\"2026-01-01 00:00:00\"}],\"Total\":1,\"RequestId\":\"r\"}}"));

    assertThat(gateway.approve(ResellerId.of("300000000001")).isRight()).isTrue();
    GatewayFailure again = gateway.reject(ResellerId.of("300000000001"), io.vavr.control.Option.some(RejectionReason.parse("late").get())).getLeft();

    assertThat(((GatewayFailure.Rejected) again).rejection().code()).isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
    assertThat(calls("ApproveSubAgentApply")).isEqualTo(1);
    assertThat(server.received().stream().filter(r -> "ApproveSubAgentApply".equals(r.header("X-TC-Action"))).findFirst()
        .get().bodyText()).contains("\"SubAgentUin\":300000000001", "\"ApproveType\":\"pass\"");
  }

  /**
   * Seed 001, ApproveSubAgentApply: "RejectReason No String Reason for rejection. Fill in only when ApproveType is
   * reject." A rejection without a reason sends no RejectReason; one with a reason sends it.
   */
  @Test
  void a_rejection_sends_reject_reason_only_when_a_reason_is_given() {
    byAction.put("QueryVoucherPool", LoopbackTencent.json("{\"Response\":{\"AgentName\":\"Dist\",\"AccountType\":2,\"RequestId\":\"r\"}}"));
    byAction.put("QueryPendingSubAgentsV2", LoopbackTencent.json("{\"Response\":{\"Data\":[{\"SubAgentUin\":300000000001,"
        + "\"Name\":\"Northwind\"},{\"SubAgentUin\":300000000002,\"Name\":\"Contoso\"}],\"Total\":2,\"RequestId\":\"r\"}}"));

    var without = gateway.reject(ResellerId.of("300000000001"), io.vavr.control.Option.none()).get();
    var with = gateway.reject(ResellerId.of("300000000002"),
        io.vavr.control.Option.some(RejectionReason.parse("Business licence missing").get())).get();

    assertThat(without.reason()).isEmpty();
    assertThat(with.reason().map(RejectionReason::text)).contains("Business licence missing");
    var bodies = server.received().stream().filter(r -> "ApproveSubAgentApply".equals(r.header("X-TC-Action")))
        .map(r -> r.bodyText()).toList();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0)).contains("\"ApproveType\":\"reject\"").doesNotContain("RejectReason");
    assertThat(bodies.get(1)).contains("\"ApproveType\":\"reject\"", "\"RejectReason\":\"Business licence missing\"");
  }

  @Test
  void a_reseller_that_is_not_a_distributor_cannot_decide() {
    byAction.put("QueryVoucherPool", LoopbackTencent.json("{\"Response\":{\"AgentName\":\"Small\",\"AccountType\":1,\"RequestId\":\"r\"}}"));
    byAction.put("QueryPendingSubAgentsV2", LoopbackTencent.json("{\"Response\":{\"Data\":[{\"SubAgentUin\":300000000001,"
        + "\"Name\":\"Northwind\"}],\"Total\":1,\"RequestId\":\"r\"}}"));

    GatewayFailure failure = gateway.approve(ResellerId.of("300000000001")).getLeft();

    assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.NOT_A_DISTRIBUTOR);
    assertThat(calls("ApproveSubAgentApply")).isZero();
  }
}
