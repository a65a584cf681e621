package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code QueryPendingClientsV2} action: Querying sub-customers in application.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param page {@code Page} (required): Page number, starting from 1.
 * @param pageSize {@code PageSize} (required): Quantity. page size [1-100].
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryPendingClientsV2Request(
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param page {@code Page} (required): Page number, starting from 1.
   * @param pageSize {@code PageSize} (required): Quantity. page size [1-100].
   */
  public static QueryPendingClientsV2Request of(Long page, Long pageSize) {
    return new QueryPendingClientsV2Request(
        Objects.requireNonNull(page, "Page"), Objects.requireNonNull(pageSize, "PageSize"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryPendingClientsV2Request}; every setter returns this builder. */
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
    public QueryPendingClientsV2Request build() {
      List<String> missing = new ArrayList<>();
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("QueryPendingClientsV2Request: missing required parameter(s) " + missing);
      }
      return new QueryPendingClientsV2Request(page, pageSize);
    }
  }
}
