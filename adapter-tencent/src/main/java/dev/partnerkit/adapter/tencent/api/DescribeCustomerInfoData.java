package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code DescribeCustomerInfoData}: Customer information. Unknown fields are ignored when read; null fields
 * are not written.
 *
 * @param customerUin {@code CustomerUin} (always set): Sub-Account uin.
 * @param email {@code Email} (always set): Contact email.
 * @param phone {@code Phone} (always set): Contact phone number.
 * @param mark {@code Mark} (always set): Remarks.
 * @param bindTime {@code BindTime} (always set): Binding time.
 * @param accountStatus {@code AccountStatus} (always set): Account status. 0: normal. 1: forcibly mandatory (this
 *     function is not supported yet). 2: mandatory arrears.
 * @param authStatus {@code AuthStatus} (always set): Specifies the identity verification status. -999: account
 *     information not found. -1: file not uploaded. 0: pending review. Under review. Error in review: 2. 3: pass
 *     review.
 * @param authType {@code AuthType} (always set): Real-Name type. -1: default value. no such information. 0: personal
 *     type. 1: enterprise type.
 * @param cidRegisterTime {@code CidRegisterTime} (always set): Specifies the registration time of the cid.
 * @param uinRegisterTime {@code UinRegisterTime} (always set): Specifies the registration time of the uin.
 * @param authPassTime {@code AuthPassTime} (always set): Time when real-name authentication passed.
 * @param hasExpense {@code HasExpense} (always set): Whether there is consumption. 0: no consumption; 1: consumption.
 * @param name {@code Name}: Display name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeCustomerInfoData(
    @JsonProperty("Name") String name,
    @JsonProperty("CustomerUin") String customerUin,
    @JsonProperty("Email") String email,
    @JsonProperty("Phone") String phone,
    @JsonProperty("Mark") String mark,
    @JsonProperty("BindTime") String bindTime,
    @JsonProperty("AccountStatus") String accountStatus,
    @JsonProperty("AuthStatus") String authStatus,
    @JsonProperty("AuthType") Long authType,
    @JsonProperty("CidRegisterTime") String cidRegisterTime,
    @JsonProperty("UinRegisterTime") String uinRegisterTime,
    @JsonProperty("AuthPassTime") String authPassTime,
    @JsonProperty("HasExpense") Long hasExpense) {
}
