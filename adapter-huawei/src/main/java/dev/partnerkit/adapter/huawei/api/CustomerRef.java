package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer named by id.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerRef(
    @JsonProperty("customer_id") String customerId) {
}
