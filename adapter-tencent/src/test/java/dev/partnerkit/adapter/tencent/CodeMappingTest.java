package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.ports.GatewayFailure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every error code of CreateAccount (seed 000, section 6, 26 codes) and of ApproveSubAgentApply (seed 001
 * and the spec's SDK list, 21 codes) comes out as a specific kind, the form field at fault, or a vendor-neutral
 * {@link RejectionCode}; the vendor's code stays in the trace. Row by row.
 */
class CodeMappingTest {

  /** What a caller sees: the kind, and the field or the rejection code where there is one. */
  static String seen(String action, String code) {
    GatewayFailure failure = TencentFailures.toGateway(
        TencentCallFailure.vendorError(action, code, "vendor message", 200, "req-1"));
    assertThat(failure.trace().code()).isEqualTo(code);
    if (failure instanceof GatewayFailure.Rejected r) {
      return "REJECTED " + r.rejection().code().code();
    }
    if (failure instanceof GatewayFailure.InvalidRequest i) {
      return "INVALID_REQUEST " + i.violations().head().field();
    }
    return failure.kind().name();
  }

  @ParameterizedTest(name = "CreateAccount {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "AuthFailure | UNAUTHORIZED",
      "FailedOperation.ExceedMaxBindCount | REJECTED binding.limit_reached",
      "FailedOperation.MailIsRegistered | CONFLICT",
      "FailedOperation.PhoneBindUpper | REJECTED phone.quota_exceeded",
      "FailedOperation.TradeInfoIncorrect | INVALID_REQUEST tradeCategory.secondLevel",
      "FailedOperation.VerificationCodeIllegal | REJECTED verification_code.invalid",
      "InternalError | UNAVAILABLE",
      "InvalidParameter.AccountTypeContentIncorrect | INVALID_REQUEST accountType",
      "InvalidParameter.AreaContentIncorrect | INVALID_REQUEST area",
      "InvalidParameter.AreaFormatIncorrect | INVALID_REQUEST area",
      "InvalidParameter.ConfirmPasswordContentIncorrect | INVALID_REQUEST confirmPassword",
      "InvalidParameter.CountryCodeContentIncorrect | INVALID_REQUEST callingCode",
      "InvalidParameter.CountryCodeFormatIncorrect | INVALID_REQUEST callingCode",
      "InvalidParameter.MailFormatIncorrect | INVALID_REQUEST email",
      "InvalidParameter.PasswordContentIncorrect | INVALID_REQUEST password",
      "InvalidParameter.PasswordFormatIncorrect | INVALID_REQUEST password",
      "InvalidParameter.PhoneNumFormatIncorrect | INVALID_REQUEST phoneNumber",
      "InvalidParameterValue.AccountTypeEmpty | INVALID_REQUEST accountType",
      "InvalidParameterValue.AreaEmpty | INVALID_REQUEST area",
      "InvalidParameterValue.CountryCodeEmpty | INVALID_REQUEST callingCode",
      "InvalidParameterValue.MailEmpty | INVALID_REQUEST email",
      "InvalidParameterValue.PasswordEmpty | INVALID_REQUEST password",
      "InvalidParameterValue.PhoneNumEmpty | INVALID_REQUEST phoneNumber",
      "InvalidParameterValue.TradeInfoEmpty | INVALID_REQUEST tradeCategory.firstLevel",
      "InvalidParameterValue.UnSupportArea | REJECTED area.not_supported",
      "UnauthorizedOperation | UNAUTHORIZED",
  })
  void every_create_account_code(String code, String expected) {
    assertThat(seen("CreateAccount", code)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "ApproveSubAgentApply {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "FailedOperation.AccountTypeNotCompany | REJECTED account.not_a_company",
      "FailedOperation.BindOrganizationAccount | REJECTED account.in_organization",
      "FailedOperation.ClientBalanceIsLessOrEqualZero | REJECTED account.balance_not_positive",
      "FailedOperation.ClientBuySP | REJECTED account.has_savings_plan",
      "FailedOperation.ClientCreateShareUnit | REJECTED account.in_share_unit",
      "FailedOperation.ClientJoinShareUnit | REJECTED account.in_share_unit",
      "FailedOperation.ExceedMaxBindCount | REJECTED binding.limit_reached",
      "FailedOperation.RealNameInApproval | REJECTED identity.verification_pending",
      "FailedOperation.RealNameNotCompleted | REJECTED identity.not_verified",
      "FailedOperation.RealNameReject | REJECTED identity.not_verified",
      "FailedOperation.RealNameTypeIllegal | REJECTED identity.not_verified",
      "FailedOperation.ResellerNotApply | NOT_FOUND",
      "FailedOperation.UinAlreadyKA | REJECTED account.key_account",
      "FailedOperation.UinAppliedAgent | REJECTED account.already_bound",
      "FailedOperation.UinNotReseller | REJECTED permission.denied",
      "InvalidParameterValue.UinAlreadyAppliedClient | REJECTED account.already_bound",
      "InvalidParameterValue.UinAlreadyClient | REJECTED account.already_bound",
      "InvalidParameterValue.UinAlreadyReseller | REJECTED account.already_bound",
      "InvalidParameterValue.UinIsSubAccount | REJECTED account.sub_account",
      "OperationDenied.ServiceBusy | UNAVAILABLE",
      "UnauthorizedOperation.UinNoAuth | UNAUTHORIZED",
  })
  void every_approve_sub_agent_apply_code(String code, String expected) {
    assertThat(seen("ApproveSubAgentApply", code)).isEqualTo(expected);
  }

  @Test
  void no_listed_code_is_the_generic_refusal_or_an_unnamed_field() {
    List<String> codes = List.of("FailedOperation.ExceedMaxBindCount", "FailedOperation.PhoneBindUpper",
        "FailedOperation.VerificationCodeIllegal", "InvalidParameterValue.UnSupportArea",
        "FailedOperation.AccountTypeNotCompany", "FailedOperation.BindOrganizationAccount",
        "FailedOperation.ClientBalanceIsLessOrEqualZero", "FailedOperation.ClientBuySP",
        "FailedOperation.ClientCreateShareUnit", "FailedOperation.ClientJoinShareUnit",
        "FailedOperation.RealNameInApproval", "FailedOperation.RealNameNotCompleted", "FailedOperation.RealNameReject",
        "FailedOperation.RealNameTypeIllegal", "FailedOperation.UinAlreadyKA", "FailedOperation.UinAppliedAgent",
        "FailedOperation.UinNotReseller", "InvalidParameterValue.UinAlreadyAppliedClient",
        "InvalidParameterValue.UinAlreadyClient", "InvalidParameterValue.UinAlreadyReseller",
        "InvalidParameterValue.UinIsSubAccount");
    for (String code : codes) {
      assertThat(seen("ApproveSubAgentApply", code)).as(code)
          .startsWith("REJECTED ").isNotEqualTo("REJECTED " + RejectionCode.REFUSED_BY_VENDOR.code());
    }
    assertThat(seen("CreateAccount", "InvalidParameter.Unheard")).isEqualTo("INVALID_REQUEST request");
    assertThat(seen("CreateAccount", "FailedOperation.Unheard")).isEqualTo("REJECTED vendor.refused");
  }
}
