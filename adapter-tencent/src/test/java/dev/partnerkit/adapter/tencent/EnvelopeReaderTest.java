package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.adapter.tencent.api.QueryPartnerCreditResponse;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The envelope read in two streaming passes: what it says, then the record bound from the Response object. */
class EnvelopeReaderTest {

  private static final IntlPartnersAction ACTION = IntlPartnersAction.QUERY_PARTNER_CREDIT;

  private static io.vavr.control.Either<TencentCallFailure, QueryPartnerCreditResponse> read(int status, String body) {
    return EnvelopeReader.read(ACTION, status, body.getBytes(StandardCharsets.UTF_8), QueryPartnerCreditResponse.class);
  }

  @Test
  void the_response_is_bound_wherever_it_sits_among_the_top_level_fields() {
    QueryPartnerCreditResponse r = read(200, "{\"Other\":{\"Response\":1},\"Response\":{\"TotalCredit\":100.50,"
        + "\"Extra\":[1,{\"a\":2}],\"RemainingCredit\":7,\"RequestId\":\"req-1\"},\"After\":[]}").get();

    assertThat(r.totalCredit()).isEqualTo(new BigDecimal("100.50"));
    assertThat(r.remainingCredit()).isEqualTo(new BigDecimal("7"));
    assertThat(r.requestId()).isEqualTo("req-1");
  }

  @Test
  void an_error_in_the_response_is_a_vendor_failure_with_its_code_message_and_request_id() {
    TencentCallFailure failure = read(200, "{\"Response\":{\"RequestId\":\"req-2\",\"Error\":{\"Message\":\"no\","
        + "\"Code\":\"AuthFailure.SignatureFailure\",\"More\":{\"x\":1}}}}").getLeft();

    assertThat(failure.trace().code()).isEqualTo("AuthFailure.SignatureFailure");
    assertThat(failure.trace().message()).isEqualTo("no");
    assertThat(failure.trace().requestId()).isEqualTo(Option.some("req-2"));
  }

  @Test
  void an_error_without_a_code_still_is_a_vendor_failure() {
    TencentCallFailure failure = read(200, "{\"Response\":{\"Error\":{}}}").getLeft();

    assertThat(failure.trace().code()).isEqualTo("(no code)");
    assertThat(failure.trace().message()).isEmpty();
  }

  @Test
  void what_is_not_an_envelope_is_unexpected_and_a_bad_status_without_error_is_an_http_failure() {
    for (String body : new String[] {"", "[]", "{\"Response\":\"text\"}", "{\"Response\":{}} trailing", "{\"Resp",
        "{\"NoResponse\":{}}"}) {
      TencentCallFailure failure = read(200, body).getLeft();
      assertThat(failure.kind()).as(body).isEqualTo(FailureKind.UNEXPECTED);
      assertThat(failure.trace().code()).as(body).isEqualTo("response.malformed");
    }
    assertThat(read(502, "{\"Response\":{}}").getLeft().trace().code()).isEqualTo("http.502");
  }

  @Test
  void a_response_that_does_not_fit_the_record_is_unexpected() {
    TencentCallFailure failure = read(200, "{\"Response\":{\"TotalCredit\":{\"not\":\"a number\"}}}").getLeft();

    assertThat(failure.trace().code()).isEqualTo("response.malformed");
    assertThat(failure.trace().message()).contains("does not fit QueryPartnerCreditResponse");
  }
}
