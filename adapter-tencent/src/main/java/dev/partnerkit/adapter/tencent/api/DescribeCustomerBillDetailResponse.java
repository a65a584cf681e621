package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code DescribeCustomerBillDetail} action (the content of the {@code Response} envelope on success).
 * Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param total {@code Total} (always set): Total number of data entries
 * @param detailSet {@code DetailSet} (may be null): Data details
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerBillDetailResponse(
    @JsonProperty("Total") Long total,
    @JsonProperty("DetailSet") List<BillDetailData> detailSet,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeCustomerBillDetailResponse {
    detailSet = WireValues.copy(detailSet);
  }
}
