package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Answer of ListPostpaidBillSum: the partner's postpaid bill summary.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param billCycle {@code bill_cycle}: month
 * @param initialAmountDue {@code initial_amount_due}: consumption + refunds + adjustments, tax excluded
 * @param consumeAmount {@code consume_amount}: consumption
 * @param refunds {@code refunds}: refunds
 * @param adjustments {@code adjustments}: adjustments
 * @param taxAmount {@code tax_amount}: tax
 * @param currency {@code currency}: {@code USD}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPostpaidBillSumResponse(
    @JsonProperty("bill_cycle") String billCycle,
    @JsonProperty("initial_amount_due") BigDecimal initialAmountDue,
    @JsonProperty("consume_amount") BigDecimal consumeAmount,
    @JsonProperty("refunds") BigDecimal refunds,
    @JsonProperty("adjustments") BigDecimal adjustments,
    @JsonProperty("tax_amount") BigDecimal taxAmount,
    @JsonProperty("currency") String currency) {
}
