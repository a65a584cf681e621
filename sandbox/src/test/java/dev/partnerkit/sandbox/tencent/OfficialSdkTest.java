package dev.partnerkit.sandbox.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.partnerkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tencent's official Java SDK (tencentcloud-sdk-java-common's CommonClient: its own TC3 signer, OkHttp, Gson) against
 * the sandbox, both ways of pointing it at loopback that the spec describes (section 7.6). The SDK signs with the
 * wall clock, so this sandbox runs on the system clock.
 */
class OfficialSdkTest {

  static final String ID = "AKIDofficialSdkTest0000000000000000";
  static final String KEY = "officialSdkTestSecretKey00000000";
  static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().tencentCredential(ID, KEY).build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** Endpoint 127.0.0.1:PORT: the SDK signs with service "127". */
  private static CommonClient direct(String key) {
    HttpProfile http = new HttpProfile();
    http.setEndpoint("127.0.0.1:" + sandbox.tencentPort());
    http.setProtocol("http://");
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    return new CommonClient("intlpartnersmgt", "2022-09-28", new Credential(ID, key), "", profile);
  }

  /** The real host through the sandbox as an HTTP proxy: service intlpartnersmgt, absolute-form request line. */
  private static CommonClient viaProxy() {
    HttpProfile http = new HttpProfile();
    http.setEndpoint("intlpartnersmgt.intl.tencentcloudapi.com");
    http.setProtocol("http://");
    http.setProxyHost("127.0.0.1");
    http.setProxyPort(sandbox.tencentPort());
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    return new CommonClient("intlpartnersmgt", "2022-09-28", new Credential(ID, KEY), "ap-singapore", profile);
  }

  private static JsonNode parse(String body) throws Exception {
    return TencentTestClient.JSON.readTree(body).get("Response");
  }

  @Test
  void theSdkOnboardsACustomerDirectly() throws Exception {
    CommonClient client = direct(KEY);
    client.call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"69990001\"}");
    String code = sandbox.tencent().lastVerificationCode("852", "69990001").orElseThrow();
    String uin = parse(client.call("CreateAccount", Harness.account("sdk@example.com", "69990001", code))).get("Uin").asText();
    assertThat(sandbox.tencent().customer(uin)).isPresent();
    JsonNode page = parse(client.commonRequest(new CommonRequest("{\"Page\":1,\"PageSize\":10}"), "QueryCustomersCredit"));
    assertThat(page.get("Total").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theSdkWorksThroughTheProxyApproach() throws Exception {
    assertThatThrownBy(() -> viaProxy().call("AllocateCustomerCredit", "{\"AddedCredit\":1.5,\"ClientUin\":123}"))
        .isInstanceOfSatisfying(
            TencentCloudSDKException.class,
            e -> assertThat(e.getErrorCode()).isEqualTo("UnauthorizedOperation.UinNoAuth"));
    assertThat(parse(viaProxy().call("QueryPartnerCredit", "{}")).get("TotalCredit").isNumber()).isTrue();
  }

  @Test
  void theSdkSeesTencentErrorsAsItsExceptions() {
    assertThatThrownBy(() -> direct("wrongKey").call("QueryPartnerCredit", "{}"))
        .isInstanceOfSatisfying(
            TencentCloudSDKException.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo("AuthFailure.SignatureFailure");
              assertThat(e.getRequestId()).isNotBlank();
            });
  }

  /**
   * OkHttp, under the SDK, silently sends a POST again when its connection dies without a response (its
   * retryOnConnectionFailure): a dropped CreateAccount reaches the sandbox more than once. Here every attempt is
   * dropped, so the SDK ends with an exception without error code, and the sandbox counted every attempt.
   */
  @Test
  void aDroppedConnectionIsAnSdkExceptionWithoutCodeAfterOkHttpsOwnRetries() {
    long before = sandbox.tencent().requestCount("ModifyClientRemark");
    sandbox.tencent().faults().dropConnectionAfterWrite("ModifyClientRemark", 5);
    assertThatThrownBy(() -> direct(KEY).call("ModifyClientRemark", "{\"ClientUin\":\"1\",\"Remark\":\"x\"}"))
        .isInstanceOfSatisfying(TencentCloudSDKException.class, e -> assertThat(e.getErrorCode()).isNull());
    long attempts = sandbox.tencent().requestCount("ModifyClientRemark") - before;
    assertThat(attempts).isBetween(1L, 5L);
    assertThat(sandbox.tencent().faults().pending("ModifyClientRemark")).isEqualTo(5 - attempts);
    sandbox.tencent().faults().clear();
  }
}
