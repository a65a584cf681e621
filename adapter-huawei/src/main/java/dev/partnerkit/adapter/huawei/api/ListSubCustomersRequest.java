package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of ListSubCustomers: the partner's customers, filtered; also the only way to show one customer ({@code
 * customer_id}).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param accountName {@code account_name}: login name, fuzzy match
 * @param customer {@code customer}: real-name name, fuzzy match
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size, at most 100 (default 10)
 * @param label {@code label}: label, fuzzy match
 * @param associationType {@code association_type}: China {@code 1} consulting / {@code 2} reseller; international
 *     {@code 1} / {@code 3} resale
 * @param associatedOnBegin {@code associated_on_begin}: UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'}
 * @param associatedOnEnd {@code associated_on_end}: UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'}
 * @param customerId {@code customer_id}: exact customer id
 * @param indirectPartnerId {@code indirect_partner_id}: list a cloud reseller's customers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomersRequest(
    @JsonProperty("account_name") String accountName,
    @JsonProperty("customer") String customer,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("label") String label,
    @JsonProperty("association_type") String associationType,
    @JsonProperty("associated_on_begin") String associatedOnBegin,
    @JsonProperty("associated_on_end") String associatedOnEnd,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSubCustomersRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String accountName;
    private String customer;
    private Integer offset;
    private Integer limit;
    private String label;
    private String associationType;
    private String associatedOnBegin;
    private String associatedOnEnd;
    private String customerId;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code account_name}: login name, fuzzy match. */
    public Builder accountName(String accountName) {
      this.accountName = accountName;
      return this;
    }

    /** Sets {@code customer}: real-name name, fuzzy match. */
    public Builder customer(String customer) {
      this.customer = customer;
      return this;
    }

    /** Sets {@code offset}: 0-based record offset. */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /** Sets {@code limit}: page size, at most 100 (default 10). */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Sets {@code label}: label, fuzzy match. */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** Sets {@code association_type}: China {@code 1} consulting / {@code 2} reseller; international {@code 1} / {@code 3} resale. */
    public Builder associationType(String associationType) {
      this.associationType = associationType;
      return this;
    }

    /** Sets {@code associated_on_begin}: UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
    public Builder associatedOnBegin(String associatedOnBegin) {
      this.associatedOnBegin = associatedOnBegin;
      return this;
    }

    /** Sets {@code associated_on_end}: UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
    public Builder associatedOnEnd(String associatedOnEnd) {
      this.associatedOnEnd = associatedOnEnd;
      return this;
    }

    /** Sets {@code customer_id}: exact customer id. */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code indirect_partner_id}: list a cloud reseller's customers. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListSubCustomersRequest build() {
      return new ListSubCustomersRequest(accountName, customer, offset, limit, label, associationType, associatedOnBegin, associatedOnEnd, customerId, indirectPartnerId);
    }
  }
}
