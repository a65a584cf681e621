package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.WireJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.adapter.huawei.api.CreatePersonalRealnameAuthRequest;
import dev.partnerkit.adapter.huawei.api.FreezeSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.BankCardInfo;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersResponse;
import dev.partnerkit.adapter.huawei.api.ShowSubCustomerBudgetResponse;
import dev.partnerkit.adapter.huawei.api.UpdateSubCustomerBudgetRequest;
import dev.partnerkit.domain.Secret;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed wire model: exact snake_case names, nulls omitted, unknown fields tolerated, secrets masked. */
class WireModelTest {

  @Test
  void every_record_component_of_the_wire_model_carries_its_snake_case_wire_name() {
    Set<Class<?>> records = wireRecords();
    int components = 0;
    for (Class<?> type : records) {
      for (RecordComponent c : type.getRecordComponents()) {
        JsonProperty property = findProperty(type, c);
        assertThat(property).as(type.getSimpleName() + "." + c.getName()).isNotNull();
        assertThat(property.value()).as(type.getSimpleName() + "." + c.getName()).isEqualTo(snake(c.getName()));
        components++;
      }
    }
    assertThat(records.size()).isGreaterThanOrEqualTo(100);
    assertThat(components).isGreaterThan(500);
  }

  @Test
  void requests_omit_nulls_and_use_wire_names() throws Exception {
    CreateSubCustomerRequest request = CreateSubCustomerRequest.builder()
        .xaccountId("x-1").xaccountType("plat").domainName("acme01").build();

    assertThat(WireJson.MAPPER.writeValueAsString(request))
        .isEqualTo("{\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\",\"domain_name\":\"acme01\"}");
  }

  @Test
  void money_is_written_and_read_as_exact_decimals() throws Exception {
    UpdateSubCustomerBudgetRequest request = UpdateSubCustomerBudgetRequest.builder()
        .customerId("c1").budgetAmount(new BigDecimal("0.10")).frozenOperateType(1).build();
    assertThat(WireJson.MAPPER.writeValueAsString(request))
        .isEqualTo("{\"customer_id\":\"c1\",\"budget_amount\":0.10,\"frozen_operate_type\":1}");

    ShowSubCustomerBudgetResponse response = WireJson.MAPPER.readValue(
        "{\"budget_amount\":1234567.89,\"used_amount\":0.1,\"measure_id\":1,\"currency\":\"USD\"}",
        ShowSubCustomerBudgetResponse.class);
    assertThat(response.budgetAmount()).isEqualByComparingTo("1234567.89");
    assertThat(response.usedAmount()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void responses_tolerate_unknown_fields_and_read_nested_lists() throws Exception {
    ListSubCustomersResponse response = WireJson.MAPPER.readValue(
        "{\"count\":1,\"brand_new_field\":{\"x\":1},\"customer_infos\":[{\"customer_id\":\"c1\","
            + "\"account_name\":\"acme01\",\"customer_type\":1,\"association_type\":\"2\",\"surprise\":true,"
            + "\"account_managers\":[{\"account_name\":\"mgr\"}]}]}",
        ListSubCustomersResponse.class);

    assertThat(response.count()).isEqualTo(1);
    assertThat(response.customerInfos()).hasSize(1);
    assertThat(response.customerInfos().get(0).customerId()).isEqualTo("c1");
    assertThat(response.customerInfos().get(0).customerType()).isEqualTo(1);
    assertThat(response.customerInfos().get(0).accountManagers().get(0).accountName()).isEqualTo("mgr");
    assertThat(response.customerInfos().get(0).email()).isNull();
  }

  @Test
  void request_builders_refuse_to_build_without_the_required_fields() {
    assertThatThrownBy(() -> FreezeSubCustomersRequest.builder().indirectPartnerId("r1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build FreezeSubCustomersRequest, some of required attributes are not set [customerIds, reason]");
    assertThatThrownBy(() -> CreateSubCustomerRequest.builder().domainName("acme").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[xaccountId, xaccountType]");
    assertThat(FreezeSubCustomersRequest.builder().customerIds(List.of("c1")).reason("overdue").build().customerIds())
        .containsExactly("c1");
  }

  @Test
  void passwords_verification_codes_and_id_numbers_never_show_in_to_string() {
    CreateSubCustomerRequest request = CreateSubCustomerRequest.builder()
        .xaccountId("x-1").xaccountType("plat").password(Secret.of("Pw-Secret-123"))
        .verificationCode(Secret.of("654321")).build();
    CreatePersonalRealnameAuthRequest auth = CreatePersonalRealnameAuthRequest.builder()
        .customerId("c1").verifiedNumber(Secret.of("110101199003070000"))
        .bankCardInfo(new BankCardInfo(Secret.of("6222020000000000"), "86", "13800000000", Secret.of("778899"))).build();

    assertThat(request.toString()).contains("x-1").doesNotContain("Pw-Secret-123").doesNotContain("654321");
    assertThat(auth.toString()).contains("c1")
        .doesNotContain("110101199003070000").doesNotContain("6222020000000000").doesNotContain("778899");
  }

  private static JsonProperty findProperty(Class<?> type, RecordComponent c) {
    JsonProperty onComponent = c.getAnnotation(JsonProperty.class);
    if (onComponent != null) {
      return onComponent;
    }
    try {
      return type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }

  /** Every request and response record of the catalog's operations, and the records they contain. */
  private static Set<Class<?>> wireRecords() {
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (BssOperation op : BssOperation.values()) {
      for (String suffix : new String[] {"Request", "Response"}) {
        try {
          todo.add(Class.forName(BssOperation.class.getPackageName() + "." + op.wireName() + suffix));
        } catch (ClassNotFoundException e) {
          assertThat(suffix).as("every operation has a response record: " + op.wireName()).isEqualTo("Request");
        }
      }
    }
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!type.isRecord() || !seen.add(type)) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        todo.add(c.getType());
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
          todo.add(element);
        }
      }
    }
    return seen;
  }
}
