package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code QueryVoucherListByUinVoucherItem}: Customer voucher information. Unknown fields are ignored when
 * read; null fields are not written.
 *
 * @param voucherId {@code VoucherId} (always set): Voucher ID
 * @param voucherStatus {@code VoucherStatus} (always set): Voucher status
 * @param totalAmount {@code TotalAmount} (always set): Voucher value
 * @param remainAmount {@code RemainAmount} (always set): Balance
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryVoucherListByUinVoucherItem(
    @JsonProperty("VoucherId") String voucherId,
    @JsonProperty("VoucherStatus") String voucherStatus,
    @JsonProperty("TotalAmount") BigDecimal totalAmount,
    @JsonProperty("RemainAmount") BigDecimal remainAmount) {
}
