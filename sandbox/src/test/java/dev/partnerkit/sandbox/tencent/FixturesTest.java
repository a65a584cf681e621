package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixture answers: paging over their lists, value checks, and a user's directory replacing the shipped files. */
class FixturesTest {

  static final String BILL_DETAIL = "{\"CustomerUin\":1,\"Month\":\"2024-12\",\"Page\":%d,\"PageSize\":%d}";

  @Test
  void fixtureListsArePagedWithTheirFullSizeAsTotal() {
    try (Harness h = Harness.unlimited()) {
      JsonNode all = h.ok("DescribeCustomerBillDetail", String.format(BILL_DETAIL, 1, 200));
      int total = all.get("DetailSet").size();
      assertThat(total).isGreaterThan(1);
      assertThat(all.get("Total").asInt()).isEqualTo(total);
      JsonNode last = h.ok("DescribeCustomerBillDetail", String.format(BILL_DETAIL, total, 1));
      assertThat(last.get("DetailSet")).hasSize(1);
      assertThat(last.get("DetailSet").get(0)).isEqualTo(all.get("DetailSet").get(total - 1));
      assertThat(last.get("Total").asInt()).isEqualTo(total);
      assertThat(code(h.call("DescribeCustomerBillDetail", String.format(BILL_DETAIL, 1, 201)))).isEqualTo("InvalidParameterValue");
      assertThat(code(h.call("DescribeCustomerBillDetail", String.format(BILL_DETAIL, 0, 10)))).isEqualTo("InvalidParameterValue");
      assertThat(code(h.call("DescribeCustomerBillDetail", "{\"CustomerUin\":1,\"Month\":\"2024-13\",\"Page\":1,\"PageSize\":10}")))
          .isEqualTo("InvalidParameterValue.InvalidMonth");
      assertThat(h.ok("QueryPolicyProductListByCode", "{\"PolicyCode\":\"StandardPolicy2025\"}").get("ProductList").size())
          .isEqualTo(h.ok("QueryPolicyProductListByCode", "{\"PolicyCode\":\"StandardPolicy2025\"}").get("Total").asInt());
      assertThat(code(h.call("DescribeCustomerBillDetailByDay", "{\"CustomerUin\":1,\"Date\":\"2025-05-31\"}")))
          .isEqualTo("InvalidParameterValue.InvalidMonth");
      assertThat(code(h.call("DescribeBillSummary", "{\"Month\":\"2024-12\",\"GroupType\":\"region\"}")))
          .isEqualTo("InvalidParameterValue.InvalidDimension");
    }
  }

  @Test
  void aFixturesDirectoryReplacesTheShippedAnswersAndTheTradeCatalog(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("DescribeCustomerBillSummary.json"), "{\"Response\":{\"TotalCost\":12.5,\"RequestId\":\"fixed\"}}");
    Files.writeString(
        dir.resolve("GetTradeConfigList.json"),
        "{\"TradeList\":[{\"Id\":\"t_1\",\"Name\":\"One\",\"Children\":[{\"Id\":\"t_101\",\"Name\":\"A\",\"TradeInfo\":\"One/A\"}]}]}");
    try (Harness h = new Harness(b -> b.withoutRateLimits().fixtures(dir))) {
      JsonNode summary = h.ok("DescribeCustomerBillSummary", "{\"CustomerUin\":1,\"Month\":\"2024-12\"}");
      assertThat(summary.get("TotalCost").asDouble()).isEqualTo(12.5);
      assertThat(summary.get("RequestId").asText()).isNotEqualTo("fixed");
      assertThat(h.ok("GetTradeConfigList", "{}").get("TradeList")).hasSize(1);
      // files not in the directory are still the shipped ones
      assertThat(h.ok("QueryVoucherPool", "{}").get("AgentName").asText()).isNotBlank();

      String phone = h.newPhone();
      String code = h.sendCode(phone);
      assertThat(code(h.call("CreateAccount", Harness.account("t@example.com", phone, code))))
          .as("kghy_01 is not in this catalog").isEqualTo("FailedOperation.TradeInfoIncorrect");
      String own = Harness.account("t@example.com", phone, code).replace("kghy_0101", "t_101").replace("kghy_01", "t_1");
      assertThat(code(h.call("CreateAccount", own))).isNull();
    }
  }

  @Test
  void theDefaultSandboxUsesTheShippedFixturesAndTheDefaultCredentials() {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      assertThat(sandbox.tencentEndpoint()).startsWith("http://127.0.0.1:");
      TencentTestClient client =
          new TencentTestClient(sandbox.tencentEndpoint(), Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY, java.time.Clock.systemUTC());
      assertThat(client.call("DescribeRebateDownloadUrl", "{\"Month\":\"2024-12\",\"FileType\":\"CommissionDetail\"}").get("Ready").asInt())
          .isEqualTo(1);
    }
  }
}
