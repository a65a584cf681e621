package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One customer's new-customer tag.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer id
 * @param customerTagType {@code customer_tag_type}: e.g. {@code SMB}
 * @param newCustomerTag {@code new_customer_tag}: {@code Y}, {@code N} or {@code UNDETERMINED}
 * @param effectiveTime {@code effective_time}: {@code YYYY-MM}
 * @param expireTime {@code expire_time}: {@code YYYY-MM}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewCustomerTag(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("customer_tag_type") String customerTagType,
    @JsonProperty("new_customer_tag") String newCustomerTag,
    @JsonProperty("effective_time") String effectiveTime,
    @JsonProperty("expire_time") String expireTime) {
}
