package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Body of UpdateCustomerAccountAmount (China): transfer funds from the partner to a customer.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id (required)
 * @param amount {@code amount}: amount in CNY, 2 decimals, greater than 0
 * @param indirectPartnerId {@code indirect_partner_id}: transfer from this cloud reseller's balance
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateCustomerAccountAmountRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateCustomerAccountAmountRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private BigDecimal amount;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code customer_id}: customer id (required). */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code amount}: amount in CNY, 2 decimals, greater than 0. */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /** Sets {@code indirect_partner_id}: transfer from this cloud reseller's balance. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public UpdateCustomerAccountAmountRequest build() {
      return new UpdateCustomerAccountAmountRequest(customerId, amount, indirectPartnerId);
    }
  }
}
