package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    assertThat(ActionCatalog.all().stream().map(ActionSpec::name))
        .containsExactlyElementsOf(summary.keySet());
  }

  @Test
  void rate_limits_paging_and_category_match_section_1_exactly() {
    Map<String, SummaryRow> summary = summary();
    for (ActionSpec action : ActionCatalog.all()) {
      SummaryRow row = summary.get(action.name());
      assertThat(action.ratePerSecond()).as("rate limit of %s", action.name()).isEqualTo(row.rate());
      assertThat(action.paged()).as("paging of %s", action.name()).isEqualTo(row.paged());
      assertThat(action.category()).as("category of %s", action.name()).isEqualTo(row.category());
    }
  }

  @Test
  void a_few_limits_spelled_out() {
    assertThat(ActionCatalog.get("ForceQN").ratePerSecond()).isEqualTo(2);
    assertThat(ActionCatalog.get("CreateAndSendClientInvitationMail").ratePerSecond()).isEqualTo(1);
    assertThat(ActionCatalog.get("DescribeBillSummaryByRegion").ratePerSecond()).isEqualTo(1);
    assertThat(ActionCatalog.get("CreateAccount").ratePerSecond()).isEqualTo(5);
    assertThat(ActionCatalog.get("ApproveSubAgentApply").ratePerSecond()).isEqualTo(20);
  }

  @Test
  void exactly_the_nine_writes_mutate() {
    assertThat(ActionCatalog.all().stream().filter(ActionSpec::mutating).map(ActionSpec::name))
        .containsExactlyInAnyOrderElementsOf(MUTATING);
    // every other action is a read: its name says so
    assertThat(ActionCatalog.all().stream().filter(a -> !a.mutating()).map(ActionSpec::name))
        .allMatch(n -> n.startsWith("Query") || n.startsWith("Describe") || n.startsWith("Get"));
  }

  @Test
  void an_action_pages_exactly_when_its_request_has_page_and_page_size() throws Exception {
    for (ActionSpec action : ActionCatalog.all()) {
      Class<?> request = Class.forName("dev.partnerkit.adapter.tencent.api." + action.name() + "Request");
      Set<String> wire =
          Arrays.stream(request.getRecordComponents())
              .map(RecordComponent::getAccessor)
              .map(m -> m.getAnnotation(JsonProperty.class).value())
              .collect(Collectors.toSet());
      assertThat(wire.containsAll(Set.of("Page", "PageSize"))).as(action.name()).isEqualTo(action.paged());
    }
  }

  @Test
  void an_unknown_action_is_refused() {
    assertThat(ActionCatalog.find("QueryCreditQuota")).isEmpty(); // removed in 2025: must not come back
    assertThatThrownBy(() -> ActionCatalog.get("QueryCreditQuota")).isInstanceOf(IllegalArgumentException.class);
  }
}
