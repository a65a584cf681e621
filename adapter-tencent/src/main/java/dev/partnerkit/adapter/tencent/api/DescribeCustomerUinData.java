package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code DescribeCustomerUinData}: List of customer UINs. Unknown fields are ignored when read; null fields
 * are not written.
 *
 * @param customerUin {@code CustomerUin} (may be null): Customer UIN
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerUinData(
    @JsonProperty("CustomerUin") String customerUin) {
}
