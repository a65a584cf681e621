package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One ledger entry.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param accountChangeId {@code account_change_id}: entry id
 * @param tradeDetailType {@code trade_detail_type}: detailed trade type
 * @param tradeTime {@code trade_time}: time
 * @param tradeId {@code trade_id}: trade id
 * @param changeAmount {@code change_amount}: amount changed, as the vendor sends it (a string)
 * @param balanceAfterChange {@code balance_after_change}: balance afterwards (a string)
 * @param type {@code type}: {@code 1} income, {@code 2} expense
 * @param customerId {@code customer_id}: customer id
 * @param accountName {@code account_name}: customer login name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountChangeRecord(
    @JsonProperty("account_change_id") String accountChangeId,
    @JsonProperty("trade_detail_type") String tradeDetailType,
    @JsonProperty("trade_time") String tradeTime,
    @JsonProperty("trade_id") String tradeId,
    @JsonProperty("change_amount") String changeAmount,
    @JsonProperty("balance_after_change") String balanceAfterChange,
    @JsonProperty("type") String type,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("account_name") String accountName) {
}
