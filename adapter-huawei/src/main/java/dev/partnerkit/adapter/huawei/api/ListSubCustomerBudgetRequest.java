package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of ListSubCustomerBudget (international): budgets of up to 100 customers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerIds {@code customer_ids}: at most 100 customer ids (required)
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerBudgetRequest(
    @JsonProperty("customer_ids") List<String> customerIds,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubCustomerBudgetRequest {
    customerIds = customerIds == null ? null : Collections.unmodifiableList(new ArrayList<>(customerIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSubCustomerBudgetRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<String> customerIds;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code customer_ids}: at most 100 customer ids (required). */
    public Builder customerIds(List<String> customerIds) {
      this.customerIds = customerIds;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's customers. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListSubCustomerBudgetRequest build() {
      return new ListSubCustomerBudgetRequest(customerIds, indirectPartnerId);
    }
  }
}
