package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An enterprise's legal representative.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 * {@link #toString()} masks {@code legel_id_number}.
 *
 * @param legelName {@code legel_name}: name (the vendor's spelling)
 * @param legelIdNumber {@code legel_id_number}: id number (the vendor's spelling)
 * @param certifierRole {@code certifier_role}: certifier role
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnterprisePerson(
    @JsonProperty("legel_name") String legelName,
    @JsonProperty("legel_id_number") String legelIdNumber,
    @JsonProperty("certifier_role") String certifierRole) {

  @Override
  public String toString() {
    return "EnterprisePerson["
        + "legelName=" + legelName
        + ", legelIdNumber=" + (legelIdNumber == null ? "null" : "******")
        + ", certifierRole=" + certifierRole
        + "]";
  }
}
