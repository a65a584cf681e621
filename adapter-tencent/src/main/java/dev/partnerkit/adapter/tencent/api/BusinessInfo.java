package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code BusinessInfo}: Product information. Unknown fields are ignored when read; null fields are not
 * written.
 *
 * @param businessCodeName {@code BusinessCodeName} (always set): Product name.
 * @param businessCode {@code BusinessCode} (always set): Product code.
 * @param originalCost {@code OriginalCost} (always set): Original price.
 * @param voucherPayAmount {@code VoucherPayAmount} (always set): Voucher amount.
 * @param riCost {@code RICost} (always set): RI deduction.
 * @param totalCost {@code TotalCost} (always set): Total amount.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BusinessInfo(
    @JsonProperty("BusinessCodeName") String businessCodeName,
    @JsonProperty("BusinessCode") String businessCode,
    @JsonProperty("OriginalCost") String originalCost,
    @JsonProperty("VoucherPayAmount") String voucherPayAmount,
    @JsonProperty("RICost") String riCost,
    @JsonProperty("TotalCost") String totalCost) {
}
