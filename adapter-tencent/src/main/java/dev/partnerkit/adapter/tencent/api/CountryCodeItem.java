package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code CountryCodeItem}: Element type of the GetCountryCodes API. Unknown fields are ignored when read;
 * null fields are not written.
 *
 * @param enName {@code EnName} (always set): Country/region name in English
 * @param ios2 {@code IOS2} (always set): ISO2 standard country/region code
 * @param ios3 {@code IOS3} (always set): ISO3 standard country/region code
 * @param code {@code Code} (always set): International dialing code
 * @param name {@code Name}: Country/region name in Chinese
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CountryCodeItem(
    @JsonProperty("Name") String name,
    @JsonProperty("EnName") String enName,
    @JsonProperty("IOS2") String ios2,
    @JsonProperty("IOS3") String ios3,
    @JsonProperty("Code") String code) {
}
