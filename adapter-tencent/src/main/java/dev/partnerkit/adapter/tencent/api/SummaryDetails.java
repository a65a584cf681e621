package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code SummaryDetails}: Detailed summary by billing dimension. Unknown fields are ignored when read; null
 * fields are not written.
 *
 * @param business {@code Business} (always set): Product information list.
 * @param originalCost {@code OriginalCost} (always set): Original price.
 * @param voucherPayAmount {@code VoucherPayAmount} (always set): Voucher amount.
 * @param riCost {@code RICost} (always set): RI deduction.
 * @param totalCost {@code TotalCost} (always set): .
 * @param groupKey {@code GroupKey} (always set): Classification dimension summary key.
 * @param groupValue {@code GroupValue} (always set): Summary value by classification dimension.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SummaryDetails(
    @JsonProperty("Business") List<BusinessInfo> business,
    @JsonProperty("OriginalCost") String originalCost,
    @JsonProperty("VoucherPayAmount") String voucherPayAmount,
    @JsonProperty("RICost") String riCost,
    @JsonProperty("TotalCost") String totalCost,
    @JsonProperty("GroupKey") String groupKey,
    @JsonProperty("GroupValue") String groupValue) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public SummaryDetails {
    business = WireValues.copy(business);
  }
}
