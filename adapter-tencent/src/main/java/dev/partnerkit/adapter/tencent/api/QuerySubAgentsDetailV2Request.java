package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code QuerySubAgentsDetailV2} action: Queries information of a second-level reseller.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param page {@code Page} (required): Page number. starts from 1.
 * @param pageSize {@code PageSize} (required): Number of items per page. supports up to 100.
 * @param filterType {@code FilterType} (optional): Filter criteria, support the following filter parameters. Note:
 *     Email, SubAgentUin, and ClientUin only support exact search. other conditions support fuzzy retrieval.The
 *     following are the definitions of filtering items: Name: specifies second-level reseller name. SubAgentUin:
 *     specifies the uin of the second-level reseller. Remark: specifies remark. Mobile: specifies the mobile number.
 *     Email: specifies email address. ClientUin: specifies the Indirect customer uin.
 * @param filter {@code Filter} (optional): Filter value
 * @param order {@code Order} (optional): Sorting method. sorts by binding time in ascending or descending order.
 *     defaults to descending order if not specified. Desc: descending order. acs: ascending.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuerySubAgentsDetailV2Request(
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize,
    @JsonProperty("FilterType") String filterType,
    @JsonProperty("Filter") String filter,
    @JsonProperty("Order") String order) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuerySubAgentsDetailV2Request}; every setter returns this builder. */
  public static final class Builder {
    private Long page;
    private Long pageSize;
    private String filterType;
    private String filter;
    private String order;

    private Builder() {}

    /** Sets {@code Page} (required). */
    public Builder page(Long page) {
      this.page = page;
      return this;
    }

    /** Sets {@code PageSize} (required). */
    public Builder pageSize(Long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

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

    /** Sets {@code Order} (optional). */
    public Builder order(String order) {
      this.order = order;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QuerySubAgentsDetailV2Request build() {
      List<String> missing = new ArrayList<>();
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("QuerySubAgentsDetailV2Request: missing required parameter(s) " + missing);
      }
      return new QuerySubAgentsDetailV2Request(page, pageSize, filterType, filter, order);
    }
  }
}
