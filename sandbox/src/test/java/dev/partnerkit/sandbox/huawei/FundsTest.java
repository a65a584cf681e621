package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** China funds: transfers move money, overdrafts are refused, records and balances follow. */
class FundsTest {
  private static final String ADJUST = "/v2/accounts/partner-accounts/adjust-amount";
  private static final String RECLAIM = "/v2/accounts/partner-accounts/reclaim";
  private static final String BALANCES = "/v2/accounts/partner-accounts/balances";

  private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");
  private HuaweiFrontDoor door;
  private Partner partner;

  @BeforeEach
  void start() {
    door = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(clock).partnerBalance(new BigDecimal("1000")).build();
    partner = new Partner(door, new Wire(door, clock));
  }

  @AfterEach
  void stop() {
    door.close();
  }

  private BigDecimal partnerBalanceOnTheWire() {
    return partner.wire.get(BALANCES, "").body().path("account_balances").get(0).path("amount").decimalValue();
  }

  @Test
  void aTransferMovesMoneyAndAnOverdraftIsRefused() {
    String c = partner.createCustomer("user-1", "acme_north");
    Wire.Answer ok = partner.wire.post(ADJUST, Wire.json().put("customer_id", c).put("amount", 600.25));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body().path("transfer_id").asText()).isNotBlank();
    assertThat(partnerBalanceOnTheWire()).isEqualByComparingTo("399.75");

    Wire.Answer refused = partner.wire.post(ADJUST, Wire.json().put("customer_id", c).put("amount", 400));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("CBC.99005003");
    assertThat(door.control().partnerBalance()).isEqualByComparingTo("399.75");
    assertThat(door.control().customers().get(0).balance()).isEqualByComparingTo("600.25");

    JsonNode balances = partner.wire.post("/v2/accounts/customer-accounts/balances/batch-query",
        Wire.json().set("customer_infos", Wire.JSON.createArrayNode().add(Wire.json().put("customer_id", c)))).body();
    assertThat(balances.path("customer_balances").get(0).path("amount").decimalValue()).isEqualByComparingTo("600.25");
  }

  @Test
  void aReclaimCannotTakeMoreThanTheCustomerHas() {
    String c = partner.createCustomer("user-1", "acme_north");
    partner.wire.post(ADJUST, Wire.json().put("customer_id", c).put("amount", 100));
    assertThat(partner.wire.post(RECLAIM, Wire.json().put("customer_id", c).put("amount", 100.01)).errorCode()).isEqualTo("CBC.99005003");
    Wire.Answer back = partner.wire.post(RECLAIM, Wire.json().put("customer_id", c).put("amount", 40));
    assertThat(back.body().path("trans_id").asText()).isNotBlank();
    assertThat(partnerBalanceOnTheWire()).isEqualByComparingTo("940");

    JsonNode records = partner.wire.get("/v3/accounts/partner-accounts/adjust-records", "customer_id=" + c).body();
    assertThat(records.path("total_count").asInt()).isEqualTo(2);
    assertThat(records.path("records").get(0).path("amount").isTextual()).isTrue();
    assertThat(records.path("records").get(1).path("operation_type").asText()).isEqualTo("SOURCE_OPERATION_BERETRIEVE");
  }

  @Test
  void aResellerIsFundedFromThePartnerAndFundsItsOwnCustomers() {
    String reseller = door.control().seedIndirectPartner("reseller_north", "North Reseller Co., Ltd.", BigDecimal.ZERO);
    Wire.Answer funded = partner.wire.post("/v2/accounts/partner-accounts/indirect-partner-adjust",
        Wire.json().put("indirect_partner_id", reseller).put("amount", 300));
    assertThat(funded.status()).isEqualTo(200);
    assertThat(door.control().partnerBalance()).isEqualByComparingTo("700");
    String c = partner.createCustomer("user-1", "resold_one");
    assertThat(partner.wire.post(ADJUST, Wire.json().put("customer_id", c).put("amount", 10).put("indirect_partner_id", reseller)).errorCode())
        .as("a direct customer is not the reseller's").isEqualTo("CBC.99000035");
    assertThat(partner.wire.get(BALANCES, "indirect_partner_id=" + reseller).body().path("account_balances").get(0).path("amount").decimalValue())
        .isEqualByComparingTo("300");
  }

  @Test
  void anUnknownCustomerOrAZeroAmountIsRefused() {
    assertThat(partner.wire.post(ADJUST, Wire.json().put("customer_id", "0123456789abcdef0123456789abcdef").put("amount", 1)).errorCode())
        .isEqualTo("CBC.99000035");
    String c = partner.createCustomer("user-1", "acme_north");
    assertThat(partner.wire.post(ADJUST, Wire.json().put("customer_id", c).put("amount", 0)).errorCode()).isEqualTo("CBC.0100");
    assertThat(door.control().partnerBalance()).isEqualByComparingTo("1000");
  }
}
