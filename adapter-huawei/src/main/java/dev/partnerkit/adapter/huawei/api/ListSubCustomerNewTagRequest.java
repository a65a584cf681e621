package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of ListSubCustomerNewTag (China): "new customer" tags.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerIds {@code customer_ids}: customer ids
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerNewTagRequest(
    @JsonProperty("customer_ids") List<String> customerIds,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubCustomerNewTagRequest {
    customerIds = customerIds == null ? null : Collections.unmodifiableList(new ArrayList<>(customerIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListSubCustomerNewTagRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<String> customerIds;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code customer_ids}: customer ids. */
    public Builder customerIds(List<String> customerIds) {
      this.customerIds = customerIds;
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

    /** Sets {@code indirect_partner_id}: a cloud reseller's customers. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListSubCustomerNewTagRequest build() {
      return new ListSubCustomerNewTagRequest(customerIds, offset, limit, indirectPartnerId);
    }
  }
}
