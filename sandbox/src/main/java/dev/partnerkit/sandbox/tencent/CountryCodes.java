package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.partnerkit.domain.Area;
import dev.partnerkit.domain.TencentRules;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.TreeSet;

/**
 * GetCountryCodes' list, generated from libphonenumber (the same data as the domain's {@code CallingCode} and {@code
 * Area}): every region with telephone numbering, its calling code, English and Chinese names and ISO codes, without
 * the calling codes Tencent refuses ({@link TencentRules#BANNED_CALLING_CODES}: 7, 380, 86).
 */
final class CountryCodes {

  private CountryCodes() {}

  static ArrayNode generate() {
    ArrayNode out = Json.array();
    for (String region : new TreeSet<>(PhoneNumberUtil.getInstance().getSupportedRegions())) {
      Area area = new Area(region);
      int code = area.callingCode().value();
      if (TencentRules.BANNED_CALLING_CODES.contains(code)) {
        continue;
      }
      Locale locale = new Locale("", region);
      out.add(
          Json.object()
              .put("EnName", locale.getDisplayCountry(Locale.ENGLISH))
              .put("Name", locale.getDisplayCountry(Locale.SIMPLIFIED_CHINESE))
              .put("IOS2", region)
              .put("IOS3", iso3(locale, region))
              .put("Code", area.callingCode().wire()));
    }
    return out;
  }

  private static String iso3(Locale locale, String region) {
    try {
      return locale.getISO3Country();
    } catch (MissingResourceException e) {
      return region;
    }
  }
}
