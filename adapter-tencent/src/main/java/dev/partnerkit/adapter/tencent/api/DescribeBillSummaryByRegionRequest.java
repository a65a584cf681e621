package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code DescribeBillSummaryByRegion} action: Obtains the total amount of customer bills by region.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param billMonth {@code BillMonth} (required): Bill month in the format of "yyyy-MM"
 * @param customerUin {@code CustomerUin} (required): Customer UIN
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeBillSummaryByRegionRequest(
    @JsonProperty("BillMonth") String billMonth,
    @JsonProperty("CustomerUin") Long customerUin) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param billMonth {@code BillMonth} (required): Bill month in the format of "yyyy-MM"
   * @param customerUin {@code CustomerUin} (required): Customer UIN
   */
  public static DescribeBillSummaryByRegionRequest of(String billMonth, Long customerUin) {
    return new DescribeBillSummaryByRegionRequest(
        Objects.requireNonNull(billMonth, "BillMonth"), Objects.requireNonNull(customerUin, "CustomerUin"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeBillSummaryByRegionRequest}; every setter returns this builder. */
  public static final class Builder {
    private String billMonth;
    private Long customerUin;

    private Builder() {}

    /** Sets {@code BillMonth} (required). */
    public Builder billMonth(String billMonth) {
      this.billMonth = billMonth;
      return this;
    }

    /** Sets {@code CustomerUin} (required). */
    public Builder customerUin(Long customerUin) {
      this.customerUin = customerUin;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeBillSummaryByRegionRequest build() {
      List<String> missing = new ArrayList<>();
      if (billMonth == null) missing.add("BillMonth");
      if (customerUin == null) missing.add("CustomerUin");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DescribeBillSummaryByRegionRequest: missing required parameter(s) " + missing);
      }
      return new DescribeBillSummaryByRegionRequest(billMonth, customerUin);
    }
  }
}
