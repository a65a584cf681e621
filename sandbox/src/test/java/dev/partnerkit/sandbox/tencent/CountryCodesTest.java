package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GetCountryCodes answers the sandbox's own list (country-codes.tsv), without the calling codes CreateAccount refuses
 * (seed 000 line 105), and CreateAccount checks CountryCode and Area against that same list (lines 104 and 106).
 */
class CountryCodesTest {

  @Test
  void theListHasEveryRegionButTheBannedCallingCodes() {
    try (Harness h = Harness.unlimited()) {
      JsonNode data = h.ok("GetCountryCodes", "{}").get("Data");
      Map<String, String> codeByArea = new HashMap<>();
      for (JsonNode item : data) {
        codeByArea.put(item.get("IOS2").asText(), item.get("Code").asText());
        assertThat(item.get("Code").asText()).matches("[0-9]{1,4}").isNotIn("7", "380", "86");
        assertThat(item.get("IOS3").asText()).isNotBlank();
        assertThat(item.get("EnName").asText()).isNotBlank();
        assertThat(item.get("Name").asText()).isNotBlank();
      }
      assertThat(codeByArea).hasSize(241)
          .containsEntry("HK", "852").containsEntry("US", "1").containsEntry("SG", "65").containsEntry("GB", "44")
          .doesNotContainKeys("CN", "RU", "KZ", "UA");
      assertThat(data.get(0).get("IOS2").asText()).isEqualTo("AC");
    }
  }

  @Test
  void createAccountTakesOnlyAnAreaOfTheListThatUsesTheCountryCode() throws Exception {
    try (Harness h = Harness.unlimited()) {
      String phone = h.newPhone();
      String code = h.sendCode(phone);
      String base = Harness.account("list@example.com", phone, code);
      assertThat(code(h.call("CreateAccount", base.replace("\"Area\":\"HK\"", "\"Area\":\"MO\""))))
          .isEqualTo("InvalidParameter.AreaContentIncorrect");
      assertThat(code(h.call("CreateAccount", base.replace("\"CountryCode\":\"852\"", "\"CountryCode\":\"999\""))))
          .isEqualTo("InvalidParameter.CountryCodeContentIncorrect");
      assertThat(h.tencent.accountCount()).isZero();
      assertThat(h.call("CreateAccount", base).get("Error")).isNull();
    }
  }
}
