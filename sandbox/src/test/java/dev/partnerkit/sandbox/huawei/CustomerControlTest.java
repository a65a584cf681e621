package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** International spending control: freeze/unfreeze with partial failures, and budgets. */
class CustomerControlTest {
  private static final String FREEZE = "/v2/partners/sub-customers/freeze";
  private static final String UNFREEZE = "/v2/partners/sub-customers/unfreeze";
  private static final String BUDGET = "/v2/partners/sub-customers/budget";

  private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");
  private HuaweiFrontDoor door;
  private Partner partner;

  @BeforeEach
  void start() {
    door = HuaweiFrontDoor.builder().site(HuaweiSite.INTERNATIONAL).clock(clock).rateLimitScale(100).build();
    partner = new Partner(door, new Wire(door, clock));
  }

  @AfterEach
  void stop() {
    door.close();
  }

  private int frozen(String id) {
    return partner.list(Wire.json().put("customer_id", id)).body().path("customer_infos").get(0).path("is_frozen").asInt(-1);
  }

  @Test
  void unfreezeAndFreezeReportUnknownIdsInErrorDetailsWith200() {
    String a = partner.createCustomer("user-1", "acme_north");
    String b = partner.createCustomer("user-2", "acme_south");
    assertThat(frozen(a)).as("a resale customer starts frozen").isEqualTo(1);
    String unknown = "0123456789abcdef0123456789abcdef";

    Wire.Answer un = partner.wire.post(UNFREEZE, Wire.json().put("reason", "paid").set("customer_ids", Wire.JSON.valueToTree(java.util.List.of(a, b))));
    assertThat(un.status()).isEqualTo(200);
    assertThat(un.body().has("error_details")).isFalse();
    assertThat(frozen(a)).isZero();

    Wire.Answer partial = partner.wire.post(FREEZE, Wire.json().put("reason", "overdue").put("freeze_type", "ACCOUNT")
        .set("customer_ids", Wire.JSON.valueToTree(java.util.List.of(a, unknown))));
    assertThat(partial.status()).isEqualTo(200);
    JsonNode details = partial.body().path("error_details");
    assertThat(details).hasSize(1);
    assertThat(details.get(0).path("id").asText()).isEqualTo(unknown);
    assertThat(details.get(0).path("error_code").asText()).isEqualTo("CBC.99000035");
    assertThat(frozen(a)).isEqualTo(1);
    assertThat(frozen(b)).isZero();
  }

  @Test
  void freezeChecksItsParameters() {
    String a = partner.createCustomer("user-1", "acme_north");
    assertThat(partner.wire.post(FREEZE, Wire.json().set("customer_ids", Wire.JSON.valueToTree(java.util.List.of(a)))).errorCode())
        .as("reason is required").isEqualTo("CBC.0100");
    java.util.List<String> eleven = java.util.Collections.nCopies(11, a);
    assertThat(partner.wire.post(FREEZE, Wire.json().put("reason", "x").set("customer_ids", Wire.JSON.valueToTree(eleven))).errorCode())
        .isEqualTo("CBC.0100");
  }

  @Test
  void aBudgetIsSetWith204ShownListedAndRecorded() {
    String a = partner.createCustomer("user-1", "acme_north");
    Wire.Answer set = partner.wire.post(BUDGET, Wire.json().put("customer_id", a).put("budget_amount", 1500.50)
        .put("budget_type", "MONTHLY").put("cancel_partner_frozen", "1"));
    assertThat(set.status()).as("%s", set.body()).isEqualTo(204);
    assertThat(set.body()).isNull();
    assertThat(frozen(a)).as("cancel_partner_frozen=1 unfreezes").isZero();

    JsonNode shown = partner.wire.get(BUDGET, "customer_id=" + a).body();
    assertThat(shown.path("budget_amount").isNumber()).isTrue();
    assertThat(shown.path("budget_amount").decimalValue()).isEqualByComparingTo("1500.50");
    assertThat(shown.path("currency").asText()).isEqualTo("USD");
    assertThat(shown.path("budget_type").asText()).isEqualTo("MONTHLY");

    JsonNode listed = partner.wire.post(BUDGET + "/query", Wire.json()
        .set("customer_ids", Wire.JSON.valueToTree(java.util.List.of(a, "0123456789abcdef0123456789abcdef")))).body();
    assertThat(listed.path("budget_infos")).hasSize(1);

    partner.wire.post(BUDGET, Wire.json().put("customer_id", a).put("budget_amount", 900));
    JsonNode records = partner.wire.get(BUDGET + "/records", "customer_id=" + a + "&limit=1").body();
    assertThat(records.path("total_count").asInt()).isEqualTo(2);
    assertThat(records.path("record_list")).hasSize(1);
    assertThat(records.path("record_list").get(0).path("operation_type").asText()).isEqualTo("SETTING");
  }

  @Test
  void aBudgetNeedsAPositiveAmountAndOneOfYourCustomers() {
    String a = partner.createCustomer("user-1", "acme_north");
    assertThat(partner.wire.post(BUDGET, Wire.json().put("customer_id", a).put("budget_amount", 0)).errorCode()).isEqualTo("CBC.0100");
    assertThat(partner.wire.post(BUDGET, Wire.json().put("customer_id", a).put("budget_amount", 1.005)).errorCode()).isEqualTo("CBC.0100");
    assertThat(partner.wire.post(BUDGET, Wire.json().put("customer_id", a).put("budget_amount", "12")).errorCode()).isEqualTo("CBC.0100");
    assertThat(partner.wire.post(BUDGET, Wire.json().put("customer_id", "0123456789abcdef0123456789abcdef").put("budget_amount", 10)).errorCode())
        .isEqualTo("CBC.99000035");
  }
}
