package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of the {@code QueryCustomersCredit} action: Queries the credits of customers.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()}.
 *
 * @param filterType {@code FilterType} (optional): Search condition type. You can only search by ClientUin, Name,
 *     Remark, or Email.
 * @param filter {@code Filter} (optional): Search condition
 * @param page {@code Page} (optional): A pagination parameter that specifies the current page number, with a value
 *     starting from 1.
 * @param pageSize {@code PageSize} (optional): A pagination parameter that specifies the number of entries per page.
 * @param order {@code Order} (optional): A sort parameter that specifies the sort order. Valid values: desc (descending
 *     order), or asc (ascending order) based on AssociationTime. The value will be desc if left empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryCustomersCreditRequest(
    @JsonProperty("FilterType") String filterType,
    @JsonProperty("Filter") String filter,
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize,
    @JsonProperty("Order") String order) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryCustomersCreditRequest}; every setter returns this builder. */
  public static final class Builder {
    private String filterType;
    private String filter;
    private Long page;
    private Long pageSize;
    private String order;

    private Builder() {}

    /** Sets {@code FilterType} (optional). */
    public Builder filterType(String filterType) {
      this.filterType = filterType;
      return this;
    }

    /** Sets {@code Filter} (optional). */
    public Builder filter(String filter) {
      this.filter = filter;
      return this;
    }

    /** Sets {@code Page} (optional). */
    public Builder page(Long page) {
      this.page = page;
      return this;
    }

    /** Sets {@code PageSize} (optional). */
    public Builder pageSize(Long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Sets {@code Order} (optional). */
    public Builder order(String order) {
      this.order = order;
      return this;
    }

    /** The request. */
    public QueryCustomersCreditRequest build() {
      return new QueryCustomersCreditRequest(filterType, filter, page, pageSize, order);
    }
  }
}
