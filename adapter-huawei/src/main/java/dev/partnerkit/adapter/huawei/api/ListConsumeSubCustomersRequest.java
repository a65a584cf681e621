package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of ListConsumeSubCustomers (China): customers with spend in a month.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param billCycle {@code bill_cycle}: {@code YYYY-MM} (required)
 * @param offset {@code offset}: 0 to 2147483646
 * @param limit {@code limit}: 1 to 100
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListConsumeSubCustomersRequest(
    @JsonProperty("bill_cycle") String billCycle,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListConsumeSubCustomersRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String billCycle;
    private Integer offset;
    private Integer limit;

    private Builder() {}

    /** Sets {@code bill_cycle}: {@code YYYY-MM} (required). */
    public Builder billCycle(String billCycle) {
      this.billCycle = billCycle;
      return this;
    }

    /** Sets {@code offset}: 0 to 2147483646. */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /** Sets {@code limit}: 1 to 100. */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** The request. */
    public ListConsumeSubCustomersRequest build() {
      return new ListConsumeSubCustomersRequest(billCycle, offset, limit);
    }
  }
}
