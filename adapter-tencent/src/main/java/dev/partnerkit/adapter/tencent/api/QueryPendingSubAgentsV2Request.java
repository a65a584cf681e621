package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code QueryPendingSubAgentsV2} action: Query application in progress of a second-level reseller.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param page {@code Page} (required): Page number. starts from 1.
 * @param pageSize {@code PageSize} (required): Specifies the number of items per page. value range: supports up to 100.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryPendingSubAgentsV2Request(
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param page {@code Page} (required): Page number. starts from 1.
   * @param pageSize {@code PageSize} (required): Specifies the number of items per page. value range: supports up to
   *     100.
   */
  public static QueryPendingSubAgentsV2Request of(Long page, Long pageSize) {
    return new QueryPendingSubAgentsV2Request(
        Objects.requireNonNull(page, "Page"), Objects.requireNonNull(pageSize, "PageSize"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryPendingSubAgentsV2Request}; every setter returns this builder. */
  public static final class Builder {
    private Long page;
    private Long pageSize;

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

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryPendingSubAgentsV2Request build() {
      List<String> missing = new ArrayList<>();
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("QueryPendingSubAgentsV2Request: missing required parameter(s) " + missing);
      }
      return new QueryPendingSubAgentsV2Request(page, pageSize);
    }
  }
}
