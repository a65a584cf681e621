package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of FreezeSubCustomers (international): freeze up to 10 reseller-model customers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerIds {@code customer_ids}: at most 10 customer ids
 * @param reason {@code reason}: why (at most 256 characters)
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customers
 * @param freezeType {@code freeze_type}: {@code ACCOUNT} or {@code ACCOUNT_AND_RESOURCE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FreezeSubCustomersRequest(
    @JsonProperty("customer_ids") List<String> customerIds,
    @JsonProperty("reason") String reason,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("freeze_type") String freezeType) {

  /** Copies the lists, so that the record is immutable. */
  public FreezeSubCustomersRequest {
    customerIds = customerIds == null ? null : Collections.unmodifiableList(new ArrayList<>(customerIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FreezeSubCustomersRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<String> customerIds;
    private String reason;
    private String indirectPartnerId;
    private String freezeType;

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

    /** Sets {@code freeze_type}: {@code ACCOUNT} or {@code ACCOUNT_AND_RESOURCE}. */
    public Builder freezeType(String freezeType) {
      this.freezeType = freezeType;
      return this;
    }

    /** The request. */
    public FreezeSubCustomersRequest build() {
      return new FreezeSubCustomersRequest(customerIds, reason, indirectPartnerId, freezeType);
    }
  }
}
