package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ShowSubCustomerBudget (international).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id (required)
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowSubCustomerBudgetRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShowSubCustomerBudgetRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private String indirectPartnerId;

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

    /** The request. */
    public ShowSubCustomerBudgetRequest build() {
      return new ShowSubCustomerBudgetRequest(customerId, indirectPartnerId);
    }
  }
}
