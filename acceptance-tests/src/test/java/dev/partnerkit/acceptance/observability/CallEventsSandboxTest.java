package dev.partnerkit.acceptance.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.support.AttemptEvent;
import dev.partnerkit.adapter.support.CallEvent;
import dev.partnerkit.adapter.support.JournalEvent;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@code CallListener} hears from both gateways against the embedded sandbox: every attempt of a vendor call
 * (a throttled one and its retry), the journal's replays, and nothing personal or secret.
 */
class CallEventsSandboxTest {

  private static final String PASSWORD = "Listen!2026pw";
  private static final String MAIL = "listened@acme.example";
  private static final String PHONE = "71234567";

  private final Sandbox sandbox = Sandbox.builder().withoutRateLimits().build();
  private final List<CallEvent> heard = new CopyOnWriteArrayList<>();
  private final List<CallEvent> heardToo = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void tencent_reports_a_throttled_attempt_and_its_retry_then_a_replay_and_nothing_personal() {
    try (TencentPartnerGateway gateway = TencentPartnerGateway.builder(TencentConfig.builder()
            .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true)
            .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
            .build())
        .journal(WriteJournal.inMemory()).scaleRateLimits(40).listener(heard::add).listener(heardToo::add).build()) {
      gateway.sendVerificationCode(VerificationTarget.phone(CallingCode.parse("852").get(),
          PhoneNumber.parse(PHONE).get())).get();
      String code = sandbox.tencent().lastVerificationCode("852", PHONE).orElseThrow();
      TencentRegistration registration = TencentRegistration.validate(TencentRegistrationForm.builder()
          .accountType("company").mail(MAIL).password(PASSWORD).confirmPassword(PASSWORD)
          .phoneNumber(PHONE).callingCode("852").area("HK").verificationCode(code)
          .tradeCategory("kghy_01", "kghy_0101").build()).get();
      sandbox.tencent().faults().throttle("CreateAccount", 1);
      heard.clear();
      heardToo.clear();

      CustomerCreated created = gateway.createCustomer(registration, IdempotencyKey.of("obs-1")).get();
      CustomerCreated again = gateway.createCustomer(registration, IdempotencyKey.of("obs-1")).get();

      assertThat(again.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
      List<AttemptEvent> creates = attempts("CreateAccount");
      assertThat(creates).extracting(AttemptEvent::attempt).containsExactly(1, 2);
      assertThat(creates).extracting(AttemptEvent::outcome).containsExactly("RATE_LIMITED", "SUCCESS");
      assertThat(creates).allSatisfy(a -> {
        assertThat(a.vendor()).isEqualTo("tencent");
        assertThat(a.sent()).isTrue();
        assertThat(a.requestId()).isNotEmpty();
      });
      assertThat(creates.get(0).throttledByVendor()).isTrue();
      assertThat(journalKinds()).containsSubsequence(JournalEvent.Kind.CLAIMED, JournalEvent.Kind.REPLAYED);
      assertThat(heardToo).containsExactlyElementsOf(heard);
      assertNothingPersonal(created.id().value(), code);
    }
  }

  @Test
  void huawei_reports_a_throttled_listing_attempt_and_its_retry() {
    HuaweiSite site = HuaweiSite.INTERNATIONAL;
    HuaweiConfig config = HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.INTERNATIONAL)
        .endpoint(sandbox.huaweiEndpoint(site)).allowInsecureHttp(true).environment(Map.of())
        .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY,
            Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY)).withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
        .responseTimeout(Duration.ofSeconds(2)).build();
    try (HuaweiPartnerGateway gateway = HuaweiPartnerGateway.builder(config).journal(WriteJournal.inMemory())
        .listener(heard::add).build()) {
      sandbox.huawei(site).faults().injectOnce(HuaweiOperation.LIST_SUB_CUSTOMERS, HuaweiFault.throttled());

      assertThat(gateway.customers().forEach(c -> { }).isRight()).isTrue();

      List<AttemptEvent> lists = attempts("ListSubCustomers");
      assertThat(lists).extracting(AttemptEvent::attempt).containsExactly(1, 2);
      assertThat(lists).extracting(AttemptEvent::outcome).containsExactly("RATE_LIMITED", "SUCCESS");
      assertThat(lists).allSatisfy(a -> assertThat(a.vendor()).isEqualTo("huawei"));
      assertThat(lists.get(0).throttledByVendor()).isTrue();
      assertNothingPersonal();
    }
  }

  private List<AttemptEvent> attempts(String operation) {
    return heard.stream().filter(AttemptEvent.class::isInstance).map(AttemptEvent.class::cast)
        .filter(a -> a.operation().equals(operation)).toList();
  }

  private List<JournalEvent.Kind> journalKinds() {
    return heard.stream().filter(JournalEvent.class::isInstance).map(e -> ((JournalEvent) e).kind()).toList();
  }

  /** No event names a password, mail, phone, secret key, or any of {@code more} (customer ids, codes). */
  private void assertNothingPersonal(String... more) {
    assertThat(heard).isNotEmpty().allSatisfy(e -> {
      assertThat(e.toString())
          .doesNotContain(PASSWORD, MAIL, PHONE, Sandbox.DEFAULT_SECRET_KEY, HuaweiFrontDoor.DEFAULT_SECRET_KEY);
      for (String value : more) {
        assertThat(e.toString()).doesNotContain(value);
      }
    });
  }
}
