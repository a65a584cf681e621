package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Response of the {@code DescribeCustomerVoucherUsageDetails} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param data {@code Data} (always set): Voucher information details
 * @param customerUin {@code CustomerUin} (always set): Customer UIN
 * @param voucherId {@code VoucherId} (always set): Voucher ID.
 * @param totalAmount {@code TotalAmount} (always set): Total voucher amount
 * @param remainAmount {@code RemainAmount} (always set): Voucher balance
 * @param totalRecordsCount {@code TotalRecordsCount} (always set): Total number of records
 * @param month {@code Month} (always set): Voucher Usage Month
 * @param recordsCountByMonth {@code RecordsCountByMonth} (always set): Number of records in the current month
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerVoucherUsageDetailsResponse(
    @JsonProperty("Data") List<UsageDetail> data,
    @JsonProperty("CustomerUin") Long customerUin,
    @JsonProperty("VoucherId") Long voucherId,
    @JsonProperty("TotalAmount") BigDecimal totalAmount,
    @JsonProperty("RemainAmount") BigDecimal remainAmount,
    @JsonProperty("TotalRecordsCount") Long totalRecordsCount,
    @JsonProperty("Month") String month,
    @JsonProperty("RecordsCountByMonth") Long recordsCountByMonth,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeCustomerVoucherUsageDetailsResponse {
    data = WireValues.copy(data);
  }
}
