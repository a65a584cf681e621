package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * {@code POST /v2/bases/verificationcode/send} (spec section 4.1): China sends an SMS code to a mainland mobile
 * ({@code receiver_type=1}), International an email code ({@code receiver_type=2}). The 6-digit code is kept for
 * CreateSubCustomer and readable through {@link HuaweiSandbox#lastVerificationCode}. Validity: {@code timeout}
 * minutes, 10 by default, and 5 when more than 60 is asked. Answers 204.
 */
final class SendVerificationMessageCode implements OperationHandler {
  static final int DEFAULT_MINUTES = 10;

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    JsonNode body = request.json();
    boolean china = book.site == HuaweiSite.CHINA;
    int receiverType = Fields.integer(body, "receiver_type").orElseThrow(() -> HuaweiError.badParameter("The parameter receiver_type is required."));
    if (receiverType != (china ? 1 : 2)) {
      throw HuaweiError.badParameter("The parameter receiver_type must be " + (china ? 1 : 2) + " on this site.");
    }
    String target;
    if (china) {
      target = Fields.requiredText(body, "mobile_phone", 32);
      if (!SubCustomerRules.chinaMobile(target)) {
        throw HuaweiError.badParameter("The parameter mobile_phone must be a mainland China mobile number.");
      }
    } else {
      target = Fields.requiredText(body, "email", 256);
      if (!SubCustomerRules.email(target)) {
        throw HuaweiError.badParameter("The parameter email is not a valid email address.");
      }
    }
    int minutes = Fields.integer(body, "timeout").orElse(DEFAULT_MINUTES);
    if (minutes < 1) {
      throw HuaweiError.badParameter("The parameter timeout must be positive.");
    }
    book.codes.issue(target, Duration.ofMinutes(minutes > 60 ? 5 : minutes));
    return WireResponse.noContent();
  }
}
