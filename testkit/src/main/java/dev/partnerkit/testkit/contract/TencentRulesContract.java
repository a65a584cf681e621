package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tencent's onboarding rules, end to end: the per-phone quota, banned calling codes, one account per email. */
public interface TencentRulesContract {

  ContractTarget target();

  @Test
  default void the_sixth_account_on_one_phone_is_refused() {
    Registrations registrations = new Registrations(target());
    String phone = registrations.phoneFor(100);
    for (int n = 0; n < 5; n++) {
      assertThat(target().gateway().createCustomer(registrations.onPhone(100 + n, phone), key()).isRight())
          .as("account %d on the phone", n + 1).isTrue();
    }
    long listed = target().gateway().customers().forEach(c -> {}).get();

    // Tencent refuses already the verification code for a sixth account; a vendor that sends it refuses the create
    var code = target().gateway().sendVerificationCode(
        VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(phone).get()));
    GatewayFailure sixth = code.isLeft()
        ? code.getLeft()
        : target().gateway().createCustomer(registrations.onPhone(105, phone), key()).getLeft();

    assertThat(sixth).isInstanceOf(GatewayFailure.Rejected.class);
    assertThat(((GatewayFailure.Rejected) sixth).rejection().code()).isEqualTo(RejectionCode.PHONE_QUOTA_EXCEEDED);
    assertThat(target().gateway().customers().forEach(c -> {}).get()).isEqualTo(listed);
  }

  @Test
  default void a_banned_calling_code_is_refused_before_any_call() {
    long calls = target().vendorCalls();
    for (String banned : new String[] {"86", "7", "380"}) {
      GatewayFailure failure = target().gateway()
          .sendVerificationCode(VerificationTarget.phone(CallingCode.parse(banned).get(), PhoneNumber.parse("13800138000").get()))
          .getLeft();
      assertThat(failure).isInstanceOf(GatewayFailure.InvalidRequest.class);
      assertThat(((GatewayFailure.InvalidRequest) failure).violations().map(v -> v.code()))
          .containsExactly(ViolationCode.CALLING_CODE_BANNED);
    }
    assertThat(target().vendorCalls()).isEqualTo(calls);
  }

  @Test
  default void a_registration_with_a_banned_calling_code_cannot_even_be_built() {
    var form = new Registrations(target()).tencentForm(110, "13800138000").toBuilder().callingCode("86").area("CN").build();
    var result = TencentRegistration.validate(form);
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(v -> v.code())).containsExactly(ViolationCode.CALLING_CODE_BANNED);
  }

  @Test
  default void an_email_holds_one_account() {
    Registrations registrations = new Registrations(target());
    var first = registrations.tencentForm(120, registrations.phoneFor(120));
    target().gateway().createCustomer(TencentRegistration.validate(first).get(), key()).get();
    var second = registrations.tencentForm(121, registrations.phoneFor(121)).toBuilder().mail(first.mail()).build();

    GatewayFailure failure = target().gateway().createCustomer(TencentRegistration.validate(second).get(), key()).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.CONFLICT);
  }

  private static IdempotencyKey key() {
    return IdempotencyKey.of("contract-" + UUID.randomUUID());
  }
}
