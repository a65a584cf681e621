package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code QueryVoucherAmountByUinItem}: Customer voucher quota. Unknown fields are ignored when read; null
 * fields are not written.
 *
 * @param clientUin {@code ClientUin} (always set): Customer UIN
 * @param totalAmount {@code TotalAmount} (always set): Voucher quota
 * @param remainAmount {@code RemainAmount} (always set): Voucher amount
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryVoucherAmountByUinItem(
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("TotalAmount") BigDecimal totalAmount,
    @JsonProperty("RemainAmount") BigDecimal remainAmount) {
}
