package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credit moves out of the partner's pool and back, never beyond what is available; ForceQN; invitations. */
class CreditFlowTest {

  Harness h;
  long customer;

  @BeforeEach
  void start() {
    h = Harness.unlimited();
    customer = h.createCustomer("credit@example.com");
    h.tencent.setPartnerTotalCredit(new BigDecimal("5000"));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private JsonNode allocate(String amount) {
    return h.call("AllocateCustomerCredit", "{\"AddedCredit\":" + amount + ",\"ClientUin\":" + customer + ",\"Remark\":\"r" + amount + "\"}");
  }

  @Test
  void creditMovesFromThePartnerToTheCustomerAndIsReadBackEverywhere() {
    JsonNode r = allocate("1200.5");
    assertThat(code(r)).isNull();
    assertThat(r.get("TotalCredit").asDouble()).isEqualTo(1200.5);
    assertThat(r.get("RemainingCredit").asDouble()).isEqualTo(1200.5);
    assertThat(code(allocate("-200.5"))).isNull();

    JsonNode partner = h.ok("QueryPartnerCredit", "{}");
    assertThat(partner.get("TotalCredit").asDouble()).isEqualTo(5000);
    assertThat(partner.get("AllocatedCredit").asDouble()).isEqualTo(1000);
    assertThat(partner.get("RemainingCredit").asDouble()).isEqualTo(4000);
    assertThat(partner.get("CustomerRemainingCredit").asDouble()).isEqualTo(1000);
    assertThat(h.tencent.partnerCredit().remaining()).isEqualByComparingTo("4000");
    assertThat(h.tencent.customer(Long.toString(customer)).orElseThrow().remainingCredit()).isEqualByComparingTo("1000");

    JsonNode customers = h.ok("QueryCustomersCredit", "{\"FilterType\":\"ClientUin\",\"Filter\":\"" + customer + "\"}");
    assertThat(customers.get("Total").asLong()).isEqualTo(1);
    assertThat(customers.get("Data").get(0).get("Credit").asDouble()).isEqualTo(1000);
    assertThat(h.ok("QueryDirectCustomersCredit", "{}").get("Data").get(0).get("RemainingCredit").asDouble()).isEqualTo(1000);
    assertThat(h.ok("QueryCreditByUinList", "{\"UinList\":[" + customer + "]}").get("Data").get(0).get("TotalCredit").asDouble())
        .isEqualTo(1000);

    JsonNode history = h.ok("QueryCreditAllocationHistory", "{\"ClientUin\":" + customer + ",\"Page\":1,\"PageSize\":1}");
    assertThat(history.get("Total").asLong()).isEqualTo(2);
    assertThat(history.get("History")).hasSize(1);
    assertThat(code(h.call("QueryCreditAllocationHistory", "{\"ClientUin\":1}"))).isEqualTo("FailedOperation");
  }

  @Test
  void moreThanIsAvailableIsRefusedAndChangesNothing() {
    assertThat(code(allocate("5000.01"))).isEqualTo("InvalidParameterValue.CreditAmountOutOfRange");
    assertThat(code(allocate("100"))).isNull();
    assertThat(code(allocate("-100.01"))).isEqualTo("FailedOperation.BalanceInsufficient");
    assertThat(code(allocate("-100"))).isNull();
    assertThat(h.tencent.partnerCredit().allocated()).isEqualByComparingTo("0");
    assertThat(code(h.call("AllocateCustomerCredit", "{\"AddedCredit\":1,\"ClientUin\":42}"))).isEqualTo("UnauthorizedOperation.UinNoAuth");
    assertThat(code(h.call("QueryCreditByUinList", "{\"UinList\":[42]}"))).isEqualTo("UnauthorizedOperation.NotCustomerUin");
    assertThat(code(h.call("QueryCreditByUinList", "{\"UinList\":[]}"))).isEqualTo("InvalidParameterValue.UinList");
  }

  @Test
  void aSubAgentPoolComesOutOfThePartnersCredit() {
    long agent = h.tencent.seedSubAgentApplication("Reseller Ltd", "r@reseller.example", "85261110001");
    String pool = "{\"SubAgentUin\":" + agent + ",\"Credit\":";
    assertThat(code(h.call("AllocateCreditPool", pool + "100}"))).isEqualTo("UnauthorizedOperation.UinNoAuth");
    h.ok("ApproveSubAgentApply", "{\"SubAgentUin\":" + agent + ",\"ApproveType\":\"pass\"}");
    JsonNode r = h.ok("AllocateCreditPool", pool + "1500.25}");
    assertThat(r.get("TotalCredit").asDouble()).isEqualTo(1500.25);
    assertThat(h.ok("QueryPartnerCredit", "{}").get("RemainingCredit").asDouble()).isEqualTo(3499.75);
    assertThat(code(h.call("AllocateCreditPool", pool + "3500}"))).isEqualTo("InvalidParameterValue.VoucherAmountOutOfRange");
    assertThat(code(h.call("AllocateCreditPool", pool + "-1}"))).isEqualTo("InvalidParameterValue.VoucherAmountOutOfRange");
    assertThat(h.tencent.subAgents().get(0).credit()).isEqualByComparingTo("1500.25");
  }

  @Test
  void forceQnTogglesForcedSuspension() {
    String body = "{\"ClientUin\":" + customer + ",\"Type\":";
    JsonNode r = h.ok("ForceQN", body + "2}");
    assertThat(r.get("C").isIntegralNumber()).isTrue();
    assertThat(h.tencent.customer(Long.toString(customer)).orElseThrow().forcedSuspension()).isTrue();
    assertThat(h.ok("QueryCustomersCredit", "{}").get("Data").get(0).get("Force").asInt()).isEqualTo(2);
    h.ok("ForceQN", body + "0}");
    assertThat(h.tencent.customer(Long.toString(customer)).orElseThrow().forcedSuspension()).isFalse();
    assertThat(code(h.call("ForceQN", body + "1}"))).isEqualTo("InvalidParameterValue");
  }

  @Test
  void invitationsAreKeptAndSentAtMostEveryThreeMinutesPerAddress() {
    String link = h.ok("CreateAndSendClientInvitationMail", "{\"Email\":\"invitee@example.com\"}").get("InvitationLink").asText();
    String token = link.substring(link.indexOf("token=") + 6);
    JsonNode info = h.ok("QueryInvitationInfo", "{\"InvitationToken\":[\"" + token + "\",\"unknown\"]}").get("InvitationInfo");
    assertThat(info).hasSize(1);
    assertThat(info.get(0).get("ClientMail").asText()).isEqualTo("invitee@example.com");
    assertThat(info.get(0).get("ClientType").asInt()).isEqualTo(2);
    assertThat(code(h.call("CreateAndSendClientInvitationMail", "{\"Email\":\"invitee@example.com\"}")))
        .isEqualTo("FailedOperation.SendMailLimit180");
    h.advance(Duration.ofMinutes(3));
    assertThat(code(h.call("CreateAndSendClientInvitationMail", "{\"Email\":\"invitee@example.com\",\"InvitationRole\":\"SubAgent\"}")))
        .isNull();
    assertThat(code(h.call("CreateAndSendClientInvitationMail", "{\"Email\":\"bad\"}"))).isEqualTo("InvalidParameterValue");
  }
}
