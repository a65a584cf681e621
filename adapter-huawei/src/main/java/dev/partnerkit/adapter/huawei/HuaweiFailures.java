package dev.partnerkit.adapter.huawei;

import dev.partnerkit.domain.HuaweiAccountName;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VendorTrace;
import java.util.Map;

/**
 * Turns a {@link HuaweiCallFailure} into the vendor-neutral {@link GatewayFailure}: the kind from the error table
 * picks the variant; Huawei's CBC code picks the field at fault or the {@link RejectionCode}.
 */
final class HuaweiFailures {

  private HuaweiFailures() {}

  /** A failure found before anything was sent. */
  static VendorTrace localTrace(String code, String message) {
    return VendorTrace.local(HuaweiCallFailure.SOURCE, code, message);
  }

  /** Huawei's input codes, by the partnerkit form field they concern. */
  private static final Map<String, Violation> VIOLATION_OF_CODE = Map.of(
      "CBC.99000031", Violation.of(ViolationCode.FORMAT, HuaweiAccountName.FIELD, "refused by Huawei: invalid account name"),
      "CBC.5017", Violation.of(ViolationCode.FORMAT, HuaweiRegistration.MOBILE, "refused by Huawei: invalid mobile number"),
      "CBC.99000036", Violation.of(ViolationCode.PASSWORD_TOO_WEAK, HuaweiRegistration.PASSWORD, "refused by Huawei: invalid password"));

  /** Huawei's business refusals, by the partnerkit rejection they are. */
  private static final Map<String, RejectionCode> REJECTION_OF_CODE = Map.ofEntries(
      Map.entry("CBC.99000030", RejectionCode.PHONE_QUOTA_EXCEEDED),
      Map.entry("CBC.99004008", RejectionCode.VERIFICATION_CODE_INVALID),
      Map.entry("CBC.99004009", RejectionCode.VERIFICATION_CODE_INVALID),
      Map.entry("CBC.99004010", RejectionCode.VERIFICATION_CODE_INVALID),
      Map.entry("CBC.99000037", RejectionCode.NOT_PERMITTED),
      Map.entry("CBC.99005035", RejectionCode.NOT_PERMITTED),
      Map.entry("CBC.99005003", RejectionCode.INSUFFICIENT_CREDIT),
      // CreateSubCustomer (spec 3.4): the partner's own standing
      Map.entry("CBC.50010059", RejectionCode.NOT_PERMITTED),
      Map.entry("CBC.18000016", RejectionCode.NOT_PERMITTED),
      Map.entry("CBC.50010065", RejectionCode.PARTNER_RESTRICTED),
      Map.entry("CBC.50010085", RejectionCode.PARTNER_RESTRICTED),
      Map.entry("CBC.50010086", RejectionCode.PARTNER_RESTRICTED),
      Map.entry("CBC.99000049", RejectionCode.ACCOUNT_BALANCE_NOT_POSITIVE));

  /** The refusal {@code code} is, for a REJECTED answer ({@link RejectionCode#REFUSED_BY_VENDOR} when unknown). */
  static RejectionCode rejectionOf(String code) {
    return REJECTION_OF_CODE.getOrDefault(code, RejectionCode.REFUSED_BY_VENDOR);
  }

  /** The violation an INVALID_REQUEST answer is: the form field its code names, else the request as a whole. */
  private static Violation violationOf(VendorTrace trace) {
    return VIOLATION_OF_CODE.getOrDefault(trace.code(), Violation.of(ViolationCode.FORMAT, "request",
        "refused by Huawei (" + trace.code() + "): " + trace.message()));
  }

  static GatewayFailure toGateway(HuaweiCallFailure failure) {
    if (failure.kind() == FailureKind.UNAVAILABLE && failure.maybeApplied()) {
      // a 5xx to a write: UNAVAILABLE, so that an idempotent write is retried, but it may have been applied
      return new GatewayFailure.OutcomeUnknown(
          failure.operation() + " may have been applied: look the result up first", failure.trace());
    }
    return failure.toGatewayFailure(HuaweiFailures::violationOf, HuaweiFailures::rejectionOf);
  }

}
