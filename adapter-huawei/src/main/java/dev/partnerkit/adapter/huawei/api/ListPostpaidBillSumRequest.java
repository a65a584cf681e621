package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListPostpaidBillSum (international).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param billCycle {@code bill_cycle}: {@code YYYY-MM} (required)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPostpaidBillSumRequest(
    @JsonProperty("bill_cycle") String billCycle) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPostpaidBillSumRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String billCycle;

    private Builder() {}

    /** Sets {@code bill_cycle}: {@code YYYY-MM} (required). */
    public Builder billCycle(String billCycle) {
      this.billCycle = billCycle;
      return this;
    }

    /** The request. */
    public ListPostpaidBillSumRequest build() {
      return new ListPostpaidBillSumRequest(billCycle);
    }
  }
}
