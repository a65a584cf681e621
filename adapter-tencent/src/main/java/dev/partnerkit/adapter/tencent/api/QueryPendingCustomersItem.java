package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code QueryPendingCustomersItem}: Pending review sub-customer. Unknown fields are ignored when read; null
 * fields are not written.
 *
 * @param applyTime {@code ApplyTime} (always set): Application time.
 * @param clientUin {@code ClientUin} (always set): Sub-Account uin.
 * @param email {@code Email} (always set): Email.
 * @param mobile {@code Mobile} (always set): Mobile number.
 * @param status {@code Status} (always set): Approval status.
 * @param type {@code Type} (always set): Sub-Customer type.
 * @param name {@code Name}: Name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryPendingCustomersItem(
    @JsonProperty("Name") String name,
    @JsonProperty("ApplyTime") String applyTime,
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("Email") String email,
    @JsonProperty("Mobile") String mobile,
    @JsonProperty("Status") String status,
    @JsonProperty("Type") String type) {
}
