package dev.partnerkit.domain;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A vendor's own list of countries and regions with their calling codes: Tencent's GetCountryCodes answer, from which
 * CreateAccount's {@code CountryCode} and {@code Area} "can be obtained" and against which the area must "correspond to
 * the CountryCode field" (seed 000 lines 104-106). Given to {@link TencentRegistration#validate(TencentRegistrationForm,
 * TradeCatalog, CountryCodeList)}, it decides which calling codes and areas a registration may use, instead of
 * libphonenumber's numbering plan alone.
 */
public final class CountryCodeList {

  private final Map<String, Integer> callingCodeByArea;

  private CountryCodeList(Map<String, Integer> callingCodeByArea) {
    this.callingCodeByArea = callingCodeByArea;
  }

  /** One entry of the list: an ISO 3166-1 alpha-2 area and its calling code, as the vendor lists them. */
  public record Country(String area, int callingCode) {
    public Country {
      Objects.requireNonNull(area, "area");
    }
  }

  /** The list made of {@code countries} (an area listed twice keeps its last calling code). */
  public static CountryCodeList of(Seq<Country> countries) {
    return new CountryCodeList(TreeMap.ofEntries(countries.map(c -> io.vavr.Tuple.of(c.area(), c.callingCode()))));
  }

  /** Whether some area of the list has this calling code. */
  public boolean hasCallingCode(CallingCode code) {
    return callingCodeByArea.values().contains(code.value());
  }

  /** The calling code the list gives this area, if it lists the area. */
  public Option<Integer> callingCodeOf(Area area) {
    return callingCodeByArea.get(area.code());
  }

  /** How many areas the list has. */
  public int size() {
    return callingCodeByArea.size();
  }

  @Override
  public String toString() {
    return "CountryCodeList[" + callingCodeByArea.size() + " areas]";
  }
}
