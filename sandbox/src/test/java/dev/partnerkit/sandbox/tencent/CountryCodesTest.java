package dev.partnerkit.sandbox.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GetCountryCodes agrees with libphonenumber's calling codes and leaves out the ones Tencent refuses. */
class CountryCodesTest {

  @Test
  void everySupportedRegionButTheBannedCallingCodes() {
    try (Harness h = Harness.unlimited()) {
      JsonNode data = h.ok("GetCountryCodes", "{}").get("Data");
      PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
      Set<String> regions = new HashSet<>();
      for (JsonNode item : data) {
        String region = item.get("IOS2").asText();
        regions.add(region);
        assertThat(item.get("Code").asText()).isEqualTo(Integer.toString(phones.getCountryCodeForRegion(region)));
        assertThat(item.get("Code").asText()).isNotIn("7", "380", "86");
        assertThat(item.get("IOS3").asText()).isNotBlank();
        assertThat(item.get("EnName").asText()).isNotBlank();
      }
      Set<String> expected = new HashSet<>();
      for (String region : phones.getSupportedRegions()) {
        int code = phones.getCountryCodeForRegion(region);
        if (code != 7 && code != 380 && code != 86) {
          expected.add(region);
        }
      }
      assertThat(regions).isEqualTo(expected).contains("HK", "US", "SG").doesNotContain("CN", "RU", "KZ", "UA");
      assertThat(data.get(0).get("IOS2").asText()).isEqualTo("AC");
    }
  }
}
