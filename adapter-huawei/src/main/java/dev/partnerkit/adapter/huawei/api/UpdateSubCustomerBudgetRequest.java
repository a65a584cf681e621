package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Body of UpdateSubCustomerBudget (international): set a customer's budget.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id
 * @param budgetAmount {@code budget_amount}: budget in USD, 2 decimals, in (0, 2147483647]
 * @param cancelPartnerFrozen {@code cancel_partner_frozen}: {@code "1"} to also unfreeze the account
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customer
 * @param budgetType {@code budget_type}: {@code MONTHLY} (default) or {@code PACKAGE}
 * @param frozenOperateType {@code frozen_operate_type}: when used up: {@code 0} manual freeze, {@code 1} automatic
 *     freeze
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateSubCustomerBudgetRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("budget_amount") BigDecimal budgetAmount,
    @JsonProperty("cancel_partner_frozen") String cancelPartnerFrozen,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("budget_type") String budgetType,
    @JsonProperty("frozen_operate_type") Integer frozenOperateType) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateSubCustomerBudgetRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private BigDecimal budgetAmount;
    private String cancelPartnerFrozen;
    private String indirectPartnerId;
    private String budgetType;
    private Integer frozenOperateType;

    private Builder() {}

    /** Sets {@code customer_id}: customer id. */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code budget_amount}: budget in USD, 2 decimals, in (0, 2147483647]. */
    public Builder budgetAmount(BigDecimal budgetAmount) {
      this.budgetAmount = budgetAmount;
      return this;
    }

    /** Sets {@code cancel_partner_frozen}: {@code "1"} to also unfreeze the account. */
    public Builder cancelPartnerFrozen(String cancelPartnerFrozen) {
      this.cancelPartnerFrozen = cancelPartnerFrozen;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's customer. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code budget_type}: {@code MONTHLY} (default) or {@code PACKAGE}. */
    public Builder budgetType(String budgetType) {
      this.budgetType = budgetType;
      return this;
    }

    /** Sets {@code frozen_operate_type}: when used up: {@code 0} manual freeze, {@code 1} automatic freeze. */
    public Builder frozenOperateType(Integer frozenOperateType) {
      this.frozenOperateType = frozenOperateType;
      return this;
    }

    /** The request. */
    public UpdateSubCustomerBudgetRequest build() {
      return new UpdateSubCustomerBudgetRequest(customerId, budgetAmount, cancelPartnerFrozen, indirectPartnerId, budgetType, frozenOperateType);
    }
  }
}
