package dev.partnerkit.ports;

import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Email;
import dev.partnerkit.domain.PhoneNumber;
import java.util.Objects;

/** Where a vendor sends a registration verification code: a phone (SMS) or an email address. */
public sealed interface VerificationTarget {

  /** A phone number with its calling code (Tencent; Huawei China uses calling code 86). */
  record Phone(CallingCode callingCode, PhoneNumber number) implements VerificationTarget {
    public Phone {
      Objects.requireNonNull(callingCode, "callingCode");
      Objects.requireNonNull(number, "number");
    }
  }

  /** An email address (Huawei International). */
  record Mail(Email address) implements VerificationTarget {
    public Mail {
      Objects.requireNonNull(address, "address");
    }
  }

  static VerificationTarget phone(CallingCode callingCode, PhoneNumber number) {
    return new Phone(callingCode, number);
  }

  static VerificationTarget mail(Email address) {
    return new Mail(address);
  }
}
