package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.partnerkit.sandbox.shared.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GetCountryCodes' list (ISO codes, calling code, English and Chinese names) and the lookups CreateAccount makes
 * against it: seed 000 says both {@code CountryCode} and {@code Area} "can be obtained via the GetCountryCodes API" and
 * that Area "should correspond to the CountryCode field". The shipped list is {@code country-codes.tsv} (generated
 * once, see its header); a user's {@code GetCountryCodes.json} fixture replaces it, for the answer and the checks.
 */
final class CountryCodes {

  private final ArrayNode data;
  private final Map<String, String> callingCodeByArea = new LinkedHashMap<>();

  private CountryCodes(ArrayNode data) {
    this.data = data;
    for (JsonNode row : data) {
      callingCodeByArea.put(row.path("IOS2").asText(), row.path("Code").asText());
    }
  }

  /** The list from a GetCountryCodes answer's {@code Data}. */
  static CountryCodes of(ArrayNode data) {
    return new CountryCodes(data.deepCopy());
  }

  /** The list shipped with the sandbox. */
  static CountryCodes shipped() {
    try (InputStream in = CountryCodes.class.getResourceAsStream("country-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("country-codes.tsv is missing from the sandbox jar");
      }
      ArrayNode out = Json.array();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .forEach(
              c ->
                  out.add(
                      Json.object().put("EnName", c[3]).put("Name", c[4]).put("IOS2", c[0]).put("IOS3", c[1])
                          .put("Code", c[2])));
      return new CountryCodes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GetCountryCodes' {@code Data}, a fresh copy. */
  ArrayNode data() {
    return data.deepCopy();
  }

  /** Whether some area of the list has this calling code. */
  boolean hasCallingCode(String code) {
    return callingCodeByArea.containsValue(code);
  }

  /** The calling code of this area, when the list has it. */
  Optional<String> callingCodeOf(String area) {
    return Optional.ofNullable(callingCodeByArea.get(area));
  }
}
