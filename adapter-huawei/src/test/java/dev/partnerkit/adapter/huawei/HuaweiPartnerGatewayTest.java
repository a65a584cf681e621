package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.WriteJournal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.FakeHuawei.Canned;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.Email;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Huawei gateway's own decisions against a scripted loopback Huawei that checks every signature. */
class HuaweiPartnerGatewayTest {

  private static final String CREATE = "/v2/partners/sub-customers";
  private static final String LIST = "/v2/partners/sub-customers/query";
  private static final String ACME = "{\"count\":1,\"customer_infos\":[{\"customer_id\":\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\","
      + "\"account_name\":\"acme_ops\",\"xaccount_id\":\"crm-4711\",\"xaccount_type\":\"pk_IDP\","
      + "\"associated_on\":\"2026-11-22T10:00:00Z\"}]}";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T22:54:17Z"));
  private FakeHuawei huawei;
  private HuaweiPartnerGateway gateway;
  private volatile Function<FakeHuawei.Received, Canned> onCreate = r -> Canned.json(200, "{}");
  private volatile Function<FakeHuawei.Received, Canned> onList = r -> Canned.json(200, "{\"count\":0,\"customer_infos\":[]}");

  @BeforeEach
  void start() throws Exception {
    huawei = FakeHuawei.start(clock);
    huawei.responder = r -> switch (r.rawPath()) {
      case CREATE -> onCreate.apply(r);
      case LIST -> onList.apply(r);
      default -> new Canned(204, "", 0);
    };
    HuaweiConfig config = HuaweiConfig.builder(HuaweiSite.CHINA).endpoint(huawei.uri()).allowInsecureHttp(true)
        .clock(clock).environment(Map.of()).responseTimeout(Duration.ofMillis(500))
        .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK))).build();
    gateway = HuaweiPartnerGateway.builder(config).journal(WriteJournal.inMemory())
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(10)))
        .scaleRateLimits(100).build();
  }

  @AfterEach
  void stop() {
    gateway.close();
    huawei.close();
  }

  private long sent(String path) {
    return huawei.bssRequests().stream().filter(r -> r.rawPath().equals(path)).count();
  }

  private static HuaweiRegistration acme() {
    return HuaweiRegistration.validate(HuaweiRegistrationForm.builder().xaccountId("crm-4711").xaccountType("pk_IDP")
        .accountName("acme_ops").password("Acme-2026-ops").mobile("13800138000").verificationCode("123456").build(),
        dev.partnerkit.domain.HuaweiSite.CHINA).get();
  }

  @Test
  void an_association_that_lags_is_a_created_account_pending_with_its_ids() {
    onCreate = r -> Canned.json(500, "{\"error_code\":\"CBC.99000050\",\"error_msg\":\"association timed out\","
        + "\"domain_id\":\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\",\"domain_name\":\"acme_ops\"}");

    CustomerCreated created = gateway.createCustomer(acme(), IdempotencyKey.of("k1")).get();
    CustomerCreated again = gateway.createCustomer(acme(), IdempotencyKey.of("k1")).get();

    assertThat(created.id().value()).isEqualTo("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    assertThat(created.accountName()).contains("acme_ops");
    assertThat(created.association()).isEqualTo(Customer.Association.PENDING);
    assertThat(again.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
    assertThat(sent(CREATE)).isEqualTo(1);
  }

  /**
   * Seed 003 l.22, include_association_result: "whether to return the sub-customer's association result; true:
   * return the association result of the sub-customer and the partner; default false" (translated). The gateway asks
   * for it, so that a 200 means the customer is bound.
   */
  @Test
  void a_create_asks_for_the_association_result_and_a_200_is_bound() {
    onCreate = r -> Canned.json(200, "{\"domain_id\":\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\",\"domain_name\":\"acme_ops\"}");

    CustomerCreated created = gateway.createCustomer(acme(), IdempotencyKey.of("k0")).get();

    assertThat(created.association()).isEqualTo(Customer.Association.BOUND);
    assertThat(huawei.bssRequests().stream().filter(r -> r.rawPath().equals(CREATE)).findFirst().get().bodyText())
        .contains("\"include_association_result\":true");
  }

  @Test
  void a_lost_answer_is_reconciled_through_the_customer_list_by_xaccount_id() {
    onCreate = r -> new Canned(200, "{\"domain_id\":\"late\",\"domain_name\":\"acme_ops\"}", 1_500);
    onList = r -> Canned.json(200, ACME);

    CustomerCreated created = gateway.createCustomer(acme(), IdempotencyKey.of("k2")).get();

    assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(created.id().value()).isEqualTo("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    assertThat(sent(CREATE)).isEqualTo(1);
    assertThat(huawei.bssRequests().stream().filter(r -> r.rawPath().equals(LIST)).findFirst().get().bodyText())
        .contains("\"account_name\":\"acme_ops\"");
  }

  @Test
  void reconciliation_reads_the_customer_list_page_by_page_and_stops_at_the_match() {
    gateway.close();
    gateway = HuaweiPartnerGateway.builder(HuaweiConfig.builder(HuaweiSite.CHINA).endpoint(huawei.uri())
            .allowInsecureHttp(true).clock(clock).environment(Map.of()).responseTimeout(Duration.ofMillis(500))
            .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK))).build()).journal(WriteJournal.inMemory())
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(10)))
        .scaleRateLimits(100).pageSize(1).build();
    onCreate = r -> new Canned(200, "{\"domain_id\":\"late\",\"domain_name\":\"acme_ops\"}", 1_500);
    String other = ACME.replace("\"count\":1", "\"count\":3").replace("crm-4711", "crm-0001");
    onList = r -> Canned.json(200, r.bodyText().contains("\"offset\":1")
        ? ACME.replace("\"count\":1", "\"count\":3") : other);

    CustomerCreated created = gateway.createCustomer(acme(), IdempotencyKey.of("k-scan")).get();

    assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(sent(LIST)).as("page 1 (no match), page 2 (match); page 3 never asked for").isEqualTo(2);
  }

  @Test
  void a_repeated_platform_user_with_a_new_key_is_a_conflict() {
    onCreate = r -> Canned.json(400, "{\"error_code\":\"CBC.99000039\",\"error_msg\":\"duplicate xaccountId\"}");

    assertThat(gateway.createCustomer(acme(), IdempotencyKey.of("k3")).getLeft().kind()).isEqualTo(FailureKind.CONFLICT);
  }

  @Test
  void a_wrong_verification_code_is_a_rejection() {
    onCreate = r -> Canned.json(400, "{\"error_code\":\"CBC.99004010\",\"error_msg\":\"wrong code\"}");

    GatewayFailure failure = gateway.createCustomer(acme(), IdempotencyKey.of("k4")).getLeft();

    assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.VERIFICATION_CODE_INVALID);
    assertThat(failure.trace().requestId()).isNotEmpty();
  }

  @Test
  void china_sends_codes_to_mainland_mobiles_only_and_refuses_the_rest_before_sending() {
    GatewayFailure mail = gateway.sendVerificationCode(VerificationTarget.mail(Email.parse("a@example.com").get())).getLeft();
    GatewayFailure hongKong = gateway.sendVerificationCode(
        VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse("91234567").get())).getLeft();
    assertThat(huawei.bssRequests()).isEmpty();

    assertThat(gateway.sendVerificationCode(
        VerificationTarget.phone(CallingCode.parse("86").get(), PhoneNumber.parse("13800138000").get())).isRight()).isTrue();

    assertThat(mail.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
    assertThat(((GatewayFailure.InvalidRequest) hongKong).violations().map(v -> v.code())).containsExactly(ViolationCode.NOT_ALLOWED);
    assertThat(huawei.bssRequests().get(0).bodyText()).contains("\"receiver_type\":1", "\"mobile_phone\":\"13800138000\"");
  }

  @Test
  void an_international_registration_never_reaches_a_china_gateway() {
    HuaweiRegistration intl = HuaweiRegistration.validate(HuaweiRegistrationForm.builder().xaccountId("u").xaccountType("t")
        .area("MX").build(), dev.partnerkit.domain.HuaweiSite.INTERNATIONAL).get();

    GatewayFailure failure = gateway.createCustomer(intl, IdempotencyKey.of("k5")).getLeft();

    assertThat(((GatewayFailure.InvalidRequest) failure).violations().map(v -> v.code())).containsExactly(ViolationCode.VENDOR_MISMATCH);
    assertThat(huawei.bssRequests()).isEmpty();
  }

  @Test
  void throttled_listings_are_retried() {
    AtomicInteger n = new AtomicInteger();
    onList = r -> n.incrementAndGet() <= 2
        ? Canned.json(429, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The throttling threshold has been reached\"}")
        : Canned.json(200, ACME);

    assertThat(gateway.customers().stream().count()).isEqualTo(1);
    assertThat(sent(LIST)).isEqualTo(3);
  }

  @Test
  void customers_are_listed_with_offsets() {
    onList = r -> Canned.json(200, r.bodyText().contains("\"offset\":0")
        ? ACME.replace("\"count\":1", "\"count\":101")
        : ACME.replace("\"count\":1", "\"count\":101").replace("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "ffffffffffffffffffffffffffffffff"));

    var ids = gateway.customers().stream().map(c -> c.id().value()).toList();

    assertThat(ids).containsExactly("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "ffffffffffffffffffffffffffffffff");
    assertThat(huawei.bssRequests().get(1).bodyText()).contains("\"offset\":100");
  }
}
