package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code CostAnalyzeDimensionData}: Cost analysis dimension data. Unknown fields are ignored when read; null
 * fields are not written.
 *
 * @param totalCount {@code TotalCount} (always set): Total number of entries by dimension statistics
 * @param sumCost {@code SumCost} (always set): Sum value
 * @param periodItemDetail {@code PeriodItemDetail} (always set): Total amount by date dimension
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostAnalyzeDimensionData(
    @JsonProperty("TotalCount") Long totalCount,
    @JsonProperty("SumCost") String sumCost,
    @JsonProperty("PeriodItemDetail") List<PeriodItemDetail> periodItemDetail) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public CostAnalyzeDimensionData {
    periodItemDetail = WireValues.copy(periodItemDetail);
  }
}
