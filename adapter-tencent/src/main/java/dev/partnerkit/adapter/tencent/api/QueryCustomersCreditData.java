package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code QueryCustomersCreditData}: Complex type of output parameters for querying customer's credit. Unknown
 * fields are ignored when read; null fields are not written.
 *
 * @param type {@code Type} (always set): Type
 * @param mobile {@code Mobile} (always set): Mobile number
 * @param email {@code Email} (always set): Email
 * @param arrears {@code Arrears} (always set): Overdue payment flag
 * @param associationTime {@code AssociationTime} (always set): Binding time
 * @param recentExpiry {@code RecentExpiry} (always set): Expiration time
 * @param clientUin {@code ClientUin} (always set): Customer UIN
 * @param credit {@code Credit} (always set): Credit allocated to a customer
 * @param remainingCredit {@code RemainingCredit} (always set): The remaining credit of a customer
 * @param identifyType {@code IdentifyType} (always set): 0: Identity not verified; 1: Individual identity verified; 2:
 *     Enterprise identity verified.
 * @param remark {@code Remark} (always set): Customer remarks
 * @param force {@code Force} (always set): Forced status
 * @param name {@code Name}: Name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryCustomersCreditData(
    @JsonProperty("Name") String name,
    @JsonProperty("Type") String type,
    @JsonProperty("Mobile") String mobile,
    @JsonProperty("Email") String email,
    @JsonProperty("Arrears") String arrears,
    @JsonProperty("AssociationTime") String associationTime,
    @JsonProperty("RecentExpiry") String recentExpiry,
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("Credit") BigDecimal credit,
    @JsonProperty("RemainingCredit") BigDecimal remainingCredit,
    @JsonProperty("IdentifyType") Long identifyType,
    @JsonProperty("Remark") String remark,
    @JsonProperty("Force") Long force) {
}
