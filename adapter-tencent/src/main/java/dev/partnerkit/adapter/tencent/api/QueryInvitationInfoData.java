package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code QueryInvitationInfoData}: Invitation link information. Unknown fields are ignored when read; null
 * fields are not written.
 *
 * @param invitationToken {@code InvitationToken} (always set): Invitation link token.
 * @param createTime {@code CreateTime} (always set): Creation time of the invitation link.
 * @param status {@code Status} (always set): Invite link status. 1: Unused. 2: Used.
 * @param useTime {@code UseTime} (always set): Indicates the usage time of the invitation link.
 * @param clientUin {@code ClientUin} (always set): Customer uin.
 * @param clientMail {@code ClientMail} (always set): Customer mailbox.
 * @param clientType {@code ClientType} (always set): Customer type. 1: Second-Level reseller. 2: Sub-Customer.
 * @param bindTime {@code BindTime} (always set): The binding time of the customer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryInvitationInfoData(
    @JsonProperty("InvitationToken") String invitationToken,
    @JsonProperty("CreateTime") String createTime,
    @JsonProperty("Status") Long status,
    @JsonProperty("UseTime") String useTime,
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("ClientMail") String clientMail,
    @JsonProperty("ClientType") Long clientType,
    @JsonProperty("BindTime") String bindTime) {
}
