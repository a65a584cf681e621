package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Wire type {@code QuerySubAgentsDetailV2ResponseData}: Second-Level reseller information. Unknown fields are ignored
 * when read; null fields are not written.
 *
 * @param subAgentUin {@code SubAgentUin} (always set): Second-level reseller UIN.
 * @param remark {@code Remark} (always set): Remarks
 * @param mobile {@code Mobile} (always set): Mobile number.
 * @param email {@code Email} (always set): Specifies the mailbox.
 * @param countOfCustomers {@code CountOfCustomers} (always set): Number of secondary dealer sub-customers.
 * @param bindTime {@code BindTime} (always set): Binding time.
 * @param credit {@code Credit} (always set): Credit limit pool of second-level reseller.
 * @param remainingCredit {@code RemainingCredit} (always set): Value pool of unconsumed credit limit for second-level
 *     reseller.
 * @param voucher {@code Voucher} (always set): Cash coupon quota pool for second-level reseller.
 * @param remainingVoucher {@code RemainingVoucher} (always set): Balance of cash coupon quota pool for second-level
 *     reseller.
 * @param name {@code Name}: Name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuerySubAgentsDetailV2ResponseData(
    @JsonProperty("Name") String name,
    @JsonProperty("SubAgentUin") Long subAgentUin,
    @JsonProperty("Remark") String remark,
    @JsonProperty("Mobile") String mobile,
    @JsonProperty("Email") String email,
    @JsonProperty("CountOfCustomers") Long countOfCustomers,
    @JsonProperty("BindTime") String bindTime,
    @JsonProperty("Credit") BigDecimal credit,
    @JsonProperty("RemainingCredit") BigDecimal remainingCredit,
    @JsonProperty("Voucher") BigDecimal voucher,
    @JsonProperty("RemainingVoucher") BigDecimal remainingVoucher) {
}
