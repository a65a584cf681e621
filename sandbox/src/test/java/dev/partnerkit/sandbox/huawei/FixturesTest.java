package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bills, coupons and other read-only data come from fixture files: shipped ones, or the user's. */
class FixturesTest {
  private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");

  @Test
  void shippedBillsAreFilteredByCustomerAndPaged() {
    try (HuaweiFrontDoor door = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(clock).build()) {
      Wire wire = new Wire(door, clock);
      String path = "/v2/bills/partner-bills/subcustomer-bills/monthly-sum";
      JsonNode all = wire.get(path, "cycle=2026-10&charge_mode=1").body();
      assertThat(all.path("count").asInt()).isEqualTo(2);
      assertThat(all.path("currency").asText()).isEqualTo("CNY");
      all.path("bill_sums").forEach(b -> assertThat(b.path("charge_mode").asText()).isEqualTo("1"));
      String customer = all.path("bill_sums").get(0).path("customer_id").asText();
      JsonNode one = wire.get(path, "cycle=2026-10&charge_mode=1&customer_id=" + customer).body();
      assertThat(one.path("count").asInt()).isEqualTo(1);
      assertThat(one.path("bill_sums").get(0).path("amount").isNumber()).isTrue();
      JsonNode paged = wire.get(path, "cycle=2026-10&charge_mode=1&limit=1&offset=1").body();
      assertThat(paged.path("count").asInt()).isEqualTo(2);
      assertThat(paged.path("bill_sums")).hasSize(1);
      assertThat(wire.get(path, "cycle=2026-10").errorCode()).as("charge_mode is required").isEqualTo("CBC.0100");
    }
  }

  @Test
  void eachSiteGetsItsOwnCurrency() {
    try (HuaweiFrontDoor china = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(clock).build();
        HuaweiFrontDoor intl = HuaweiFrontDoor.builder().site(HuaweiSite.INTERNATIONAL).clock(clock).build()) {
      String path = "/v2/accounts/customer-accounts/balances";
      assertThat(new Wire(china, clock).get(path, "").body().path("currency").asText()).isEqualTo("CNY");
      assertThat(new Wire(intl, clock).get(path, "").body().path("currency").asText()).isEqualTo("USD");
      assertThat(china.endpoint()).isNotEqualTo(intl.endpoint());
    }
  }

  @Test
  void aFixturesDirectoryReplacesTheShippedFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ListPostpaidBillSum.json"),
        "{\"bill_cycle\":\"2026-09\",\"initial_amount_due\":42.10,\"consume_amount\":42.10,\"refunds\":0,\"adjustments\":0,\"tax_amount\":0,\"currency\":\"USD\"}");
    try (HuaweiFrontDoor door = HuaweiFrontDoor.builder().site(HuaweiSite.INTERNATIONAL).clock(clock).fixturesDirectory(dir).build()) {
      Wire wire = new Wire(door, clock);
      JsonNode bill = wire.get("/v2/bills/partner-bills/postpaid-bill-summary", "bill_cycle=2026-09").body();
      assertThat(bill.path("initial_amount_due").decimalValue()).isEqualByComparingTo("42.10");
      JsonNode quota = wire.get("/v2/partners/credit/consumption-quota", "").body();
      assertThat(quota.path("consumption_quota").isTextual()).as("shipped fallback, amounts as strings").isTrue();
    }
  }

  @Test
  void issuedCouponsCanBeReclaimedOnce() {
    try (HuaweiFrontDoor door = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(clock).build()) {
      Partner partner = new Partner(door, new Wire(door, clock));
      String customer = partner.createCustomer("user-1", "acme_north");
      String unknown = "0123456789abcdef0123456789abcdef";
      JsonNode issued = partner.wire.post("/v2/promotions/benefits/partner-coupons", Wire.json().put("quota_id", "QT2601150000000101")
          .put("face_value", 50).set("customer_ids", Wire.JSON.valueToTree(java.util.List.of(customer, unknown)))).body();
      assertThat(issued.path("coupon_infos")).hasSize(1);
      assertThat(issued.path("error_details").get(0).path("id").asText()).isEqualTo(unknown);
      String coupon = issued.path("coupon_infos").get(0).path("coupon_id").asText();
      String reclaim = "/v2/promotions/benefits/partner-coupons/reclaim";
      assertThat(partner.wire.post(reclaim, Wire.json().put("coupon_id", coupon)).status()).isEqualTo(200);
      assertThat(partner.wire.post(reclaim, Wire.json().put("coupon_id", coupon)).errorCode()).isEqualTo("CBC.0100");
    }
  }
}
