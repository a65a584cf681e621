package dev.partnerkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names the generator gives: record components and catalog constants. */
class WireModelTest {

  @Test
  void component_names_are_camel_case_of_pascal_and_snake_case_wire_names() {
    assertThat(WireModel.javaName("AccountType")).isEqualTo("accountType");
    assertThat(WireModel.javaName("UIN")).isEqualTo("uin");
    assertThat(WireModel.javaName("SMSCode")).isEqualTo("smsCode");
    assertThat(WireModel.javaName("ClientUins")).isEqualTo("clientUins");
    assertThat(WireModel.javaName("xaccount_id")).isEqualTo("xaccountId");
    assertThat(WireModel.javaName("is_close_market_ms")).isEqualTo("isCloseMarketMs");
    assertThat(WireModel.javaName("offset")).isEqualTo("offset");
  }

  @Test
  void catalog_constants_are_upper_snake_case_of_the_wire_names() {
    assertThat(WireModel.constant("CreateAccount")).isEqualTo("CREATE_ACCOUNT");
    assertThat(WireModel.constant("ForceQN")).isEqualTo("FORCE_QN");
    assertThat(WireModel.constant("QueryPendingClientsV2")).isEqualTo("QUERY_PENDING_CLIENTS_V2");
    assertThat(WireModel.constant("QueryT1IndirectCustomersDetail")).isEqualTo("QUERY_T1_INDIRECT_CUSTOMERS_DETAIL");
    assertThat(WireModel.constant("ListSubcustomerMonthlyBills")).isEqualTo("LIST_SUBCUSTOMER_MONTHLY_BILLS");
    assertThat(WireModel.constant("CreateSubCustomer")).isEqualTo("CREATE_SUB_CUSTOMER");
  }
}
