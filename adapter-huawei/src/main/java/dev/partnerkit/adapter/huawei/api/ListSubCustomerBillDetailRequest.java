package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListSubCustomerBillDetail (China): a customer's resource fee records for one month.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param billCycle {@code bill_cycle}: {@code YYYY-MM} (required)
 * @param customerId {@code customer_id}: customer id (required)
 * @param serviceTypeCode {@code service_type_code}: service type
 * @param regionCode {@code region_code}: region
 * @param chargingMode {@code charging_mode}: {@code 1}, {@code 3}, {@code 10} or {@code 11}
 * @param billDetailType {@code bill_detail_type}: {@code 1} new purchase, {@code 2} renewal, {@code 3} change, {@code
 *     4} refund, {@code 5} usage, ...
 * @param resourceId {@code resource_id}: resource id
 * @param resourceName {@code resource_name}: resource name
 * @param tradeId {@code trade_id}: trade id
 * @param accountManagerId {@code account_manager_id}: account manager
 * @param associationType {@code association_type}: association type
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customer
 * @param billDateBegin {@code bill_date_begin}: within {@code bill_cycle}
 * @param billDateEnd {@code bill_date_end}: within {@code bill_cycle}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerBillDetailRequest(
    @JsonProperty("bill_cycle") String billCycle,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("service_type_code") String serviceTypeCode,
    @JsonProperty("region_code") String regionCode,
    @JsonProperty("charging_mode") Integer chargingMode,
    @JsonProperty("bill_detail_type") Integer billDetailType,
    @JsonProperty("resource_id") String resourceId,
    @JsonProperty("resource_name") String resourceName,
    @JsonProperty("trade_id") String tradeId,
    @JsonProperty("account_manager_id") String accountManagerId,
    @JsonProperty("association_type") String associationType,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("bill_date_begin") String billDateBegin,
    @JsonProperty("bill_date_end") String billDateEnd) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSubCustomerBillDetailRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String billCycle;
    private String customerId;
    private String serviceTypeCode;
    private String regionCode;
    private Integer chargingMode;
    private Integer billDetailType;
    private String resourceId;
    private String resourceName;
    private String tradeId;
    private String accountManagerId;
    private String associationType;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;
    private String billDateBegin;
    private String billDateEnd;

    private Builder() {}

    /** Sets {@code bill_cycle}: {@code YYYY-MM} (required). */
    public Builder billCycle(String billCycle) {
      this.billCycle = billCycle;
      return this;
    }

    /** Sets {@code customer_id}: customer id (required). */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code service_type_code}: service type. */
    public Builder serviceTypeCode(String serviceTypeCode) {
      this.serviceTypeCode = serviceTypeCode;
      return this;
    }

    /** Sets {@code region_code}: region. */
    public Builder regionCode(String regionCode) {
      this.regionCode = regionCode;
      return this;
    }

    /** Sets {@code charging_mode}: {@code 1}, {@code 3}, {@code 10} or {@code 11}. */
    public Builder chargingMode(Integer chargingMode) {
      this.chargingMode = chargingMode;
      return this;
    }

    /** Sets {@code bill_detail_type}: {@code 1} new purchase, {@code 2} renewal, {@code 3} change, {@code 4} refund, {@code 5} usage, .... */
    public Builder billDetailType(Integer billDetailType) {
      this.billDetailType = billDetailType;
      return this;
    }

    /** Sets {@code resource_id}: resource id. */
    public Builder resourceId(String resourceId) {
      this.resourceId = resourceId;
      return this;
    }

    /** Sets {@code resource_name}: resource name. */
    public Builder resourceName(String resourceName) {
      this.resourceName = resourceName;
      return this;
    }

    /** Sets {@code trade_id}: trade id. */
    public Builder tradeId(String tradeId) {
      this.tradeId = tradeId;
      return this;
    }

    /** Sets {@code account_manager_id}: account manager. */
    public Builder accountManagerId(String accountManagerId) {
      this.accountManagerId = accountManagerId;
      return this;
    }

    /** Sets {@code association_type}: association type. */
    public Builder associationType(String associationType) {
      this.associationType = associationType;
      return this;
    }

    /** Sets {@code offset}: 0-based record offset. */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /** Sets {@code limit}: page size. */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's customer. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code bill_date_begin}: within {@code bill_cycle}. */
    public Builder billDateBegin(String billDateBegin) {
      this.billDateBegin = billDateBegin;
      return this;
    }

    /** Sets {@code bill_date_end}: within {@code bill_cycle}. */
    public Builder billDateEnd(String billDateEnd) {
      this.billDateEnd = billDateEnd;
      return this;
    }

    /** The request. */
    public ListSubCustomerBillDetailRequest build() {
      return new ListSubCustomerBillDetailRequest(billCycle, customerId, serviceTypeCode, regionCode, chargingMode, billDetailType, resourceId, resourceName, tradeId, accountManagerId, associationType, offset, limit, indirectPartnerId, billDateBegin, billDateEnd);
    }
  }
}
