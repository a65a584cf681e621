package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code QueryT1IndirectCustomersDetailResponseData}: Query data of indirect sub-customers of a first-level
 * distributor. Callable roles: Distributor. Unknown fields are ignored when read; null fields are not written.
 *
 * @param clientUin {@code ClientUin} (always set): Customer uin.
 * @param clientName {@code ClientName} (always set): Customer name.
 * @param clientBindTime {@code ClientBindTime} (always set): The time when a sub-customer binds a second-level
 *     reseller, time zone: UTC+08:00.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryT1IndirectCustomersDetailResponseData(
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("ClientName") String clientName,
    @JsonProperty("ClientBindTime") String clientBindTime) {
}
