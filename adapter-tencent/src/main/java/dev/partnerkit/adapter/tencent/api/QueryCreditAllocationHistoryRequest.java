package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code QueryCreditAllocationHistory} action: Queries credit allocation records.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param clientUin {@code ClientUin} (required): Customer UIN
 * @param page {@code Page} (optional): Page number
 * @param pageSize {@code PageSize} (optional): Number of data entries per page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryCreditAllocationHistoryRequest(
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryCreditAllocationHistoryRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long clientUin;
    private Long page;
    private Long pageSize;

    private Builder() {}

    /** Sets {@code ClientUin} (required). */
    public Builder clientUin(Long clientUin) {
      this.clientUin = clientUin;
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

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryCreditAllocationHistoryRequest build() {
      List<String> missing = new ArrayList<>();
      if (clientUin == null) missing.add("ClientUin");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "QueryCreditAllocationHistoryRequest: missing required parameter(s) " + missing);
      }
      return new QueryCreditAllocationHistoryRequest(clientUin, page, pageSize);
    }
  }
}
