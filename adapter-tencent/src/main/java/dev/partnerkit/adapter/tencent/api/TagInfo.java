package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code TagInfo}: Cost Allocation Tags. Unknown fields are ignored when read; null fields are not written.
 *
 * @param tagKey {@code TagKey} (always set): Tag key.
 * @param tagValue {@code TagValue} (always set): Tag value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TagInfo(
    @JsonProperty("TagKey") String tagKey,
    @JsonProperty("TagValue") String tagValue) {
}
