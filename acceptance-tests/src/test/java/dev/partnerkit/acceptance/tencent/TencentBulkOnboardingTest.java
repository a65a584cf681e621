package dev.partnerkit.acceptance.tencent;

import dev.partnerkit.adapter.support.WriteJournal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.testkit.PartnerkitSandbox;
import dev.partnerkit.testkit.RunningSandbox;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A bulk onboarding from several threads through one gateway, against the sandbox with Tencent's published rate
 * limits (CreateAccount 5/s, SendVerifyCode 20/s): the client-side limiter keeps every request within the limits, so
 * the vendor never answers RequestLimitExceeded. (How close to the limit it runs is measured by the benchmarks, not
 * asserted here.) The sandbox is the testkit's, one for the class.
 */
@PartnerkitSandbox
class TencentBulkOnboardingTest {

  @Test
  void a_bulk_job_from_four_threads_is_never_throttled_and_creates_each_account_once(RunningSandbox sandbox)
      throws Exception {
    try (TencentPartnerGateway gateway =
        TencentPartnerGateway.builder(sandbox.tencentConfig().build()).journal(WriteJournal.inMemory()).build()) {
      int customers = 16;
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Either<GatewayFailure, CustomerCreated>>> results = new ArrayList<>();
      for (int n = 0; n < customers; n++) {
        int i = n;
        results.add(pool.submit(() -> onboard(gateway, sandbox, i)));
      }
      List<String> ids = new ArrayList<>();
      for (var r : results) {
        ids.add(r.get().get().id().value());
      }
      pool.shutdown();

      assertThat(ids).hasSize(customers).doesNotHaveDuplicates();
      assertThat(sandbox.tencent().accountCount()).isEqualTo(customers);
      assertThat(sandbox.tencent().throttledCount("CreateAccount")).isZero();
      assertThat(sandbox.tencent().throttledCount("SendVerifyCode")).isZero();
      assertThat(sandbox.tencent().requestCount("CreateAccount")).isEqualTo(customers);
    }
  }

  private static Either<GatewayFailure, CustomerCreated> onboard(TencentPartnerGateway gateway, RunningSandbox sandbox,
      int n) {
    String phone = String.format("6%07d", n);
    gateway.sendVerificationCode(VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(phone).get())).get();
    String code = sandbox.tencent().lastVerificationCode("852", phone).orElseThrow();
    TencentRegistration registration = TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("company").mail("bulk" + n + "@example.com").password("Bulk!2026pw").confirmPassword("Bulk!2026pw")
        .phoneNumber(phone).callingCode("852").area("HK").verificationCode(code).tradeCategory("kghy_01", "kghy_0101")
        .build()).get();
    return gateway.createCustomer(registration, IdempotencyKey.of("bulk-" + n));
  }
}
