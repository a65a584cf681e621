package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code DescribeCustomerOwnVoucherItem}: Voucher data. Unknown fields are ignored when read; null fields are
 * not written.
 *
 * @param voucherId {@code VoucherId} (always set): Voucher ID.
 * @param customerUin {@code CustomerUin} (always set): Sub-account UIN
 * @param voucherStatus {@code VoucherStatus} (always set): Voucher status: Issued/Used/Expired/Invalidated.
 * @param remainingAmount {@code RemainingAmount} (always set): Remaining amount.
 * @param totalAmount {@code TotalAmount} (always set): Denomination.
 * @param paymentMode {@code PaymentMode} (always set): Payment mode. valid values: AllPayment, Prepaid, and Postpaid.
 * @param productScope {@code ProductScope} (always set): Applicable product:
 *     AllProducts/SpecifyProducts/SpecifyProductsBlacklist.
 * @param effectiveTime {@code EffectiveTime} (always set): Start time.
 * @param expireTime {@code ExpireTime} (always set): End time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerOwnVoucherItem(
    @JsonProperty("VoucherId") Long voucherId,
    @JsonProperty("CustomerUin") Long customerUin,
    @JsonProperty("VoucherStatus") String voucherStatus,
    @JsonProperty("RemainingAmount") BigDecimal remainingAmount,
    @JsonProperty("TotalAmount") BigDecimal totalAmount,
    @JsonProperty("PaymentMode") String paymentMode,
    @JsonProperty("ProductScope") String productScope,
    @JsonProperty("EffectiveTime") String effectiveTime,
    @JsonProperty("ExpireTime") String expireTime) {
}
