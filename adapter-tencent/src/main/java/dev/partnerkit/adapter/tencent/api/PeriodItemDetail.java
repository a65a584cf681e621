package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code PeriodItemDetail}: Cost cycle entry info. Unknown fields are ignored when read; null fields are not
 * written.
 *
 * @param period {@code Period} (always set): Date
 * @param cost {@code Cost} (always set): Fee
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeriodItemDetail(
    @JsonProperty("Period") String period,
    @JsonProperty("Cost") String cost) {
}
