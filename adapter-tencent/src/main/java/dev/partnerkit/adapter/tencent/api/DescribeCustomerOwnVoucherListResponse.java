package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code DescribeCustomerOwnVoucherList} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param totalCount {@code TotalCount} (always set): Total number of the list.
 * @param data {@code Data} (always set): Voucher information description.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerOwnVoucherListResponse(
    @JsonProperty("TotalCount") Long totalCount,
    @JsonProperty("Data") List<DescribeCustomerOwnVoucherItem> data,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeCustomerOwnVoucherListResponse {
    data = WireValues.copy(data);
  }
}
