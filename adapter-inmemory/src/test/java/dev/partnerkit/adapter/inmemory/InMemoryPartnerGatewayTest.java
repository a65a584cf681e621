package dev.partnerkit.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemoryPartnerGatewayTest {

  private static TencentRegistration registration(InMemoryPartnerGateway gateway, int n) {
    String phone = "9" + String.format("%07d", n);
    VerificationTarget to = VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(phone).get());
    gateway.sendVerificationCode(to).get();
    return TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("personal").mail("c" + n + "@example.com").password("Abcdef1!").confirmPassword("Abcdef1!")
        .phoneNumber(phone).callingCode("852").area("HK").verificationCode(gateway.lastVerificationCode(to).get())
        .tradeCategory("kghy_01", "kghy_0101").build()).get();
  }

  @Test
  void a_queued_fault_fails_exactly_one_call_and_changes_nothing() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    gateway.faults().nextCalls(1, Fault.RATE_LIMITED).nextCalls(1, Fault.UNAVAILABLE);

    assertThat(gateway.partner().getLeft().kind()).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(gateway.tradeCategories().getLeft().kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(gateway.partner().isRight()).isTrue();
  }

  @Test
  void a_rate_limited_create_creates_nothing_and_the_same_key_then_creates_once() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    TencentRegistration r = registration(gateway, 1);
    gateway.faults().nextCalls(Operation.CREATE_CUSTOMER, 1, Fault.RATE_LIMITED);

    GatewayFailure throttled = gateway.createCustomer(r, IdempotencyKey.of("k1")).getLeft();
    assertThat(throttled).isInstanceOf(GatewayFailure.RateLimited.class);
    assertThat(((GatewayFailure.RateLimited) throttled).retryAfter()).contains(Duration.ofSeconds(1));
    assertThat(gateway.customers().toList().get()).isEmpty();

    CustomerCreated created = gateway.createCustomer(r, IdempotencyKey.of("k1")).get();
    assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.CREATED);
    assertThat(gateway.customers().toList().get()).hasSize(1);
  }

  @Test
  void an_outcome_unknown_write_is_applied() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    TencentRegistration r = registration(gateway, 2);
    gateway.faults().nextCalls(Operation.CREATE_CUSTOMER, 1, Fault.OUTCOME_UNKNOWN);

    GatewayFailure lost = gateway.createCustomer(r, IdempotencyKey.of("k2")).getLeft();

    assertThat(lost.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(((GatewayFailure.OutcomeUnknown) lost).howToReconcile()).contains("same idempotency key");
    assertThat(gateway.customers().toList().get()).hasSize(1);
  }

  @Test
  void a_verification_code_expires_on_the_injected_clock() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now.get(); }
    };
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().clock(clock).codeValidity(Duration.ofMinutes(5)).build();
    TencentRegistration r = registration(gateway, 3);
    now.set(now.get().plus(Duration.ofMinutes(6)));

    GatewayFailure failure = gateway.createCustomer(r, IdempotencyKey.of("k3")).getLeft();

    assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.VERIFICATION_CODE_INVALID);
  }

  @Test
  void concurrent_creates_with_one_key_create_one_account() throws Exception {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    TencentRegistration r = registration(gateway, 4);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Either<GatewayFailure, CustomerCreated>>> results = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return gateway.createCustomer(r, IdempotencyKey.of("same-key"));
      }));
    }
    start.countDown();
    List<String> ids = new ArrayList<>();
    for (var f : results) {
      ids.add(f.get().get().id().value());
    }
    pool.shutdown();

    assertThat(ids).containsOnly(ids.get(0));
    assertThat(gateway.customers().toList().get()).hasSize(1);
  }

  @Test
  void concurrent_creates_with_distinct_keys_get_distinct_ids() throws Exception {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    List<TencentRegistration> registrations = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      registrations.add(registration(gateway, 100 + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Either<GatewayFailure, CustomerCreated>>> results = new ArrayList<>();
    for (int i = 0; i < registrations.size(); i++) {
      TencentRegistration r = registrations.get(i);
      IdempotencyKey key = IdempotencyKey.of("k-" + i);
      results.add(pool.submit(() -> gateway.createCustomer(r, key)));
    }
    List<String> ids = new ArrayList<>();
    for (var f : results) {
      ids.add(f.get().get().id().value());
    }
    pool.shutdown();

    assertThat(ids).doesNotHaveDuplicates().hasSize(40);
  }

  @Test
  void listings_page_through_more_than_one_page() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    for (int i = 0; i < 250; i++) {
      gateway.createCustomer(registration(gateway, 1000 + i), IdempotencyKey.of("p-" + i)).get();
    }
    long before = gateway.vendorCalls();

    assertThat(gateway.customers().stream().count()).isEqualTo(250);
    assertThat(gateway.vendorCalls() - before).as("three pages of 100").isEqualTo(3);
  }

  @Test
  void a_failing_page_ends_the_stream_with_the_failure_and_forEach_returns_it() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    gateway.faults().nextCalls(Operation.LIST_CUSTOMERS, 1, Fault.UNAVAILABLE);

    assertThat(gateway.customers().forEach(c -> {}).getLeft().kind()).isEqualTo(FailureKind.UNAVAILABLE);
    gateway.faults().nextCalls(Operation.LIST_CUSTOMERS, 1, Fault.UNAVAILABLE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> gateway.customers().stream().count())
        .isInstanceOf(dev.partnerkit.ports.GatewayException.class)
        .satisfies(e -> assertThat(((dev.partnerkit.ports.GatewayException) e).failure().kind()).isEqualTo(FailureKind.UNAVAILABLE));
  }

  @Test
  void a_partner_that_is_not_a_distributor_cannot_decide_applications() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent()
        .partner(new Reseller(ResellerId.of("1"), "Small Reseller", ResellerRole.RESELLER)).build();
    gateway.seedApplication(new SubAgentApplication.Applicant(ResellerId.of("7"), "X", Option.none(), Option.none()));

    GatewayFailure approve = gateway.approve(ResellerId.of("7")).getLeft();
    GatewayFailure reject = gateway.reject(ResellerId.of("7"), io.vavr.control.Option.some(RejectionReason.parse("no").get())).getLeft();

    assertThat(((GatewayFailure.Rejected) approve).rejection().code()).isEqualTo(RejectionCode.NOT_A_DISTRIBUTOR);
    assertThat(((GatewayFailure.Rejected) reject).rejection().code()).isEqualTo(RejectionCode.NOT_A_DISTRIBUTOR);
    assertThat(gateway.pendingApplications().toList().get()).hasSize(1);
  }

  @Test
  void an_approved_reseller_joins_the_hierarchy_and_can_receive_a_credit_pool() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    gateway.seedApplication(new SubAgentApplication.Applicant(ResellerId.of("77"), "Sub", Option.none(), Option.none()));
    gateway.approve(ResellerId.of("77")).get();
    ResellerHierarchyPort hierarchy = gateway.capability(ResellerHierarchyPort.class).get();

    var after = hierarchy.allocateCreditPool(ResellerId.of("77"), dev.partnerkit.domain.Money.of("500", "USD"), IdempotencyKey.of("pool-1")).get();
    hierarchy.allocateCreditPool(ResellerId.of("77"), dev.partnerkit.domain.Money.of("500", "USD"), IdempotencyKey.of("pool-1")).get();

    assertThat(after.creditPool().amount()).isEqualByComparingTo("500");
    assertThat(hierarchy.subResellers().toList().get().map(s -> s.creditPool().amount().intValue())).containsExactly(500);
    assertThat(gateway.capability(CreditPort.class).get().partnerCredit().get().remaining().amount()).isEqualByComparingTo("9500");
  }

  @Test
  void huawei_international_has_no_credit_port_and_says_so() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.huawei(dev.partnerkit.domain.HuaweiSite.INTERNATIONAL).build();
    assertThat(gateway.capability(CreditPort.class)).isEmpty();
    assertThat(gateway.capability(ResellerHierarchyPort.class)).isEmpty();
  }

  @Test
  void failures_and_registrations_never_show_secrets() {
    InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
    TencentRegistration r = registration(gateway, 5);
    String code = r.verificationCode().secret().reveal();
    gateway.createCustomer(r, IdempotencyKey.of("s1")).get();
    GatewayFailure conflict = gateway.createCustomer(registration(gateway, 6), IdempotencyKey.of("s1")).getLeft();

    for (String shown : List.of(r.toString(), conflict.toString(), conflict.message(), String.valueOf(gateway.customers().toList().get()))) {
      assertThat(shown).doesNotContain("Abcdef1!").doesNotContain(code);
    }
    assertThat(gateway.findCustomer(gateway.customers().toList().get().head().id()).get().map(Customer::email).get()).contains("c5@example.com");
  }
}
