package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code DescribeCustomerOwnCostExplorerSummary} action (the content of the {@code Response} envelope
 * on success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param dimensionName {@code DimensionName} (always set): Classification dimension
 * @param detail {@code Detail} (always set): Details
 * @param totalDetail {@code TotalDetail} (always set): Classification dimension statistics
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerOwnCostExplorerSummaryResponse(
    @JsonProperty("DimensionName") String dimensionName,
    @JsonProperty("Detail") List<DimensionPeriodData> detail,
    @JsonProperty("TotalDetail") CostAnalyzeDimensionData totalDetail,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeCustomerOwnCostExplorerSummaryResponse {
    detail = WireValues.copy(detail);
  }
}
