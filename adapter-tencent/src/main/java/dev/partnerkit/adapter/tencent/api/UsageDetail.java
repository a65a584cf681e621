package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code UsageDetail}: Voucher usage details. Unknown fields are ignored when read; null fields are not
 * written.
 *
 * @param id {@code Id} (always set): Voucher log ID
 * @param voucherId {@code VoucherId} (always set): Voucher ID.
 * @param dealName {@code DealName} (always set): Order ID
 * @param billId {@code BillId} (always set): Billing ID
 * @param amount {@code Amount} (always set): Amount
 * @param payMode {@code PayMode} (always set): Payment mode
 * @param productCode {@code ProductCode} (always set): Order product code
 * @param subProductCode {@code SubProductCode} (always set): Sub-product code
 * @param productCodeName {@code ProductCodeName} (always set): Product name of the order
 * @param subProductCodeName {@code SubProductCodeName} (always set): Subproduct name of the order
 * @param payTime {@code PayTime} (always set): Order payment time
 * @param completionTime {@code CompletionTime} (always set): Order completion time
 * @param ownerUin {@code OwnerUin} (always set): Order owner uin
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UsageDetail(
    @JsonProperty("Id") Long id,
    @JsonProperty("VoucherId") String voucherId,
    @JsonProperty("DealName") String dealName,
    @JsonProperty("BillId") String billId,
    @JsonProperty("Amount") BigDecimal amount,
    @JsonProperty("PayMode") String payMode,
    @JsonProperty("ProductCode") String productCode,
    @JsonProperty("SubProductCode") String subProductCode,
    @JsonProperty("ProductCodeName") String productCodeName,
    @JsonProperty("SubProductCodeName") String subProductCodeName,
    @JsonProperty("PayTime") String payTime,
    @JsonProperty("CompletionTime") String completionTime,
    @JsonProperty("OwnerUin") Long ownerUin) {
}
