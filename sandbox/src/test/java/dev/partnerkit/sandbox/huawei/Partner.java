package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A partner's calls in tests: registration steps against one front door. */
final class Partner {
  static final String CUSTOMERS = "/v2/partners/sub-customers";
  static final String QUERY = "/v2/partners/sub-customers/query";
  static final String SEND_CODE = "/v2/bases/verificationcode/send";

  final HuaweiFrontDoor door;
  final Wire wire;

  Partner(HuaweiFrontDoor door, Wire wire) {
    this.door = door;
    this.wire = wire;
  }

  /** Sends a code to a mobile (China) or email (International) and returns it from the back-channel. */
  String code(String target) {
    ObjectNode body = Wire.json();
    if (door.site() == HuaweiSite.CHINA) {
      body.put("receiver_type", 1).put("mobile_phone", target);
    } else {
      body.put("receiver_type", 2).put("email", target);
    }
    Wire.Answer a = wire.post(SEND_CODE, body);
    assertThat(a.status()).as("send code: %s", a.body()).isEqualTo(204);
    return door.control().lastVerificationCode(target).orElseThrow();
  }

  /** A minimal valid registration body: xaccount ids, plus the International area. */
  ObjectNode registration(String xaccountId) {
    ObjectNode body = Wire.json().put("xaccount_id", xaccountId).put("xaccount_type", "sandbox_IDP");
    if (door.site() == HuaweiSite.INTERNATIONAL) {
      body.put("domain_area", "MX");
    }
    return body;
  }

  Wire.Answer create(ObjectNode body) {
    return wire.post(CUSTOMERS, body);
  }

  /** Creates a customer and returns its id, asserting success. */
  String createCustomer(String xaccountId, String name) {
    Wire.Answer a = create(registration(xaccountId).put("domain_name", name));
    assertThat(a.status()).as("create: %s", a.body()).isEqualTo(200);
    return a.body().path("domain_id").asText();
  }

  Wire.Answer list(ObjectNode query) {
    return wire.post(QUERY, query);
  }
}
