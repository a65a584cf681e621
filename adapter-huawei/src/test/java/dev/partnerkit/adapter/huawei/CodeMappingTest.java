package dev.partnerkit.adapter.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14: every error code of CreateSubCustomer (spec section 3.4, 28 codes; the seed page 003 lists CBC.0100 and
 * CBC.0101) comes out as a specific kind, the form field at fault, or a vendor-neutral rejection code; the vendor's
 * code stays in the trace. Row by row, at the documented status.
 */
class CodeMappingTest {

  static String seen(String code, int status) {
    HuaweiCallFailure failure = new HuaweiCallFailure("CreateSubCustomer", Failures.ERRORS.classify(code, status),
        new VendorTrace(HuaweiCallFailure.SOURCE, code, "vendor message", Option.some(status), Option.none()),
        status >= 500, null);
    GatewayFailure seen = HuaweiFailures.toGateway(failure);
    assertThat(seen.trace().code()).isEqualTo(code);
    if (seen instanceof GatewayFailure.Rejected r) {
      return "REJECTED " + r.rejection().code().code();
    }
    if (seen instanceof GatewayFailure.InvalidRequest i) {
      return "INVALID_REQUEST " + i.violations().head().field();
    }
    return seen.kind().name();
  }

  @ParameterizedTest(name = "CreateSubCustomer {0} (HTTP {1}) -> {2}")
  @CsvSource(delimiter = '|', value = {
      "CBC.0100 | 400 | INVALID_REQUEST request",
      "CBC.0101 | 400 | INVALID_REQUEST request",
      "CBC.0151 | 403 | UNAUTHORIZED",
      "CBC.0154 | 401 | UNAUTHORIZED",
      "CBC.0250 | 429 | RATE_LIMITED",
      "CBC.0999 | 500 | OUTCOME_UNKNOWN",
      "CBC.50010059 | 400 | REJECTED permission.denied",
      "CBC.50010065 | 400 | REJECTED partner.restricted",
      "CBC.50010085 | 400 | REJECTED partner.restricted",
      "CBC.50010086 | 400 | REJECTED partner.restricted",
      "CBC.5017 | 400 | INVALID_REQUEST mobile",
      "CBC.7156 | 400 | CONFLICT",
      "CBC.99000004 | 400 | REJECTED vendor.refused",
      "CBC.99000029 | 400 | CONFLICT",
      "CBC.99000030 | 400 | REJECTED phone.quota_exceeded",
      "CBC.99000031 | 400 | INVALID_REQUEST accountName",
      "CBC.99000036 | 400 | INVALID_REQUEST password",
      "CBC.99000037 | 400 | REJECTED permission.denied",
      "CBC.99000038 | 400 | CONFLICT",
      "CBC.99000039 | 400 | CONFLICT",
      "CBC.99000050 | 500 | OUTCOME_UNKNOWN",
      "CBC.99000051 | 400 | CONFLICT",
      "CBC.99000082 | 400 | RATE_LIMITED",
      "CBC.99004003 | 400 | UNAVAILABLE",
      "CBC.99004008 | 400 | REJECTED verification_code.invalid",
      "CBC.99004009 | 400 | REJECTED verification_code.invalid",
      "CBC.99004010 | 400 | REJECTED verification_code.invalid",
      "CBC.99005035 | 400 | REJECTED permission.denied",
  })
  void every_create_sub_customer_code(String code, int status, String expected) {
    assertThat(seen(code, status)).isEqualTo(expected);
  }
}
