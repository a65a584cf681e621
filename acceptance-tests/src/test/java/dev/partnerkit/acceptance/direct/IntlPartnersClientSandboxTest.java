package dev.partnerkit.acceptance.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.adapter.tencent.TencentCallFailure;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditRequest;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditResponse;
import dev.partnerkit.adapter.tencent.api.GetCountryCodesResponse;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link IntlPartnersClient} used directly, without a gateway, against the sandbox enforcing Tencent's published
 * limits: it paces every action at its limit, so a burst is never throttled, and it never repeats a non-idempotent
 * write whose request may have been applied.
 */
class IntlPartnersClientSandboxTest {

  private final Sandbox sandbox = Sandbox.builder().build();
  private final TencentConfig config = TencentConfig.builder()
      .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true)
      .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
      .build();

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void thirty_direct_calls_of_an_action_limited_to_five_a_second_are_never_throttled() {
    assertThat(IntlPartnersAction.GET_COUNTRY_CODES.ratePerSecond()).isLessThanOrEqualTo(5);
    List<Either<TencentCallFailure, GetCountryCodesResponse>> answers = new ArrayList<>();

    try (IntlPartnersClient client = IntlPartnersClient.create(config)) {
      for (int i = 0; i < 30; i++) {
        answers.add(client.getCountryCodes());
      }
    }

    assertThat(answers).hasSize(30).allSatisfy(answer -> assertThat(answer.isRight()).as("%s", answer).isTrue());
    assertThat(sandbox.tencent().throttledCount("GetCountryCodes")).isZero();
    assertThat(sandbox.tencent().requestCount("GetCountryCodes")).isEqualTo(30);
  }

  @Test
  void a_direct_allocation_whose_connection_drops_after_it_was_applied_is_possibly_applied_and_sent_once() {
    long customer = Long.parseLong(onboardOneCustomer());
    sandbox.tencent().faults().dropConnectionAfterWrite("AllocateCustomerCredit", 1);

    Either<TencentCallFailure, AllocateCustomerCreditResponse> answer;
    try (IntlPartnersClient client = IntlPartnersClient.create(config)) {
      answer = client.allocateCustomerCredit(
          AllocateCustomerCreditRequest.builder().clientUin(customer).addedCredit(new BigDecimal("10")).build());
    }

    assertThat(answer.isLeft()).as("%s", answer).isTrue();
    assertThat(answer.getLeft().maybeApplied()).isTrue();
    assertThat(answer.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(sandbox.tencent().requestCount("AllocateCustomerCredit")).isEqualTo(1);
    assertThat(sandbox.tencent().customer(Long.toString(customer)).orElseThrow().totalCredit())
        .isEqualByComparingTo("10");   // applied, once
  }

  /** One customer, made through a gateway on the same sandbox (set-up only); its UIN. */
  private String onboardOneCustomer() {
    try (TencentPartnerGateway gateway = TencentPartnerGateway.builder(config).journal(WriteJournal.inMemory())
        .build()) {
      gateway.sendVerificationCode(VerificationTarget.phone(CallingCode.parse("852").get(),
          PhoneNumber.parse("70000001").get())).get();
      String code = sandbox.tencent().lastVerificationCode("852", "70000001").orElseThrow();
      TencentRegistration registration = TencentRegistration.validate(TencentRegistrationForm.builder()
          .accountType("company").mail("direct@acme.example").password("Direct!2026pw").confirmPassword("Direct!2026pw")
          .phoneNumber("70000001").callingCode("852").area("HK").verificationCode(code)
          .tradeCategory("kghy_01", "kghy_0101").build()).get();
      return gateway.createCustomer(registration, IdempotencyKey.of("direct-1")).get().id().value();
    }
  }
}
