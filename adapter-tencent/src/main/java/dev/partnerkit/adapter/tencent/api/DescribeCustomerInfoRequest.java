package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code DescribeCustomerInfo} action: Queries the customer information.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param customerUin {@code CustomerUin} (required): List of customer UIN. Array length value: 1-20.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerInfoRequest(
    @JsonProperty("CustomerUin") List<Long> customerUin) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeCustomerInfoRequest {
    customerUin = WireValues.copy(customerUin);
  }

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param customerUin {@code CustomerUin} (required): List of customer UIN. Array length value: 1-20.
   */
  public static DescribeCustomerInfoRequest of(List<Long> customerUin) {
    return new DescribeCustomerInfoRequest(Objects.requireNonNull(customerUin, "CustomerUin"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerInfoRequest}; every setter returns this builder. */
  public static final class Builder {
    private List<Long> customerUin;

    private Builder() {}

    /** Sets {@code CustomerUin} (required). */
    public Builder customerUin(List<Long> customerUin) {
      this.customerUin = customerUin;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerInfoRequest build() {
      List<String> missing = new ArrayList<>();
      if (customerUin == null) missing.add("CustomerUin");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DescribeCustomerInfoRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerInfoRequest(customerUin);
    }
  }
}
