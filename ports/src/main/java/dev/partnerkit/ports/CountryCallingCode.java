package dev.partnerkit.ports;

import dev.partnerkit.domain.Area;
import dev.partnerkit.domain.CallingCode;
import java.util.Objects;

/** One entry of the vendor's country list (Tencent GetCountryCodes): an area, its calling code and its name. */
public record CountryCallingCode(Area area, CallingCode callingCode, String englishName) {
  public CountryCallingCode {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(callingCode, "callingCode");
    Objects.requireNonNull(englishName, "englishName");
  }
}
