package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code QueryPendingSubAgentsV2ResponseData}: Information of second-level reseller application in progress.
 * Unknown fields are ignored when read; null fields are not written.
 *
 * @param subAgentUin {@code SubAgentUin} (always set): Second-level reseller UIN.
 * @param mobile {@code Mobile} (always set): Mobile number.
 * @param email {@code Email} (always set): Specifies the mailbox.
 * @param applyTime {@code ApplyTime} (always set): Application time
 * @param status {@code Status} (always set): Approval status &#123;Reviewing: pending review&#125;.
 * @param materialUrl {@code MaterialUrl} (always set): Application material.
 * @param authState {@code AuthState} (always set): Identity verification status -1: file not uploaded 0: pending review
 *     1: under review; 2: review error; 3: approved.
 * @param name {@code Name}: Name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryPendingSubAgentsV2ResponseData(
    @JsonProperty("Name") String name,
    @JsonProperty("SubAgentUin") Long subAgentUin,
    @JsonProperty("Mobile") String mobile,
    @JsonProperty("Email") String email,
    @JsonProperty("ApplyTime") String applyTime,
    @JsonProperty("Status") String status,
    @JsonProperty("MaterialUrl") String materialUrl,
    @JsonProperty("AuthState") Long authState) {
}
