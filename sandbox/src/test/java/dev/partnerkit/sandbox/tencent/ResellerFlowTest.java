package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Applications decided exactly once, and what an approval makes appear. */
class ResellerFlowTest {

  Harness h;

  @BeforeEach
  void start() {
    h = Harness.unlimited();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static String decision(String field, long uin, String type, String reason) {
    return "{\"" + field + "\":" + uin + ",\"ApproveType\":\"" + type + "\""
        + (reason == null ? "" : ",\"RejectReason\":\"" + reason + "\"") + "}";
  }

  @Test
  void aSubAgentApplicationIsApprovedOnceThenListedWithItsCustomers() {
    long uin = h.tencent.seedSubAgentApplication("Reseller One Ltd", "one@reseller.example", "85261110001");
    JsonNode pending = h.ok("QueryPendingSubAgentsV2", "{\"Page\":1,\"PageSize\":10}");
    assertThat(pending.get("Total").asLong()).isEqualTo(1);
    assertThat(pending.get("Data").get(0).get("SubAgentUin").asLong()).isEqualTo(uin);

    h.ok("ApproveSubAgentApply", decision("SubAgentUin", uin, "pass", null));
    assertThat(code(h.call("ApproveSubAgentApply", decision("SubAgentUin", uin, "pass", null))))
        .isEqualTo("FailedOperation.ResellerNotApply");
    assertThat(code(h.call("ApproveSubAgentApply", decision("SubAgentUin", uin, "reject", "late"))))
        .isEqualTo("FailedOperation.ResellerNotApply");
    assertThat(h.ok("QueryPendingSubAgentsV2", "{\"Page\":1,\"PageSize\":10}").get("Total").asLong()).isZero();

    JsonNode detail = h.ok("QuerySubAgentsDetailV2", "{\"Page\":1,\"PageSize\":10}");
    assertThat(detail.get("Total").asLong()).isEqualTo(1);
    assertThat(detail.get("Data").get(0).get("Name").asText()).isEqualTo("Reseller One Ltd");
    assertThat(h.ok("QuerySubAgentsDetailV2", "{\"Page\":1,\"PageSize\":10,\"FilterType\":\"Email\",\"Filter\":\"nobody@x.example\"}")
        .get("Total").asLong()).isZero();

    long indirect = h.tencent.seedIndirectCustomer(uin, "Indirect Ltd");
    JsonNode customers = h.ok("QueryT1IndirectCustomersDetail", "{\"SubAgentUin\":" + uin + ",\"Page\":1,\"PageSize\":10}");
    assertThat(customers.get("SubAgentName").asText()).isEqualTo("Reseller One Ltd");
    assertThat(customers.get("Total").asLong()).isEqualTo(1);
    assertThat(customers.get("Data").get(0).get("ClientUin").asLong()).isEqualTo(indirect);
    assertThat(h.ok("QuerySubAgentsDetailV2", "{\"Page\":1,\"PageSize\":10,\"FilterType\":\"ClientUin\",\"Filter\":\"" + indirect + "\"}")
        .get("Total").asLong()).isEqualTo(1);
  }

  @Test
  void aRejectionIsFinal() {
    long uin = h.tencent.seedSubAgentApplication("Reseller Two Ltd", "two@reseller.example", "85261110002");
    assertThat(code(h.call("ApproveSubAgentApply", decision("SubAgentUin", uin, "maybe", null)))).isEqualTo("InvalidParameterValue");
    assertThat(h.ok("QueryPendingSubAgentsV2", "{\"Page\":1,\"PageSize\":10}").get("Total").asLong()).isEqualTo(1);

    h.ok("ApproveSubAgentApply", decision("SubAgentUin", uin, "reject", "incomplete material"));
    assertThat(code(h.call("ApproveSubAgentApply", decision("SubAgentUin", uin, "pass", null))))
        .isEqualTo("FailedOperation.ResellerNotApply");
    assertThat(h.tencent.subAgents()).isEmpty();
    assertThat(code(h.call("QueryT1IndirectCustomersDetail", "{\"SubAgentUin\":" + uin + ",\"Page\":1,\"PageSize\":10}")))
        .isEqualTo("FailedOperation.InvalidSubAgentUin");
    assertThat(code(h.call("ApproveSubAgentApply", decision("SubAgentUin", 123, "pass", null))))
        .isEqualTo("FailedOperation.ResellerNotApply");
  }

  /** Seed 001 line 90: "RejectReason No String Reason for rejection. Fill in only when ApproveType is reject." */
  @Test
  void aRejectionNeedsNoReason() {
    long uin = h.tencent.seedSubAgentApplication("Reseller Three Ltd", "three@reseller.example", "85261110003");
    h.ok("ApproveSubAgentApply", decision("SubAgentUin", uin, "reject", null));
    assertThat(h.ok("QueryPendingSubAgentsV2", "{\"Page\":1,\"PageSize\":10}").get("Total").asLong()).isZero();
    assertThat(code(h.call("ApproveSubAgentApply", decision("SubAgentUin", uin, "pass", null))))
        .isEqualTo("FailedOperation.ResellerNotApply");
  }

  @Test
  void anApprovedClientBecomesACustomerOnce() {
    long uin = h.tencent.seedClientApplication("Client One", "one@client.example", "85261110004");
    long other = h.tencent.seedClientApplication("Client Two", "two@client.example", "85261110005");
    assertThat(h.ok("QueryPendingClientsV2", "{\"Page\":1,\"PageSize\":1}").get("Total").asLong()).isEqualTo(2);

    h.ok("ApproveClientApply", decision("ClientUin", uin, "pass", null));
    assertThat(code(h.call("ApproveClientApply", decision("ClientUin", uin, "pass", null))))
        .isEqualTo("FailedOperation.ClientNotApply");
    h.ok("ApproveClientApply", decision("ClientUin", other, "reject", "not our market"));
    assertThat(code(h.call("ApproveClientApply", decision("ClientUin", other, "reject", "again"))))
        .isEqualTo("FailedOperation.ClientNotApply");

    assertThat(h.tencent.accountCount()).isEqualTo(1);
    assertThat(h.tencent.customer(Long.toString(uin))).isPresent();
    assertThat(h.tencent.customer(Long.toString(other))).isEmpty();
    assertThat(h.ok("DescribeCustomerUin", "{\"Page\":1,\"PageSize\":10}").get("Total").asText()).isEqualTo("1");
    assertThat(h.ok("QueryPendingClientsV2", "{\"Page\":1,\"PageSize\":10}").get("Total").asLong()).isZero();
  }

  @Test
  void indirectCustomersNeedAnApprovedSubAgent() {
    long uin = h.tencent.seedSubAgentApplication("Pending Ltd", "p@reseller.example", "85261110009");
    assertThatThrownBy(() -> h.tencent.seedIndirectCustomer(uin, "x")).isInstanceOf(IllegalStateException.class);
  }
}
