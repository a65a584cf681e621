package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListPartnerBalances (China).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's balances instead of the caller's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPartnerBalancesRequest(
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPartnerBalancesRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code indirect_partner_id}: a cloud reseller's balances instead of the caller's. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListPartnerBalancesRequest build() {
      return new ListPartnerBalancesRequest(indirectPartnerId);
    }
  }
}
