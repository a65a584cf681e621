package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeCustomerOwnVoucherUsageDetails} action: Query the usage details of customer's own
 * voucher by the customer self.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param page {@code Page} (required): Page number, starting from 1
 * @param pageSize {@code PageSize} (required): Number of items per page, range 1-100
 * @param voucherId {@code VoucherId} (required): Voucher ID
 * @param month {@code Month} (optional): Voucher usage month
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerOwnVoucherUsageDetailsRequest(
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize,
    @JsonProperty("VoucherId") Long voucherId,
    @JsonProperty("Month") String month) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerOwnVoucherUsageDetailsRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long page;
    private Long pageSize;
    private Long voucherId;
    private String month;

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

    /** Sets {@code VoucherId} (required). */
    public Builder voucherId(Long voucherId) {
      this.voucherId = voucherId;
      return this;
    }

    /** Sets {@code Month} (optional). */
    public Builder month(String month) {
      this.month = month;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerOwnVoucherUsageDetailsRequest build() {
      List<String> missing = new ArrayList<>();
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (voucherId == null) missing.add("VoucherId");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "DescribeCustomerOwnVoucherUsageDetailsRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerOwnVoucherUsageDetailsRequest(page, pageSize, voucherId, month);
    }
  }
}
