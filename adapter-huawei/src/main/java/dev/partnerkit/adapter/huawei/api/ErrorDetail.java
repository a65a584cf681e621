package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A per-item failure inside a batch answer (HTTP 200).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param errorCode {@code error_code}: the item's error code
 * @param errorMsg {@code error_msg}: the item's error text
 * @param id {@code id}: the customer (or reseller) the failure is about
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorDetail(
    @JsonProperty("error_code") String errorCode,
    @JsonProperty("error_msg") String errorMsg,
    @JsonProperty("id") String id) {
}
