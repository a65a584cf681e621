package dev.partnerkit.sandbox.huawei;

import dev.partnerkit.domain.Email;
import dev.partnerkit.domain.HuaweiAccountName;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;

/** partnerkit's domain rules for a lone mobile number, email address or account name (no registration around it). */
final class ContactRules {
  private ContactRules() {}

  /** Whether Huawei China takes this as a mainland China mobile number (the same rule as a registration's). */
  static boolean chinaMobile(String mobile) {
    HuaweiRegistrationForm probe =
        HuaweiRegistrationForm.builder().xaccountId("probe").xaccountType("probe").mobile(mobile).verificationCode("000000").build();
    return HuaweiRegistration.validate(probe, HuaweiSite.CHINA)
        .fold(violations -> violations.forAll(v -> !v.field().equals(HuaweiRegistration.MOBILE)), ok -> true);
  }

  static boolean email(String email) {
    return Email.parse(email).isValid();
  }

  static boolean accountName(String name) {
    return HuaweiAccountName.parse(name).isValid();
  }
}
