package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code DescribeBillSummaryByProduct} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param summaryOverview {@code SummaryOverview} (always set): Detailed information of product dimension.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeBillSummaryByProductResponse(
    @JsonProperty("SummaryOverview") List<BusinessSummaryOverviewItem> summaryOverview,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeBillSummaryByProductResponse {
    summaryOverview = WireValues.copy(summaryOverview);
  }
}
