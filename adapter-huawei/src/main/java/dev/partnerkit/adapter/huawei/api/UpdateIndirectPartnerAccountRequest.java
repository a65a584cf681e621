package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Body of UpdateIndirectPartnerAccount (China): a distributor funds a cloud reseller.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param indirectPartnerId {@code indirect_partner_id}: reseller id (required)
 * @param amount {@code amount}: amount in CNY
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateIndirectPartnerAccountRequest(
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("amount") BigDecimal amount) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateIndirectPartnerAccountRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String indirectPartnerId;
    private BigDecimal amount;

    private Builder() {}

    /** Sets {@code indirect_partner_id}: reseller id (required). */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code amount}: amount in CNY. */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /** The request. */
    public UpdateIndirectPartnerAccountRequest build() {
      return new UpdateIndirectPartnerAccountRequest(indirectPartnerId, amount);
    }
  }
}
