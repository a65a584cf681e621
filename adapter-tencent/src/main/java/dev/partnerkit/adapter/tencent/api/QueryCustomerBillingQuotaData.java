package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code QueryCustomerBillingQuotaData}: Sub-customer credit balance data. Unknown fields are ignored when
 * read; null fields are not written.
 *
 * @param totalCredit {@code TotalCredit} (always set): Total credit limit (unit: usd), accurate down to two decimal
 *     places.
 * @param remainingCredit {@code RemainingCredit} (always set): Remaining credit limit (unit: usd), accurate down to two
 *     decimal places.
 * @param remainingVoucher {@code RemainingVoucher} (always set): Remaining total voucher amount (unit: usd), accurate
 *     down to two decimal places.
 * @param force {@code Force} (always set): Forced status.
 * @param prepayFrozen {@code PrepayFrozen} (always set): Prepaid frozen amount.
 * @param postpayFrozen {@code PostpayFrozen} (always set): Postpaid frozen amount.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryCustomerBillingQuotaData(
    @JsonProperty("TotalCredit") BigDecimal totalCredit,
    @JsonProperty("RemainingCredit") BigDecimal remainingCredit,
    @JsonProperty("RemainingVoucher") BigDecimal remainingVoucher,
    @JsonProperty("Force") Long force,
    @JsonProperty("PrepayFrozen") BigDecimal prepayFrozen,
    @JsonProperty("PostpayFrozen") BigDecimal postpayFrozen) {
}
