package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code TradeTwoNode}: Secondary Industry Information. Unknown fields are ignored when read; null fields are
 * not written.
 *
 * @param id {@code Id} (always set): Secondary industry id.
 * @param tradeInfo {@code TradeInfo} (always set): Industry information.
 * @param name {@code Name}: Secondary industry name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeTwoNode(
    @JsonProperty("Name") String name,
    @JsonProperty("Id") String id,
    @JsonProperty("TradeInfo") String tradeInfo) {
}
