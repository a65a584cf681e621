package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partnerkit.adapter.support.OperationClass;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The action catalog against the action summary of spec section 1 (a verbatim copy in spec/action-summary.md). */
class ActionCatalogTest {

  record SummaryRow(String action, String category, int rate, boolean paged) {}

  static final Pattern ROW =
      Pattern.compile("^\\| (\\d+) \\| \\[(\\w+)\\]\\(#\\w+\\) \\| ([^|]+)\\| [^|]+\\| (\\d+) \\| ([^|]+)\\|.*$");

  static Map<String, SummaryRow> summary() {
    Map<String, SummaryRow> rows = new LinkedHashMap<>();
    for (String line : SpecResource.lines("action-summary.md")) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        String paging = m.group(5).trim();
        assertThat(paging).isIn("none", "Page/PageSize");
        rows.put(
            m.group(2),
            new SummaryRow(
                m.group(2), m.group(3).trim(), Integer.parseInt(m.group(4)), paging.equals("Page/PageSize")));
      }
    }
    return rows;
  }

  static final Set<String> MUTATING =
      Set.of(
          "CreateAccount",
          "ApproveClientApply",
          "ApproveSubAgentApply",
          "CreateAndSendClientInvitationMail",
          "SendVerifyCode",
          "AllocateCreditPool",
          "AllocateCustomerCredit",
          "ForceQN",
          "ModifyClientRemark");

  @Test
  void all_46_actions_of_section_1_are_in_the_catalog_in_the_same_order() {
    Map<String, SummaryRow> summary = summary();
    assertThat(summary).hasSize(46);
    assertThat(List.of(IntlPartnersAction.values()).stream().map(IntlPartnersAction::wireName))
        .containsExactlyElementsOf(summary.keySet());
  }

  @Test
  void rate_limits_paging_and_category_match_section_1_exactly() {
    Map<String, SummaryRow> summary = summary();
    for (IntlPartnersAction action : List.of(IntlPartnersAction.values())) {
      SummaryRow row = summary.get(action.wireName());
      assertThat(action.ratePerSecond()).as("rate limit of %s", action.wireName()).isEqualTo(row.rate());
      assertThat(action.paged()).as("paging of %s", action.wireName()).isEqualTo(row.paged());
      assertThat(action.category()).as("category of %s", action.wireName()).isEqualTo(row.category());
    }
  }

  @Test
  void a_few_limits_spelled_out() {
    assertThat(IntlPartnersAction.FORCE_QN.ratePerSecond()).isEqualTo(2);
    assertThat(IntlPartnersAction.CREATE_AND_SEND_CLIENT_INVITATION_MAIL.ratePerSecond()).isEqualTo(1);
    assertThat(IntlPartnersAction.DESCRIBE_BILL_SUMMARY_BY_REGION.ratePerSecond()).isEqualTo(1);
    assertThat(IntlPartnersAction.CREATE_ACCOUNT.ratePerSecond()).isEqualTo(5);
    assertThat(IntlPartnersAction.APPROVE_SUB_AGENT_APPLY.ratePerSecond()).isEqualTo(20);
  }

  @Test
  void exactly_the_nine_writes_mutate() {
    assertThat(List.of(IntlPartnersAction.values()).stream().filter(IntlPartnersAction::mutating).map(IntlPartnersAction::wireName))
        .containsExactlyInAnyOrderElementsOf(MUTATING);
    // every other action is a read: its name says so
    assertThat(List.of(IntlPartnersAction.values()).stream().filter(a -> !a.mutating()).map(IntlPartnersAction::wireName))
        .allMatch(n -> n.startsWith("Query") || n.startsWith("Describe") || n.startsWith("Get"));
    assertThat(List.of(IntlPartnersAction.values()).stream().filter(a -> !a.mutating()))
        .allMatch(a -> a.operationClass() == OperationClass.READ);
  }

  @Test
  void setting_a_remark_or_a_force_qn_state_is_the_only_idempotent_write() {
    assertThat(List.of(IntlPartnersAction.values()).stream()
            .filter(a -> a.operationClass() == OperationClass.IDEMPOTENT_WRITE))
        .containsExactlyInAnyOrder(IntlPartnersAction.FORCE_QN, IntlPartnersAction.MODIFY_CLIENT_REMARK);
    assertThat(IntlPartnersAction.CREATE_ACCOUNT.operationClass()).isEqualTo(OperationClass.NON_IDEMPOTENT_WRITE);
    assertThat(IntlPartnersAction.ALLOCATE_CUSTOMER_CREDIT.operationClass())
        .isEqualTo(OperationClass.NON_IDEMPOTENT_WRITE);
    assertThat(IntlPartnersAction.SEND_VERIFY_CODE.operationClass()).isEqualTo(OperationClass.NON_IDEMPOTENT_WRITE);
  }

  @Test
  void an_action_pages_exactly_when_its_request_has_page_and_page_size() throws Exception {
    for (IntlPartnersAction action : List.of(IntlPartnersAction.values())) {
      Class<?> request = Class.forName("dev.partnerkit.adapter.tencent.api." + action.wireName() + "Request");
      Set<String> wire =
          Arrays.stream(request.getRecordComponents())
              .map(RecordComponent::getAccessor)
              .map(m -> m.getAnnotation(JsonProperty.class).value())
              .collect(Collectors.toSet());
      assertThat(wire.containsAll(Set.of("Page", "PageSize"))).as(action.wireName()).isEqualTo(action.paged());
    }
  }

  @Test
  void an_unknown_action_is_refused() {
    assertThat(IntlPartnersAction.ofWireName("QueryCreditQuota")).isEmpty(); // removed in 2025: must not come back
    assertThatThrownBy(() -> IntlPartnersAction.valueOf("QUERY_CREDIT_QUOTA")).isInstanceOf(IllegalArgumentException.class);
  }
}
