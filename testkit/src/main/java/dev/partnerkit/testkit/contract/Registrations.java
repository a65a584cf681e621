package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.Email;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.VerificationTarget;
import java.util.UUID;

/**
 * Builds valid registrations for a target the way a real onboarding flow does: send a verification code, read what
 * the customer received, fill the form, validate it. Each registration is unique within a run.
 */
final class Registrations {

  private final ContractTarget target;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  Registrations(ContractTarget target) {
    this.target = target;
  }

  /** A registration numbered {@code n} with its own phone and email. */
  CustomerRegistration valid(int n) {
    return onPhone(n, phoneFor(n));
  }

  /** A registration numbered {@code n} on the given phone number (Tencent, Huawei China) with its own email. */
  CustomerRegistration onPhone(int n, String phone) {
    if (target.vendor() == Vendor.TENCENT) {
      return orFail(TencentRegistration.validate(tencentForm(n, phone)));
    }
    return orFail(HuaweiRegistration.validate(huaweiForm(n, phone), target.site().get()));
  }

  /** The Tencent form of registration {@code n}, with a code really sent to {@code phone}. */
  TencentRegistrationForm tencentForm(int n, String phone) {
    VerificationTarget to = VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(phone).get());
    return TencentRegistrationForm.builder()
        .accountType(n % 2 == 0 ? "personal" : "company")
        .mail("customer" + n + "." + run + "@example.com")
        .password("Secr3t!pw" + n)
        .confirmPassword("Secr3t!pw" + n)
        .phoneNumber(phone)
        .callingCode("852")
        .area("HK")
        .verificationCode(sendCode(to))
        .tradeCategory("kghy_01", "kghy_0101")
        .customerName("Customer " + n + " Ltd")
        .build();
  }

  /** The Huawei form of registration {@code n}, with a code really sent to its mobile or email. */
  HuaweiRegistrationForm huaweiForm(int n, String phone) {
    HuaweiRegistrationForm.Builder b = HuaweiRegistrationForm.builder()
        .xaccountId("user-" + run + "-" + n)
        .xaccountType("partnerkit_IDP")
        .accountName("pk_" + run + "_" + n)
        .password("Secr3t-pw" + n);
    if (target.site().contains(HuaweiSite.CHINA)) {
      VerificationTarget to = VerificationTarget.phone(CallingCode.parse("86").get(), PhoneNumber.parse(phone).get());
      return b.mobile(phone).verificationCode(sendCode(to)).build();
    }
    String mail = "customer" + n + "." + run + "@example.com";
    VerificationTarget to = VerificationTarget.mail(Email.parse(mail).get());
    return b.mail(mail).area("MX").verificationCode(sendCode(to)).build();
  }

  /** Where registration {@code n}'s verification code goes: a phone (Tencent, Huawei China) or a mail address. */
  VerificationTarget codeTarget(int n) {
    if (target.vendor() == Vendor.TENCENT) {
      return VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(phoneFor(n)).get());
    }
    if (target.site().contains(HuaweiSite.CHINA)) {
      return VerificationTarget.phone(CallingCode.parse("86").get(), PhoneNumber.parse(phoneFor(n)).get());
    }
    return VerificationTarget.mail(Email.parse("customer" + n + "." + run + "@example.com").get());
  }

  String phoneFor(int n) {
    return target.vendor() == Vendor.TENCENT
        ? String.format("9%07d", Math.abs((run.hashCode() + n) % 10_000_000))
        : String.format("138%08d", Math.abs((run.hashCode() + n) % 100_000_000));
  }

  private String sendCode(VerificationTarget to) {
    assertThat(target.gateway().sendVerificationCode(to).isRight()).as("send verification code to %s", to).isTrue();
    return target.receivedVerificationCode(to);
  }

  private static <T> T orFail(io.vavr.control.Validation<?, T> v) {
    if (v.isInvalid()) {
      throw new AssertionError("the contract's own registration is invalid: " + v.getError());
    }
    return v.get();
  }
}
