package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of ListIndirectPartners: a distributor's cloud resellers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param accountName {@code account_name}: reseller login name
 * @param associatedOnBegin {@code associated_on_begin}: UTC with zone
 * @param associatedOnEnd {@code associated_on_end}: UTC with zone
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: one reseller
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListIndirectPartnersRequest(
    @JsonProperty("account_name") String accountName,
    @JsonProperty("associated_on_begin") String associatedOnBegin,
    @JsonProperty("associated_on_end") String associatedOnEnd,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListIndirectPartnersRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String accountName;
    private String associatedOnBegin;
    private String associatedOnEnd;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code account_name}: reseller login name. */
    public Builder accountName(String accountName) {
      this.accountName = accountName;
      return this;
    }

    /** Sets {@code associated_on_begin}: UTC with zone. */
    public Builder associatedOnBegin(String associatedOnBegin) {
      this.associatedOnBegin = associatedOnBegin;
      return this;
    }

    /** Sets {@code associated_on_end}: UTC with zone. */
    public Builder associatedOnEnd(String associatedOnEnd) {
      this.associatedOnEnd = associatedOnEnd;
      return this;
    }

    /** Sets {@code offset}: 0-based record offset. */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /** Sets {@code limit}: page size. */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Sets {@code indirect_partner_id}: one reseller. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListIndirectPartnersRequest build() {
      return new ListIndirectPartnersRequest(accountName, associatedOnBegin, associatedOnEnd, offset, limit, indirectPartnerId);
    }
  }
}
