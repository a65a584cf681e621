package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code QueryDirectCustomersCreditData}: The credit information of direct customers. Unknown fields are
 * ignored when read; null fields are not written.
 *
 * @param uin {@code Uin} (always set): User UIN
 * @param totalCredit {@code TotalCredit} (always set): Total credit
 * @param remainingCredit {@code RemainingCredit} (always set): Remaining credit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryDirectCustomersCreditData(
    @JsonProperty("Uin") Long uin,
    @JsonProperty("TotalCredit") BigDecimal totalCredit,
    @JsonProperty("RemainingCredit") BigDecimal remainingCredit) {
}
