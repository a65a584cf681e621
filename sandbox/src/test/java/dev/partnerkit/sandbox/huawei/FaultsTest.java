package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each fault kind, injected at start-up or at run time, and flow control. */
class FaultsTest {
  private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");
  private HuaweiFrontDoor door;
  private Partner partner;

  private void start(HuaweiFrontDoor.Builder builder) {
    door = builder.clock(clock).build();
    partner = new Partner(door, new Wire(door, clock));
  }

  @AfterEach
  void stop() {
    door.close();
  }

  @Test
  void associationLagAnswers500WithTheIdsAndTheCustomerAppearsOnceAssociated() {
    start(HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).fault(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.associationLag()));
    Wire.Answer lag = partner.create(partner.registration("user-1").put("domain_name", "acme_lagging").put("include_association_result", true));
    assertThat(lag.status()).isEqualTo(500);
    assertThat(lag.errorCode()).isEqualTo("CBC.99000050");
    String id = lag.body().path("domain_id").asText();
    assertThat(id).matches("[0-9a-f]{32}");
    assertThat(lag.body().path("domain_name").asText()).isEqualTo("acme_lagging");
    assertThat(partner.list(Wire.json().put("customer_id", id)).body().path("count").asInt()).isZero();

    Wire.Answer retry = partner.create(partner.registration("user-1").put("domain_name", "acme_lagging"));
    assertThat(retry.status()).isEqualTo(400);
    assertThat(retry.errorCode()).isEqualTo("CBC.99000039");

    assertThat(door.control().completeAssociations()).isEqualTo(1);
    var listed = partner.list(Wire.json().put("customer_id", id)).body();
    assertThat(listed.path("count").asInt()).isEqualTo(1);
    assertThat(listed.path("customer_infos").get(0).path("associated_on").asText()).isEqualTo("2026-11-22T10:00:00Z");
    assertThat(listed.path("customer_infos").get(0).path("xaccount_id").asText()).isEqualTo("user-1");
  }

  @Test
  void associationLagOnlyAppliesToCreateSubCustomer() {
    start(HuaweiFrontDoor.builder());
    assertThatThrownBy(() -> door.control().faults().inject(HuaweiOperation.LIST_SUB_CUSTOMERS, HuaweiFault.associationLag()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void throttledIs429Cbc0250AndChangesNothing() {
    start(HuaweiFrontDoor.builder());
    door.control().faults().inject(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.throttled());
    Wire.Answer a = partner.create(partner.registration("user-1"));
    assertThat(a.status()).isEqualTo(429);
    assertThat(a.errorCode()).isEqualTo("CBC.0250");
    assertThat(door.control().customers()).isEmpty();
    door.control().faults().clear(HuaweiOperation.CREATE_SUB_CUSTOMER);
    assertThat(partner.create(partner.registration("user-1")).status()).isEqualTo(200);
  }

  @Test
  void serverErrorIs500Cbc0999AndChangesNothing() {
    start(HuaweiFrontDoor.builder().fault(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.serverError()));
    Wire.Answer a = partner.create(partner.registration("user-1"));
    assertThat(a.status()).isEqualTo(500);
    assertThat(a.errorCode()).isEqualTo("CBC.0999");
    assertThat(a.header("X-Request-Id")).isPresent();
    assertThat(door.control().customers()).isEmpty();
  }

  @Test
  void aDelayHoldsTheAnswerBackPastTheClientsTimeout() {
    start(HuaweiFrontDoor.builder());
    door.control().faults().inject(HuaweiOperation.LIST_SUB_CUSTOMERS, HuaweiFault.delay(Duration.ofSeconds(5)));
    Wire impatient = new Wire(door, clock).timeout(Duration.ofMillis(200));
    assertThatThrownBy(() -> impatient.sendOrThrow("POST", Partner.QUERY, "", "{}", true, Map.of()))
        .isInstanceOf(HttpTimeoutException.class);
    door.control().faults().clearAll();
    assertThat(partner.list(Wire.json()).status()).isEqualTo(200);
  }

  @Test
  void droppingTheConnectionAfterTheWriteKeepsTheCustomerButSendsNoAnswer() {
    start(HuaweiFrontDoor.builder());
    door.control().faults().inject(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.dropConnectionAfterWrite());
    assertThatThrownBy(() -> partner.wire.sendOrThrow("POST", Partner.CUSTOMERS, "",
            partner.registration("user-1").put("domain_name", "acme_dropped").toString(), true, Map.of()))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(HttpTimeoutException.class);
    assertThat(door.control().customers()).singleElement().satisfies(c -> assertThat(c.accountName()).isEqualTo("acme_dropped"));
    door.control().faults().clearAll();
    assertThat(partner.list(Wire.json().put("account_name", "acme_dropped")).body().path("count").asInt()).isEqualTo(1);
  }

  @Test
  void aBurstAboveThePublishedLimitGets429Apig0308() {
    start(HuaweiFrontDoor.builder());
    String check = "/v2/partners/sub-customers/users/check-identity";
    int ok = 0;
    int throttled = 0;
    for (int i = 0; i < 8; i++) {
      Wire.Answer a = partner.wire.post(check, Wire.json().put("search_type", "name").put("search_value", "acme_" + i + "xyz"));
      if (a.status() == 200) {
        ok++;
      } else {
        assertThat(a.status()).isEqualTo(429);
        assertThat(a.errorCode()).isEqualTo("APIG.0308");
        assertThat(a.body().path("error_msg").asText()).contains("limit:5");
        throttled++;
      }
    }
    assertThat(ok).isEqualTo(5);
    assertThat(throttled).isEqualTo(3);
    assertThat(partner.list(Wire.json()).status()).as("other operations have their own quota").isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    assertThat(partner.wire.post(check, Wire.json().put("search_type", "name").put("search_value", "acme_later")).status())
        .as("refilled after a second").isEqualTo(200);
  }

  @Test
  void aQuotaCanBeOverridden() {
    start(HuaweiFrontDoor.builder().rateLimit(HuaweiOperation.LIST_SUB_CUSTOMERS, 2));
    assertThat(partner.list(Wire.json()).status()).isEqualTo(200);
    assertThat(partner.list(Wire.json()).status()).isEqualTo(200);
    assertThat(partner.list(Wire.json()).status()).isEqualTo(429);
    assertThat(door.control().requestCount(HuaweiOperation.LIST_SUB_CUSTOMERS)).isEqualTo(3);
  }
}
