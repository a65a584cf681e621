package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeCustomerVoucherUsageDetails} action: Reseller queries reseller's customer voucher usage
 * details.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param page {@code Page} (required): Page number, starting from 1
 * @param pageSize {@code PageSize} (required): Number of items per page, range 1-100
 * @param customerUin {@code CustomerUin} (required): Customer UIN
 * @param voucherId {@code VoucherId} (required): Voucher ID
 * @param month {@code Month} (optional): Voucher Usage Month
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerVoucherUsageDetailsRequest(
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize,
    @JsonProperty("CustomerUin") Long customerUin,
    @JsonProperty("VoucherId") Long voucherId,
    @JsonProperty("Month") String month) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerVoucherUsageDetailsRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long page;
    private Long pageSize;
    private Long customerUin;
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

    /** Sets {@code CustomerUin} (required). */
    public Builder customerUin(Long customerUin) {
      this.customerUin = customerUin;
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
    public DescribeCustomerVoucherUsageDetailsRequest build() {
      List<String> missing = new ArrayList<>();
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (customerUin == null) missing.add("CustomerUin");
      if (voucherId == null) missing.add("VoucherId");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "DescribeCustomerVoucherUsageDetailsRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerVoucherUsageDetailsRequest(page, pageSize, customerUin, voucherId, month);
    }
  }
}
