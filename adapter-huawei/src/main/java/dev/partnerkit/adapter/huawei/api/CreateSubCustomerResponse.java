package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of CreateSubCustomer (HTTP 200).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param domainId {@code domain_id}: the new account's id (the customer id elsewhere)
 * @param domainName {@code domain_name}: the account name, as sent or generated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateSubCustomerResponse(
    @JsonProperty("domain_id") String domainId,
    @JsonProperty("domain_name") String domainName) {
}
