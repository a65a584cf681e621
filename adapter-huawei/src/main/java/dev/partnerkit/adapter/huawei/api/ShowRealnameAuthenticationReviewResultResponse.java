package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of ShowRealnameAuthenticationReviewResult.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param reviewResult {@code review_result}: review result
 * @param opinion {@code opinion}: reviewer's opinion
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowRealnameAuthenticationReviewResultResponse(
    @JsonProperty("review_result") Integer reviewResult,
    @JsonProperty("opinion") String opinion) {
}
