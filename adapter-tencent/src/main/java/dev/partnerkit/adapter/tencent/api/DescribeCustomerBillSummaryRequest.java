package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeCustomerBillSummary} action: Queries the total amount of customer bills.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param customerUin {@code CustomerUin} (required): Customer UIN
 * @param month {@code Month} (required): The queried month in "YYYY-MM" format, such as 2023-01.
 * @param payMode {@code PayMode} (optional): Billing mode. Valid values: prePay (Monthly subscription) postPay
 *     (Pay-as-you-go)
 * @param actionType {@code ActionType} (optional): Transaction type. Valid values: prepay_purchase (Purchase)
 *     prepay_renew (Renewal) prepay_modify (Upgrade/Downgrade) prepay_return (Monthly subscription refund)
 *     postpay_deduct (Pay-as-you-go) postpay_deduct_h (Hourly settlement) postpay_deduct_d (Daily settlement)
 *     postpay_deduct_m (Monthly settlement) offline_deduct (Offline project deduction) online_deduct (Offline product
 *     deduction) recon_deduct (Adjustment - deduction) recon_increase (Adjustment - compensation) ripay_purchase
 *     (One-off RI Fee) postpay_deduct_s (Spot) ri_hour_pay (Hourly RI fee) prePurchase (New monthly subscription)
 *     preRenew (Monthly subscription renewal) preUpgrade (Upgrade/Downgrade) preDowngrade (Upgrade/Downgrade)
 *     svp_hour_pay (Hourly Savings Plan fee) recon_guarantee (Minimum spend deduction) pre_purchase (New monthly
 *     subscription) pre_renew (Monthly subscription renewal) pre_upgrade (Upgrade/Downgrade) pre_downgrade
 *     (Upgrade/Downgrade)
 * @param isConfirmed {@code IsConfirmed} (optional): Payment status 0: N/A 1: Paid 2: Unpaid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerBillSummaryRequest(
    @JsonProperty("CustomerUin") Long customerUin,
    @JsonProperty("Month") String month,
    @JsonProperty("PayMode") String payMode,
    @JsonProperty("ActionType") String actionType,
    @JsonProperty("IsConfirmed") String isConfirmed) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerBillSummaryRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long customerUin;
    private String month;
    private String payMode;
    private String actionType;
    private String isConfirmed;

    private Builder() {}

    /** Sets {@code CustomerUin} (required). */
    public Builder customerUin(Long customerUin) {
      this.customerUin = customerUin;
      return this;
    }

    /** Sets {@code Month} (required). */
    public Builder month(String month) {
      this.month = month;
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

    /** Sets {@code IsConfirmed} (optional). */
    public Builder isConfirmed(String isConfirmed) {
      this.isConfirmed = isConfirmed;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerBillSummaryRequest build() {
      List<String> missing = new ArrayList<>();
      if (customerUin == null) missing.add("CustomerUin");
      if (month == null) missing.add("Month");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DescribeCustomerBillSummaryRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerBillSummaryRequest(customerUin, month, payMode, actionType, isConfirmed);
    }
  }
}
