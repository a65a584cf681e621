package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code DescribeCustomerUin} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param data {@code Data} (may be null): List of customer UINs
 * @param total {@code Total} (always set): The number of customers
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerUinResponse(
    @JsonProperty("Data") List<DescribeCustomerUinData> data,
    @JsonProperty("Total") String total,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeCustomerUinResponse {
    data = WireValues.copy(data);
  }
}
