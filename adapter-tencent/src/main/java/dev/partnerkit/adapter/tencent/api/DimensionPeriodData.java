package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code DimensionPeriodData}: Cost dimension periodic data. Unknown fields are ignored when read; null
 * fields are not written.
 *
 * @param code {@code Code} (always set): code corresponding to the function name after dimensional classification
 * @param sumCost {@code SumCost} (always set): Sum value of the current group
 * @param itemDetail {@code ItemDetail} (always set): Amount statistics by date grouping
 * @param name {@code Name}: Function name by dimensional classification
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DimensionPeriodData(
    @JsonProperty("Name") String name,
    @JsonProperty("Code") String code,
    @JsonProperty("SumCost") String sumCost,
    @JsonProperty("ItemDetail") List<PeriodItemDetail> itemDetail) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DimensionPeriodData {
    itemDetail = WireValues.copy(itemDetail);
  }
}
