package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeCustomerOwnVoucherList} action: Query Customer own voucher list.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param page {@code Page} (required): Page number, starts from 1.
 * @param pageSize {@code PageSize} (required): Number of items per page. value range: 1-100.
 * @param voucherStatus {@code VoucherStatus} (optional): Voucher status. valid values: Issued, Used, Expired,
 *     Invalidated.
 * @param paymentMode {@code PaymentMode} (optional): Payment mode. valid values: AllPayment, Prepaid, Postpaid.
 * @param productScope {@code ProductScope} (optional): Applicable product. valid values: AllProducts, SpecifyProducts,
 *     SpecifyProductsBlacklist.
 * @param voucherId {@code VoucherId} (optional): Voucher ID.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerOwnVoucherListRequest(
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize,
    @JsonProperty("VoucherStatus") String voucherStatus,
    @JsonProperty("PaymentMode") String paymentMode,
    @JsonProperty("ProductScope") String productScope,
    @JsonProperty("VoucherId") Long voucherId) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerOwnVoucherListRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long page;
    private Long pageSize;
    private String voucherStatus;
    private String paymentMode;
    private String productScope;
    private Long voucherId;

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

    /** Sets {@code VoucherStatus} (optional). */
    public Builder voucherStatus(String voucherStatus) {
      this.voucherStatus = voucherStatus;
      return this;
    }

    /** Sets {@code PaymentMode} (optional). */
    public Builder paymentMode(String paymentMode) {
      this.paymentMode = paymentMode;
      return this;
    }

    /** Sets {@code ProductScope} (optional). */
    public Builder productScope(String productScope) {
      this.productScope = productScope;
      return this;
    }

    /** Sets {@code VoucherId} (optional). */
    public Builder voucherId(Long voucherId) {
      this.voucherId = voucherId;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerOwnVoucherListRequest build() {
      List<String> missing = new ArrayList<>();
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "DescribeCustomerOwnVoucherListRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerOwnVoucherListRequest(
          page, pageSize, voucherStatus, paymentMode, productScope, voucherId);
    }
  }
}
