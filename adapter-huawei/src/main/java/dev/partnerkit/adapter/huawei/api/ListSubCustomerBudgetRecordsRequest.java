package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListSubCustomerBudgetRecords (international): budget change history.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id (required)
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customer
 * @param operationType {@code operation_type}: {@code SETTING} or {@code DELETE}
 * @param budgetType {@code budget_type}: {@code MONTHLY} or {@code PACKAGE}
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size, 1 to 100
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerBudgetRecordsRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("operation_type") String operationType,
    @JsonProperty("budget_type") String budgetType,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSubCustomerBudgetRecordsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private String indirectPartnerId;
    private String operationType;
    private String budgetType;
    private Integer offset;
    private Integer limit;

    private Builder() {}

    /** Sets {@code customer_id}: customer id (required). */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's customer. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code operation_type}: {@code SETTING} or {@code DELETE}. */
    public Builder operationType(String operationType) {
      this.operationType = operationType;
      return this;
    }

    /** Sets {@code budget_type}: {@code MONTHLY} or {@code PACKAGE}. */
    public Builder budgetType(String budgetType) {
      this.budgetType = budgetType;
      return this;
    }

    /** Sets {@code offset}: 0-based record offset. */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /** Sets {@code limit}: page size, 1 to 100. */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** The request. */
    public ListSubCustomerBudgetRecordsRequest build() {
      return new ListSubCustomerBudgetRecordsRequest(customerId, indirectPartnerId, operationType, budgetType, offset, limit);
    }
  }
}
