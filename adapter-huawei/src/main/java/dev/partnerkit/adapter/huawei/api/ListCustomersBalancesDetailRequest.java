package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of ListCustomersBalancesDetail (China): balances of reseller-model customers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerInfos {@code customer_infos}: the customers (required)
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListCustomersBalancesDetailRequest(
    @JsonProperty("customer_infos") List<CustomerRef> customerInfos,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** Copies the lists, so that the record is immutable. */
  public ListCustomersBalancesDetailRequest {
    customerInfos = customerInfos == null ? null : Collections.unmodifiableList(new ArrayList<>(customerInfos));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListCustomersBalancesDetailRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<CustomerRef> customerInfos;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code customer_infos}: the customers (required). */
    public Builder customerInfos(List<CustomerRef> customerInfos) {
      this.customerInfos = customerInfos;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's customers. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListCustomersBalancesDetailRequest build() {
      return new ListCustomersBalancesDetailRequest(customerInfos, indirectPartnerId);
    }
  }
}
