package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The part of a bill paid from one balance type.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param balanceType {@code balance_type}: balance type
 * @param amount {@code amount}: amount
 * @param billType {@code bill_type}: bill type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BalanceTypeDeduction(
    @JsonProperty("balance_type") String balanceType,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("bill_type") String billType) {
}
