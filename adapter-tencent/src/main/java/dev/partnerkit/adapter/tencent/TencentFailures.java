package dev.partnerkit.adapter.tencent;

import dev.partnerkit.domain.Area;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Email;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.domain.TradeCategory;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.collection.Seq;
import java.util.Map;

/**
 * Turns a {@link TencentCallFailure} into the vendor-neutral {@link GatewayFailure}: the failure kind from the error
 * table picks the variant; for input and business refusals, Tencent's code picks the field at fault or the {@link
 * RejectionCode}, so that callers see the same values whatever the vendor.
 */
final class TencentFailures {

  private TencentFailures() {}

  /** Tencent's input codes, by the partnerkit form field they concern. */
  private static final Map<String, String> FIELD_OF_CODE = Map.ofEntries(
      Map.entry("InvalidParameter.AccountTypeContentIncorrect", "accountType"),
      Map.entry("InvalidParameterValue.AccountTypeEmpty", "accountType"),
      Map.entry("InvalidParameter.MailFormatIncorrect", Email.FIELD),
      Map.entry("InvalidParameterValue.MailEmpty", Email.FIELD),
      Map.entry("InvalidParameter.PasswordContentIncorrect", TencentRegistrationForm.PASSWORD),
      Map.entry("InvalidParameter.PasswordFormatIncorrect", TencentRegistrationForm.PASSWORD),
      Map.entry("InvalidParameterValue.PasswordEmpty", TencentRegistrationForm.PASSWORD),
      Map.entry("InvalidParameter.ConfirmPasswordContentIncorrect", TencentRegistrationForm.CONFIRM_PASSWORD),
      Map.entry("InvalidParameter.PhoneNumFormatIncorrect", PhoneNumber.FIELD),
      Map.entry("InvalidParameterValue.PhoneNumEmpty", PhoneNumber.FIELD),
      Map.entry("InvalidParameter.CountryCodeContentIncorrect", CallingCode.FIELD),
      Map.entry("InvalidParameter.CountryCodeFormatIncorrect", CallingCode.FIELD),
      Map.entry("InvalidParameterValue.CountryCodeEmpty", CallingCode.FIELD),
      Map.entry("InvalidParameter.AreaContentIncorrect", Area.FIELD),
      Map.entry("InvalidParameter.AreaFormatIncorrect", Area.FIELD),
      Map.entry("InvalidParameterValue.AreaEmpty", Area.FIELD),
      Map.entry("InvalidParameterValue.TradeInfoEmpty", TradeCategory.FIRST_FIELD),
      Map.entry("FailedOperation.TradeInfoIncorrect", TradeCategory.SECOND_FIELD));

  /** Tencent's business refusals, by the partnerkit rejection they are. */
  private static final Map<String, RejectionCode> REJECTION_OF_CODE = Map.ofEntries(
      Map.entry("FailedOperation.PhoneBindUpper", RejectionCode.PHONE_QUOTA_EXCEEDED),
      Map.entry("FailedOperation.VerificationCodeIllegal", RejectionCode.VERIFICATION_CODE_INVALID),
      Map.entry("InvalidParameterValue.UnSupportArea", RejectionCode.AREA_NOT_SUPPORTED),
      Map.entry("FailedOperation.BalanceInsufficient", RejectionCode.INSUFFICIENT_CREDIT),
      Map.entry("InvalidParameterValue.CreditAmountOutOfRange", RejectionCode.INSUFFICIENT_CREDIT),
      Map.entry("FailedOperation.UinNotReseller", RejectionCode.NOT_PERMITTED),
      Map.entry("FailedOperation.UinNotAgent", RejectionCode.NOT_PERMITTED),
      // CreateAccount (seed 000) and ApproveSubAgentApply (seed 001, spec): refusals a user acts on
      Map.entry("FailedOperation.ExceedMaxBindCount", RejectionCode.BIND_LIMIT_REACHED),
      Map.entry("FailedOperation.AccountTypeNotCompany", RejectionCode.ACCOUNT_NOT_A_COMPANY),
      Map.entry("FailedOperation.BindOrganizationAccount", RejectionCode.ACCOUNT_IN_ORGANIZATION),
      Map.entry("FailedOperation.ClientBalanceIsLessOrEqualZero", RejectionCode.ACCOUNT_BALANCE_NOT_POSITIVE),
      Map.entry("FailedOperation.ClientBuySP", RejectionCode.ACCOUNT_HAS_SAVINGS_PLAN),
      Map.entry("FailedOperation.ClientCreateShareUnit", RejectionCode.ACCOUNT_IN_SHARE_UNIT),
      Map.entry("FailedOperation.ClientJoinShareUnit", RejectionCode.ACCOUNT_IN_SHARE_UNIT),
      Map.entry("FailedOperation.RealNameInApproval", RejectionCode.IDENTITY_VERIFICATION_PENDING),
      Map.entry("FailedOperation.RealNameNotCompleted", RejectionCode.IDENTITY_NOT_VERIFIED),
      Map.entry("FailedOperation.RealNameReject", RejectionCode.IDENTITY_NOT_VERIFIED),
      Map.entry("FailedOperation.RealNameTypeIllegal", RejectionCode.IDENTITY_NOT_VERIFIED),
      Map.entry("FailedOperation.UinAlreadyKA", RejectionCode.ACCOUNT_IS_KEY_ACCOUNT),
      Map.entry("FailedOperation.UinAppliedAgent", RejectionCode.ACCOUNT_ALREADY_BOUND),
      Map.entry("InvalidParameterValue.UinAlreadyAppliedClient", RejectionCode.ACCOUNT_ALREADY_BOUND),
      Map.entry("InvalidParameterValue.UinAlreadyClient", RejectionCode.ACCOUNT_ALREADY_BOUND),
      Map.entry("InvalidParameterValue.UinAlreadyReseller", RejectionCode.ACCOUNT_ALREADY_BOUND),
      Map.entry("InvalidParameterValue.UinIsSubAccount", RejectionCode.ACCOUNT_IS_SUB_ACCOUNT));

  /** The refusal {@code code} is, for a REJECTED answer ({@link RejectionCode#REFUSED_BY_VENDOR} when unknown). */
  static RejectionCode rejectionOf(String code) {
    return REJECTION_OF_CODE.getOrDefault(code, RejectionCode.REFUSED_BY_VENDOR);
  }

  /** The form field {@code code} concerns, for an INVALID_REQUEST answer ({@code request} when unknown). */
  static String fieldOf(String code) {
    return FIELD_OF_CODE.getOrDefault(code, "request");
  }

  /** A failure found before anything was sent. */
  static VendorTrace localTrace(String code, String message) {
    return VendorTrace.local(TencentCallFailure.SOURCE, code, message);
  }

  /** A request refused before sending, for {@code violations}. */
  static GatewayFailure invalid(Seq<Violation> violations) {
    return new GatewayFailure.InvalidRequest(violations, localTrace("invalid_request", "refused before sending"));
  }

  /** {@code what} (e.g. {@code customer 42}) does not exist, or cannot at Tencent; nothing was sent. */
  static GatewayFailure notFound(String what) {
    return new GatewayFailure.NotFound(what, localTrace("not_found", what + " does not exist"));
  }

  static GatewayFailure toGateway(TencentCallFailure failure) {
    return failure.toGatewayFailure(TencentFailures::violationOf, TencentFailures::rejectionOf);
  }

  private static Violation violationOf(VendorTrace trace) {
    String code = trace.code();
    String message = trace.message();
    String field = fieldOf(code);
    ViolationCode kind = code.endsWith("Empty") ? ViolationCode.REQUIRED
        : code.equals("FailedOperation.TradeInfoIncorrect") ? ViolationCode.TRADE_CATEGORY_MISMATCH
        : ViolationCode.FORMAT;
    return Violation.of(kind, field, "refused by Tencent (" + code + "): " + message);
  }
}
