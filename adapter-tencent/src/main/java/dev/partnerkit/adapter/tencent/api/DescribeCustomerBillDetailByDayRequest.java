package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code DescribeCustomerBillDetailByDay} action: Query sub-customer daily bill consumption for
 * reseller.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param customerUin {@code CustomerUin} (required): Sub-account UIN. Such as "10000000001"
 * @param date {@code Date} (required): Date. Such as" 2025-06-25". Please note: Historical daily bill dated before
 *     "2025-06-01",cannot be queried.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerBillDetailByDayRequest(
    @JsonProperty("CustomerUin") Long customerUin,
    @JsonProperty("Date") String date) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param customerUin {@code CustomerUin} (required): Sub-account UIN. Such as "10000000001"
   * @param date {@code Date} (required): Date. Such as" 2025-06-25". Please note: Historical daily bill dated before
   *     "2025-06-01",cannot be queried.
   */
  public static DescribeCustomerBillDetailByDayRequest of(Long customerUin, String date) {
    return new DescribeCustomerBillDetailByDayRequest(
        Objects.requireNonNull(customerUin, "CustomerUin"), Objects.requireNonNull(date, "Date"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerBillDetailByDayRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long customerUin;
    private String date;

    private Builder() {}

    /** Sets {@code CustomerUin} (required). */
    public Builder customerUin(Long customerUin) {
      this.customerUin = customerUin;
      return this;
    }

    /** Sets {@code Date} (required). */
    public Builder date(String date) {
      this.date = date;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerBillDetailByDayRequest build() {
      List<String> missing = new ArrayList<>();
      if (customerUin == null) missing.add("CustomerUin");
      if (date == null) missing.add("Date");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "DescribeCustomerBillDetailByDayRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerBillDetailByDayRequest(customerUin, date);
    }
  }
}
