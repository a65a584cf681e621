package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code QueryT1IndirectCustomersDetail} action: Query indirect sub-customers of distributor.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param subAgentUin {@code SubAgentUin} (required): Second-level reseller UIN.
 * @param page {@code Page} (required): Pagination parameter: current page number. it starts from 1.
 * @param pageSize {@code PageSize} (required): Pagination parameter, indicates the number of entries per page. supports
 *     [1, 100] data entries per request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryT1IndirectCustomersDetailRequest(
    @JsonProperty("SubAgentUin") Long subAgentUin,
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param subAgentUin {@code SubAgentUin} (required): Second-level reseller UIN.
   * @param page {@code Page} (required): Pagination parameter: current page number. it starts from 1.
   * @param pageSize {@code PageSize} (required): Pagination parameter, indicates the number of entries per page.
   *     supports [1, 100] data entries per request.
   */
  public static QueryT1IndirectCustomersDetailRequest of(Long subAgentUin, Long page, Long pageSize) {
    return new QueryT1IndirectCustomersDetailRequest(
        Objects.requireNonNull(subAgentUin, "SubAgentUin"), Objects.requireNonNull(page, "Page"),
        Objects.requireNonNull(pageSize, "PageSize"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryT1IndirectCustomersDetailRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long subAgentUin;
    private Long page;
    private Long pageSize;

    private Builder() {}

    /** Sets {@code SubAgentUin} (required). */
    public Builder subAgentUin(Long subAgentUin) {
      this.subAgentUin = subAgentUin;
      return this;
    }

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

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryT1IndirectCustomersDetailRequest build() {
      List<String> missing = new ArrayList<>();
      if (subAgentUin == null) missing.add("SubAgentUin");
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "QueryT1IndirectCustomersDetailRequest: missing required parameter(s) " + missing);
      }
      return new QueryT1IndirectCustomersDetailRequest(subAgentUin, page, pageSize);
    }
  }
}
