package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code QueryCreditAllocationHistoryData}: Returned information for querying the customer credit allocation
 * records. Unknown fields are ignored when read; null fields are not written.
 *
 * @param allocatedTime {@code AllocatedTime} (always set): Allocation time
 * @param operator {@code Operator} (always set): Operator
 * @param credit {@code Credit} (always set): Allocated credit value
 * @param allocatedCredit {@code AllocatedCredit} (always set): The allocated total credit
 * @param clientCreditAfter {@code ClientCreditAfter} (always set): Available credits after allocation.
 * @param remark {@code Remark} (always set): Remark
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryCreditAllocationHistoryData(
    @JsonProperty("AllocatedTime") String allocatedTime,
    @JsonProperty("Operator") String operator,
    @JsonProperty("Credit") BigDecimal credit,
    @JsonProperty("AllocatedCredit") BigDecimal allocatedCredit,
    @JsonProperty("ClientCreditAfter") BigDecimal clientCreditAfter,
    @JsonProperty("Remark") String remark) {
}
