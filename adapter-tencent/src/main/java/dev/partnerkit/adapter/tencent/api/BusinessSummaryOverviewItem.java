package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code BusinessSummaryOverviewItem}: Product details in the customer bill data totaled by product. Unknown
 * fields are ignored when read; null fields are not written.
 *
 * @param businessCode {@code BusinessCode} (always set): Product code.
 * @param businessCodeName {@code BusinessCodeName} (always set): Product name.
 * @param originalCost {@code OriginalCost} (always set): List price, keep 8 decimal places.
 * @param voucherPayAmount {@code VoucherPayAmount} (always set): Voucher payment amount, keep 8 decimal places.
 * @param totalCost {@code TotalCost} (always set): Consumption amount, keep 8 decimal places.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BusinessSummaryOverviewItem(
    @JsonProperty("BusinessCode") String businessCode,
    @JsonProperty("BusinessCodeName") String businessCodeName,
    @JsonProperty("OriginalCost") String originalCost,
    @JsonProperty("VoucherPayAmount") String voucherPayAmount,
    @JsonProperty("TotalCost") String totalCost) {
}
