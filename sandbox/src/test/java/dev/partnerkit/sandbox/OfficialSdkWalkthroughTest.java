package dev.partnerkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Try it with Tencent's official SDK" walkthrough, step by step: a program using the SDK sends a code,
 * reads it from the admin API over HTTP (as a person would with curl), and creates the account.
 */
class OfficialSdkWalkthroughTest {

  @Test
  void the_sdk_walkthrough_works_as_written() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      int port = sandbox.tencentPort();
      // the program of the README
      HttpProfile http = new HttpProfile();
      http.setEndpoint("127.0.0.1:" + port);
      http.setProtocol("http://");
      ClientProfile profile = new ClientProfile();
      profile.setHttpProfile(http);
      CommonClient client = new CommonClient("intlpartnersmgt", "2022-09-28",
          new Credential(Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY), "", profile);
      client.call("SendVerifyCode", "{\"CountryCode\":\"852\",\"PhoneNum\":\"61234567\"}");
      HttpResponse<String> admin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + port + "/_sandbox/tencent/verification-code?countryCode=852&phone=61234567")).build(),
          HttpResponse.BodyHandlers.ofString());
      String code = new ObjectMapper().readTree(admin.body()).get("code").asText();
      String created = client.call("CreateAccount", "{\"AccountType\":\"company\",\"Mail\":\"it@acme.example\","
          + "\"Password\":\"S3cure!pass\",\"ConfirmPassword\":\"S3cure!pass\",\"PhoneNum\":\"61234567\","
          + "\"CountryCode\":\"852\",\"Area\":\"HK\",\"VerifyCode\":\"" + code + "\",\"TradeOne\":\"kghy_01\","
          + "\"TradeTwo\":\"kghy_0101\",\"CustomerName\":\"Acme Ltd\"}");
      JsonNode uin = new ObjectMapper().readTree(created).at("/Response/Uin");

      assertThat(uin.asText()).matches("\\d+");
      assertThat(sandbox.tencent().customer(uin.asText())).isPresent();
      String readme = Files.readString(Path.of("README.md"));
      assertThat(readme)
          .contains("client.call(\"SendVerifyCode\", \"{\\\"CountryCode\\\":\\\"852\\\",\\\"PhoneNum\\\":\\\"61234567\\\"}\");")
          .contains("/_sandbox/tencent/verification-code?countryCode=852&phone=61234567");
    }
  }
}
