package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code ActionSummaryOverviewItem}: Transaction type details in the customer bill data totaled by payment
 * mode. Unknown fields are ignored when read; null fields are not written.
 *
 * @param actionType {@code ActionType} (always set): Transaction type code.
 * @param actionTypeName {@code ActionTypeName} (always set): Transaction type name.
 * @param originalCost {@code OriginalCost} (always set): Actual total consumption, up to 8 decimal places.
 * @param voucherPayAmount {@code VoucherPayAmount} (always set): Voucher payment amount, up to 8 decimal places.
 * @param totalCost {@code TotalCost} (always set): Total consumption, up to 8 decimal places.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionSummaryOverviewItem(
    @JsonProperty("ActionType") String actionType,
    @JsonProperty("ActionTypeName") String actionTypeName,
    @JsonProperty("OriginalCost") String originalCost,
    @JsonProperty("VoucherPayAmount") String voucherPayAmount,
    @JsonProperty("TotalCost") String totalCost) {
}
