package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of UnfreezeSubCustomers (international).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerIds {@code customer_ids}: at most 10 customer ids
 * @param reason {@code reason}: why (at most 256 characters)
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customers
 * @param unfreezeType {@code unfreeze_type}: {@code ACCOUNT} or {@code ACCOUNT_AND_RESOURCE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnfreezeSubCustomersRequest(
    @JsonProperty("customer_ids") List<String> customerIds,
    @JsonProperty("reason") String reason,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("unfreeze_type") String unfreezeType) {

  /** Copies the lists, so that the record is immutable. */
  public UnfreezeSubCustomersRequest {
    customerIds = customerIds == null ? null : Collections.unmodifiableList(new ArrayList<>(customerIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnfreezeSubCustomersRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<String> customerIds;
    private String reason;
    private String indirectPartnerId;
    private String unfreezeType;

    private Builder() {}

    /** Sets {@code customer_ids}: at most 10 customer ids. */
    public Builder customerIds(List<String> customerIds) {
      this.customerIds = customerIds;
      return this;
    }

    /** Sets {@code reason}: why (at most 256 characters). */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's customers. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code unfreeze_type}: {@code ACCOUNT} or {@code ACCOUNT_AND_RESOURCE}. */
    public Builder unfreezeType(String unfreezeType) {
      this.unfreezeType = unfreezeType;
      return this;
    }

    /** The request. */
    public UnfreezeSubCustomersRequest build() {
      return new UnfreezeSubCustomersRequest(customerIds, reason, indirectPartnerId, unfreezeType);
    }
  }
}
