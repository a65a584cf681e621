package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ListSubCustomers: paging, filters, wire types, the associated-only rule, and resellers' customers. */
class ListSubCustomersTest {
  private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");
  private HuaweiFrontDoor door;
  private Partner partner;

  @BeforeEach
  void start() {
    door = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(clock).rateLimitScale(100).build();
    partner = new Partner(door, new Wire(door, clock));
  }

  @AfterEach
  void stop() {
    door.close();
  }

  private static List<String> names(JsonNode answer) {
    List<String> out = new ArrayList<>();
    answer.path("customer_infos").forEach(c -> out.add(c.path("account_name").asText()));
    return out;
  }

  @Test
  void pagesByOffsetAndLimitWithTheTotalInCount() {
    for (int i = 0; i < 25; i++) {
      partner.createCustomer("user-" + i, String.format("cust_%02d", i));
    }
    JsonNode first = partner.list(Wire.json()).body();
    assertThat(first.path("count").asInt()).isEqualTo(25);
    assertThat(names(first)).hasSize(10).startsWith("cust_00").endsWith("cust_09");
    JsonNode third = partner.list(Wire.json().put("offset", 20).put("limit", 10)).body();
    assertThat(names(third)).containsExactly("cust_20", "cust_21", "cust_22", "cust_23", "cust_24");
    assertThat(third.path("count").asInt()).isEqualTo(25);
    assertThat(names(partner.list(Wire.json().put("limit", 100)).body())).hasSize(25);
    assertThat(partner.list(Wire.json().put("limit", 101)).errorCode()).isEqualTo("CBC.0100");
    assertThat(partner.list(Wire.json().put("offset", -1)).errorCode()).isEqualTo("CBC.0100");
  }

  @Test
  void filtersByFuzzyAccountNameAndExactCustomerId() {
    partner.createCustomer("user-1", "acme_north");
    String south = partner.createCustomer("user-2", "acme_south");
    partner.createCustomer("user-3", "globex_ops");
    assertThat(names(partner.list(Wire.json().put("account_name", "acme")).body())).containsExactly("acme_north", "acme_south");
    assertThat(names(partner.list(Wire.json().put("account_name", "_so")).body())).containsExactly("acme_south");
    JsonNode one = partner.list(Wire.json().put("customer_id", south)).body();
    assertThat(one.path("count").asInt()).isEqualTo(1);
    assertThat(names(one)).containsExactly("acme_south");
    assertThat(partner.list(Wire.json().put("customer_id", south.substring(1))).body().path("count").asInt()).isZero();
    assertThat(partner.list(Wire.json().put("account_name", "")).body().path("count").asInt()).as("empty = no filter").isEqualTo(3);
    assertThat(partner.list(Wire.json().put("label", "vip")).body().path("count").asInt()).as("no customer has a label").isZero();
  }

  @Test
  void entriesCarryHuaweisJsonTypes() {
    partner.createCustomer("user-1", "acme_north");
    JsonNode c = partner.list(Wire.json()).body().path("customer_infos").get(0);
    assertThat(c.path("association_type").isTextual()).isTrue();
    assertThat(c.path("association_type").asText()).isEqualTo("2");
    assertThat(c.path("customer_type").isInt()).isTrue();
    assertThat(c.path("is_frozen").isInt()).isTrue();
    assertThat(c.path("verified_status").isTextual()).isTrue();
    assertThat(c.path("associated_on").asText()).isEqualTo("2026-11-22T10:00:00Z");
    assertThat(c.path("xaccount_id").asText()).isEqualTo("user-1");
  }

  @Test
  void onlyAssociatedCustomersAreListed() {
    partner.createCustomer("user-1", "acme_north");
    door.control().faults().inject(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.associationLag());
    Wire.Answer lagging = partner.create(partner.registration("user-2").put("domain_name", "acme_lagging"));
    assertThat(lagging.status()).isEqualTo(500);
    assertThat(names(partner.list(Wire.json()).body())).containsExactly("acme_north");
    assertThat(partner.list(Wire.json().put("customer_id", lagging.body().path("domain_id").asText())).body().path("count").asInt()).isZero();
    assertThat(door.control().customers()).hasSize(2);
  }

  @Test
  void aResellersCustomersAreListedWithItsIdAndUnknownResellersAreRefused() {
    String reseller = door.control().seedIndirectPartner("reseller_north", "North Reseller Co., Ltd.", BigDecimal.ZERO);
    partner.createCustomer("user-1", "direct_one");
    Wire.Answer viaReseller = partner.create(partner.registration("user-2").put("domain_name", "resold_one").put("indirect_partner_id", reseller));
    assertThat(viaReseller.status()).isEqualTo(200);
    assertThat(names(partner.list(Wire.json()).body())).containsExactly("direct_one");
    assertThat(names(partner.list(Wire.json().put("indirect_partner_id", reseller)).body())).containsExactly("resold_one");
    assertThat(partner.list(Wire.json().put("indirect_partner_id", "ffffffffffffffffffffffffffffffff")).errorCode()).isEqualTo("CBC.99000037");
    assertThat(partner.create(partner.registration("user-3").put("indirect_partner_id", "ffffffffffffffffffffffffffffffff")).errorCode())
        .isEqualTo("CBC.99000037");

    JsonNode partners = partner.wire.post("/v2/partners/indirect-partners/query", Wire.json().put("account_name", "north")).body();
    assertThat(partners.path("count").asInt()).isEqualTo(1);
    assertThat(partners.path("indirect_partners").get(0).path("indirect_partner_id").asText()).isEqualTo(reseller);
  }
}
