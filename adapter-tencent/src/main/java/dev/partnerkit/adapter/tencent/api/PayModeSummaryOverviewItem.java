package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code PayModeSummaryOverviewItem}: Payment mode details in the customer bill data totaled by payment mode.
 * Unknown fields are ignored when read; null fields are not written.
 *
 * @param payMode {@code PayMode} (always set): Payment mode.
 * @param payModeName {@code PayModeName} (always set): Payment mode name.
 * @param originalCost {@code OriginalCost} (always set): Actual total consumption, up to 8 decimal places.
 * @param detail {@code Detail} (always set): Bill details in each payment mode.
 * @param voucherPayAmount {@code VoucherPayAmount} (always set): Voucher payment amount, up to 8 decimal places.
 * @param totalCost {@code TotalCost} (always set): Total consumption, up to 8 decimal places.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PayModeSummaryOverviewItem(
    @JsonProperty("PayMode") String payMode,
    @JsonProperty("PayModeName") String payModeName,
    @JsonProperty("OriginalCost") String originalCost,
    @JsonProperty("Detail") List<ActionSummaryOverviewItem> detail,
    @JsonProperty("VoucherPayAmount") String voucherPayAmount,
    @JsonProperty("TotalCost") String totalCost) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public PayModeSummaryOverviewItem {
    detail = WireValues.copy(detail);
  }
}
