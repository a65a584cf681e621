package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code TradeOneNode}: Primary Industry Information. Unknown fields are ignored when read; null fields are
 * not written.
 *
 * @param id {@code Id} (always set): Layer-1 industry id.
 * @param children {@code Children} (always set): Layer-2 industries corresponding to the layer-1 industry.
 * @param name {@code Name}: Layer-1 industry name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeOneNode(
    @JsonProperty("Name") String name,
    @JsonProperty("Id") String id,
    @JsonProperty("Children") List<TradeTwoNode> children) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public TradeOneNode {
    children = WireValues.copy(children);
  }
}
