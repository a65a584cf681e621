package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code RegionSummaryOverviewItem}: Region details in the customer bill data totaled by region. Unknown
 * fields are ignored when read; null fields are not written.
 *
 * @param regionId {@code RegionId} (always set): Region id.
 * @param regionName {@code RegionName} (always set): Region name.
 * @param originalCost {@code OriginalCost} (always set): Actual total consumption, up to 8 decimal places.
 * @param voucherPayAmount {@code VoucherPayAmount} (always set): Voucher payment amount, up to 8 decimal places.
 * @param totalCost {@code TotalCost} (always set): Total consumption, up to 8 decimal places.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionSummaryOverviewItem(
    @JsonProperty("RegionId") String regionId,
    @JsonProperty("RegionName") String regionName,
    @JsonProperty("OriginalCost") String originalCost,
    @JsonProperty("VoucherPayAmount") String voucherPayAmount,
    @JsonProperty("TotalCost") String totalCost) {
}
