package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Body of ReclaimIndirectPartnerAccount (China): a distributor reclaims reseller funds.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param indirectPartnerId {@code indirect_partner_id}: reseller id (required)
 * @param amount {@code amount}: amount in CNY, at most the reseller's balance
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReclaimIndirectPartnerAccountRequest(
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("amount") BigDecimal amount) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReclaimIndirectPartnerAccountRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String indirectPartnerId;
    private BigDecimal amount;

    private Builder() {}

    /** Sets {@code indirect_partner_id}: reseller id (required). */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code amount}: amount in CNY, at most the reseller's balance. */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /** The request. */
    public ReclaimIndirectPartnerAccountRequest build() {
      return new ReclaimIndirectPartnerAccountRequest(indirectPartnerId, amount);
    }
  }
}
