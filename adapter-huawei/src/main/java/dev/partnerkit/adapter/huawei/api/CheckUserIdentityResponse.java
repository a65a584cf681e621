package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of CheckUserIdentity (HTTP 200, with {@code CBC.0000} on success).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param errorCode {@code error_code}: {@code CBC.0000} on success
 * @param errorMsg {@code error_msg}: {@code success} on success
 * @param checkResult {@code check_result}: {@code available} or {@code used_by_user}
 * @param mobileRemainAvailableNum {@code mobile_remain_available_num}: for a mobile: how many more customers may
 *     register with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckUserIdentityResponse(
    @JsonProperty("error_code") String errorCode,
    @JsonProperty("error_msg") String errorMsg,
    @JsonProperty("check_result") String checkResult,
    @JsonProperty("mobile_remain_available_num") Integer mobileRemainAvailableNum) {
}
