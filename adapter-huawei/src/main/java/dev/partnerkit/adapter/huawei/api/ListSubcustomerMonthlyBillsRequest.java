package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListSubcustomerMonthlyBills (China): customers' monthly spend.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id
 * @param cycle {@code cycle}: {@code YYYY-MM} (required)
 * @param cloudServiceType {@code cloud_service_type}: e.g. {@code hws.service.type.obs}
 * @param chargeMode {@code charge_mode}: {@code 1} yearly/monthly, {@code 3} on demand, {@code 11} savings plan
 *     (required)
 * @param billType {@code bill_type}: {@code 0} consumption, {@code 1} unsubscription, {@code 2} write-off
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubcustomerMonthlyBillsRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("cycle") String cycle,
    @JsonProperty("cloud_service_type") String cloudServiceType,
    @JsonProperty("charge_mode") String chargeMode,
    @JsonProperty("bill_type") String billType,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSubcustomerMonthlyBillsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private String cycle;
    private String cloudServiceType;
    private String chargeMode;
    private String billType;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code customer_id}: customer id. */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code cycle}: {@code YYYY-MM} (required). */
    public Builder cycle(String cycle) {
      this.cycle = cycle;
      return this;
    }

    /** Sets {@code cloud_service_type}: e.g. {@code hws.service.type.obs}. */
    public Builder cloudServiceType(String cloudServiceType) {
      this.cloudServiceType = cloudServiceType;
      return this;
    }

    /** Sets {@code charge_mode}: {@code 1} yearly/monthly, {@code 3} on demand, {@code 11} savings plan (required). */
    public Builder chargeMode(String chargeMode) {
      this.chargeMode = chargeMode;
      return this;
    }

    /** Sets {@code bill_type}: {@code 0} consumption, {@code 1} unsubscription, {@code 2} write-off. */
    public Builder billType(String billType) {
      this.billType = billType;
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

    /** Sets {@code indirect_partner_id}: a cloud reseller's customers. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListSubcustomerMonthlyBillsRequest build() {
      return new ListSubcustomerMonthlyBillsRequest(customerId, cycle, cloudServiceType, chargeMode, billType, offset, limit, indirectPartnerId);
    }
  }
}
