package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code BillQueryFilterMsg}: Query condition content kv format for bills. Unknown fields are ignored when
 * read; null fields are not written.
 *
 * @param key {@code Key} (may be null): Query condition key: various codes
 * @param value {@code Value} (may be null): Query condition value: Display name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillQueryFilterMsg(
    @JsonProperty("Key") String key,
    @JsonProperty("Value") String value) {
}
