package dev.partnerkit.adapter.tencent.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.partnerkit.domain.Secret;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the records behave under Jackson, with a plain mapper (the annotations alone must carry the contract: no nulls
 * written, unknown fields ignored).
 */
class WireJsonContractTest {

  final ObjectMapper plain = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static CreateAccountRequestBuilder fullCreateAccount() {
    return CreateAccountRequest.builder()
        .accountType("personal")
        .mail("someone@example.com")
        .password(Secret.of("Pa55word!xyz"))
        .confirmPassword(Secret.of("Pa55word!xyz"))
        .phoneNum("98765432")
        .countryCode("852")
        .area("HK")
        .verifyCode(Secret.of("364928"))
        .tradeOne("kghy_01")
        .tradeTwo("kghy_0101");
  }

  @Test
  void requests_use_pascal_case_names_and_omit_unset_optionals() throws Exception {
    String json = plain.writeValueAsString(fullCreateAccount().build());
    assertThat(json)
        .isEqualTo(
            "{\"AccountType\":\"personal\",\"Mail\":\"someone@example.com\",\"Password\":\"Pa55word!xyz\","
                + "\"ConfirmPassword\":\"Pa55word!xyz\",\"PhoneNum\":\"98765432\",\"CountryCode\":\"852\","
                + "\"Area\":\"HK\",\"VerifyCode\":\"364928\",\"TradeOne\":\"kghy_01\",\"TradeTwo\":\"kghy_0101\"}");
  }

  @Test
  void money_is_written_exactly_and_integers_without_a_decimal_point() throws Exception {
    String json =
        plain.writeValueAsString(
            AllocateCustomerCreditRequest.builder().addedCredit(new BigDecimal("1.50")).clientUin(123L).build());
    assertThat(json).isEqualTo("{\"AddedCredit\":1.50,\"ClientUin\":123}");
  }

  @Test
  void a_request_without_parameters_is_an_empty_object() throws Exception {
    ObjectMapper lenient =
        JsonMapper.builder().disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
    assertThat(lenient.writeValueAsString(GetCountryCodesRequest.of())).isEqualTo("{}");
  }

  @Test
  void nested_request_types_omit_nulls_too() throws Exception {
    DescribeCustomerOwnCostExplorerSummaryRequest r =
        DescribeCustomerOwnCostExplorerSummaryRequest.builder()
            .dimension("business")
            .feeType("cost")
            .billType(1L)
            .startTime("2026-01")
            .endTime("2026-02")
            .periodType("month")
            .page(1L)
            .pageSize(10L)
            .filter(CostAnalyzeFilter.builder().regionIn(List.of("ap-singapore")).build())
            .build();
    assertThat(plain.writeValueAsString(r)).contains("\"Filter\":{\"RegionIn\":[\"ap-singapore\"]}");
  }

  @Test
  void responses_ignore_unknown_fields_and_keep_new_enum_values_as_strings() throws Exception {
    String json =
        "{\"Data\":[{\"ClientUin\":\"100\",\"Status\":\"SomeNewStatus\",\"Unknown\":{\"x\":1}}],"
            + "\"Total\":2,\"RequestId\":\"rid\",\"AlsoUnknown\":true}";
    // QueryPendingClientsV2: a String UIN in the example, an integer in the spec; both parse
    QueryPendingClientsV2Response r = plain.readValue(json, QueryPendingClientsV2Response.class);
    assertThat(r.requestId()).isEqualTo("rid");
    assertThat(r.total()).isEqualTo(2L);
    assertThat(r.data()).hasSize(1);
    assertThat(r.data().get(0).clientUin()).isEqualTo(100L);
  }

  @Test
  void floats_are_read_as_exact_decimals() throws Exception {
    QueryVoucherPoolResponse r =
        plain.readValue(
            "{\"AgentName\":\"a\",\"AccountType\":1,\"TotalQuota\":1000.10,\"RemainingQuota\":0.1,"
                + "\"IssuedNum\":3,\"RequestId\":\"r\"}",
            QueryVoucherPoolResponse.class);
    assertThat(r.totalQuota()).isEqualByComparingTo("1000.10");
    assertThat(r.remainingQuota()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void lists_are_copied_and_unmodifiable() {
    List<Long> uins = new ArrayList<>(List.of(1L, 2L));
    DescribeCustomerInfoRequest r = DescribeCustomerInfoRequest.of(uins);
    uins.add(3L);
    assertThat(r.customerUin()).containsExactly(1L, 2L);
    assertThatThrownBy(() -> r.customerUin().add(4L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void create_account_to_string_masks_password_confirmation_and_code() {
    String shown = fullCreateAccount().build().toString();
    assertThat(shown)
        .doesNotContain("Pa55word!xyz")
        .doesNotContain("364928")
        .contains("password=******", "confirmPassword=******", "verifyCode=******", "mail=someone@example.com");
    assertThat(new CreateAccountRequest(null, null, null, null, null, null, null, null, null, null, null, null))
        .hasToString(
            "CreateAccountRequest[accountType=null, mail=null, password=null, confirmPassword=null, phoneNum=null, "
                + "countryCode=null, area=null, verifyCode=null, tradeOne=null, tradeTwo=null, extended=null, "
                + "customerName=null]");
  }

  @Test
  void of_refuses_nulls_by_wire_name() {
    assertThatThrownBy(() -> DescribeCustomerUinRequest.of(1L, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("PageSize");
  }
}
