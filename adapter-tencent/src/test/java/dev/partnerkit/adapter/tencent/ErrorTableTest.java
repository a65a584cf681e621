package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.ErrorTable;
import dev.partnerkit.ports.FailureKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error table against the code lists of spec sections 6.3 and 6.4 (a verbatim copy in spec/error-codes.md). */
class ErrorTableTest {

  static final ErrorTable TABLE = TencentCallFailure.ERRORS;

  /** Tencent sends its errors with HTTP 200; no row depends on the status. */
  static FailureKind kindOf(String code) {
    return TABLE.classify(code, 200);
  }

  static final Pattern CODE_ROW = Pattern.compile("^\\| `([A-Za-z0-9.]+)` \\|.*$");

  static Set<String> codesOfSection(String heading) {
    Set<String> codes = new LinkedHashSet<>();
    boolean inSection = false;
    for (String line : SpecResource.lines("error-codes.md")) {
      if (line.startsWith("### ")) {
        inSection = line.startsWith(heading);
      }
      Matcher m = CODE_ROW.matcher(line);
      if (inSection && m.matches()) {
        codes.add(m.group(1));
      }
    }
    return codes;
  }

  @Test
  void the_spec_lists_38_common_and_69_business_codes() {
    assertThat(codesOfSection("### 6.3")).hasSize(38);
    assertThat(codesOfSection("### 6.4")).hasSize(69);
  }

  @Test
  void every_code_of_sections_6_3_and_6_4_has_an_explicit_row() {
    Set<String> all = new LinkedHashSet<>(codesOfSection("### 6.3"));
    all.addAll(codesOfSection("### 6.4"));
    List<String> missing = new ArrayList<>();
    for (String code : all) {
      if (TABLE.exactRow(code).isEmpty()) {
        missing.add(code);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(all).hasSize(99); // 38 + 69 less the 8 codes listed in both
  }

  @Test
  void the_table_has_no_exact_row_the_spec_does_not_list() {
    Set<String> all = new LinkedHashSet<>(codesOfSection("### 6.3"));
    all.addAll(codesOfSection("### 6.4"));
    assertThat(TABLE.rows().stream().map(ErrorTable.Row::match).filter(code -> !code.endsWith(".*")))
        .allMatch(all::contains);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // throttling
    "RequestLimitExceeded, RATE_LIMITED",
    "RequestLimitExceeded.UinLimitExceeded, RATE_LIMITED",
    "RequestLimitExceeded.IPLimitExceeded, RATE_LIMITED",
    "FailedOperation.SendVerifyCodeLimit60, RATE_LIMITED",
    "FailedOperation.SendMailLimit180, RATE_LIMITED",
    // credentials and permissions
    "AuthFailure, UNAUTHORIZED",
    "AuthFailure.SignatureFailure, UNAUTHORIZED",
    "AuthFailure.SignatureExpire, UNAUTHORIZED",
    "AuthFailure.SecretIdNotFound, UNAUTHORIZED",
    "UnauthorizedOperation, UNAUTHORIZED",
    "UnauthorizedOperation.UinNoAuth, UNAUTHORIZED",
    "UnauthorizedOperation.NotCustomerUin, UNAUTHORIZED",
    "IpNotInWhitelist, UNAUTHORIZED",
    // malformed input
    "InvalidParameter, INVALID_REQUEST",
    "InvalidParameter.PasswordFormatIncorrect, INVALID_REQUEST",
    "InvalidParameterValue.PhoneNumEmpty, INVALID_REQUEST",
    "MissingParameter, INVALID_REQUEST",
    "UnknownParameter, INVALID_REQUEST",
    "FailedOperation.VerificationCodeIllegal, REJECTED",
    "InvalidParameterValue.UnSupportArea, REJECTED",
    "FailedOperation.TradeInfoIncorrect, INVALID_REQUEST",
    // business refusals
    "FailedOperation, REJECTED",
    "FailedOperation.PhoneBindUpper, REJECTED",
    "FailedOperation.ExceedMaxBindCount, REJECTED",
    "FailedOperation.BalanceInsufficient, REJECTED",
    "InvalidParameterValue.UinAlreadyClient, REJECTED",
    "InvalidParameterValue.CreditAmountOutOfRange, REJECTED",
    "OperationDenied, REJECTED",
    // conflicts and absences
    "FailedOperation.MailIsRegistered, CONFLICT",
    "ResourceNotFound, NOT_FOUND",
    "FailedOperation.ClientNotApply, NOT_FOUND",
    // transient
    "InternalError, UNAVAILABLE",
    "ServiceUnavailable, UNAVAILABLE",
    "OperationDenied.ServiceBusy, UNAVAILABLE",
    // never classified by guess
    "DryRunOperation, UNEXPECTED",
  })
  void important_codes(String code, FailureKind kind) {
    assertThat(kindOf(code)).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "RequestLimitExceeded.SomethingNew, RATE_LIMITED",
    "AuthFailure.SomethingNew, UNAUTHORIZED",
    "InvalidParameter.SomethingNew, INVALID_REQUEST",
    "InvalidParameterValue.Some.Deeper.Code, INVALID_REQUEST",
    "ResourceNotFound.Customer, NOT_FOUND",
    "FailedOperation.SomethingNew, REJECTED",
    "UnauthorizedOperation.SomethingNew, UNAUTHORIZED",
    "InternalError.DbError, UNAVAILABLE",
  })
  void unknown_codes_of_a_known_family_take_the_family_kind(String code, FailureKind kind) {
    assertThat(TABLE.exactRow(code).isEmpty()).isTrue();
    assertThat(kindOf(code)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"SomethingBrandNew", "Brand.New.Code", "InvalidParameterish", "FailedOperationX.Foo", "''"})
  void anything_else_is_unexpected(String code) {
    assertThat(kindOf(code)).isEqualTo(FailureKind.UNEXPECTED);
  }

  @Test
  void null_is_unexpected() {
    assertThat(kindOf(null)).isEqualTo(FailureKind.UNEXPECTED);
  }
}
