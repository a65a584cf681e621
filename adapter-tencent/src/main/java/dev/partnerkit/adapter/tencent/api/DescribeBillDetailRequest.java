package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeBillDetail} action: Queries the bill details.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param month {@code Month} (required): Inquiry month, in the format of YYYY-MM, such as 2023-01
 * @param pageSize {@code PageSize} (required): Page parameter: number of entries per page. Value range: [1, 200]
 * @param page {@code Page} (required): Page parameter: current page number. The minimum value is 1.
 * @param payMode {@code PayMode} (optional): Billing mode. Valid values: prePay (Monthly subscription) and postPay
 *     (Pay-As-You-Go resources)
 * @param actionType {@code ActionType} (optional): Transaction type. Valid values: prepay_purchase (Purchase),
 *     prepay_renew (Renewal), prepay_modify (Upgrade/Downgrade), prepay_return ( Monthly subscription refund),
 *     postpay_deduct (Pay-as-you-go), postpay_deduct_h (Hourly settlement), postpay_deduct_d (Daily settlement),
 *     postpay_deduct_m (Monthly settlement), offline_deduct (Offline project deduction), online_deduct (Offline product
 *     deduction), recon_deduct (Adjustment - deduction), recon_increase (Adjustment - compensation), ripay_purchase
 *     (One-off RI Fee), postpay_deduct_s (Spot), ri_hour_pay (Hourly RI fee), prePurchase (New monthly subscription),
 *     preRenew (Monthly subscription renewal), preUpgrade (Upgrade/Downgrade), preDowngrade (Upgrade/Downgrade),
 *     svp_hour_pay (Hourly Savings Plan fee), recon_guarantee (Minimum spend deduction), pre_purchase (New monthly
 *     subscription), pre_renew (Monthly subscription renewal), pre_upgrade (Upgrade/Downgrade), pre_downgrade
 *     (Upgrade/Downgrade)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeBillDetailRequest(
    @JsonProperty("Month") String month,
    @JsonProperty("PageSize") Long pageSize,
    @JsonProperty("Page") Long page,
    @JsonProperty("PayMode") String payMode,
    @JsonProperty("ActionType") String actionType) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeBillDetailRequest}; every setter returns this builder. */
  public static final class Builder {
    private String month;
    private Long pageSize;
    private Long page;
    private String payMode;
    private String actionType;

    private Builder() {}

    /** Sets {@code Month} (required). */
    public Builder month(String month) {
      this.month = month;
      return this;
    }

    /** Sets {@code PageSize} (required). */
    public Builder pageSize(Long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Sets {@code Page} (required). */
    public Builder page(Long page) {
      this.page = page;
      return this;
    }

    /** Sets {@code PayMode} (optional). */
    public Builder payMode(String payMode) {
      this.payMode = payMode;
      return this;
    }

    /** Sets {@code ActionType} (optional). */
    public Builder actionType(String actionType) {
      this.actionType = actionType;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeBillDetailRequest build() {
      List<String> missing = new ArrayList<>();
      if (month == null) missing.add("Month");
      if (pageSize == null) missing.add("PageSize");
      if (page == null) missing.add("Page");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DescribeBillDetailRequest: missing required parameter(s) " + missing);
      }
      return new DescribeBillDetailRequest(month, pageSize, page, payMode, actionType);
    }
  }
}
