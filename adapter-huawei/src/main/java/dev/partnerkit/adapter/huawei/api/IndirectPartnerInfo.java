package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cloud reseller (tier-2 partner).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param indirectPartnerId {@code indirect_partner_id}: reseller id
 * @param mobilePhone {@code mobile_phone}: mobile
 * @param email {@code email}: email
 * @param accountName {@code account_name}: login name
 * @param name {@code name}: company name
 * @param associatedOn {@code associated_on}: association time
 * @param accountManagerId {@code account_manager_id}: manager login name
 * @param accountManagerName {@code account_manager_name}: manager name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndirectPartnerInfo(
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("mobile_phone") String mobilePhone,
    @JsonProperty("email") String email,
    @JsonProperty("account_name") String accountName,
    @JsonProperty("name") String name,
    @JsonProperty("associated_on") String associatedOn,
    @JsonProperty("account_manager_id") String accountManagerId,
    @JsonProperty("account_manager_name") String accountManagerName) {
}
