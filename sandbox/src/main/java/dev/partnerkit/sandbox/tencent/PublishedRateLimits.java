package dev.partnerkit.sandbox.tencent;

import java.util.Map;

/** The per-action "Frequency Limit (maximum requests per second)" Tencent publishes (spec section 1, newest values). */
final class PublishedRateLimits {

  static final Map<String, Integer> PER_SECOND =
      Map.ofEntries(
          Map.entry("QueryVoucherAmountByUin", 5),
          Map.entry("QueryVoucherListByUin", 5),
          Map.entry("DescribeCustomerUin", 20),
          Map.entry("GetCountryCodes", 5),
          Map.entry("QueryVoucherPool", 5),
          Map.entry("CreateAccount", 5),
          Map.entry("DescribeCustomerInfo", 20),
          Map.entry("QueryAccountVerificationStatus", 20),
          Map.entry("QueryInvitationInfo", 20),
          Map.entry("ApproveClientApply", 5),
          Map.entry("ApproveSubAgentApply", 20),
          Map.entry("CreateAndSendClientInvitationMail", 1),
          Map.entry("GetTradeConfigList", 20),
          Map.entry("QueryPendingClientsV2", 5),
          Map.entry("QueryPendingSubAgentsV2", 20),
          Map.entry("QuerySubAgentsDetailV2", 20),
          Map.entry("QueryT1IndirectCustomersDetail", 20),
          Map.entry("SendVerifyCode", 20),
          Map.entry("QueryCreditByUinList", 5),
          Map.entry("AllocateCreditPool", 5),
          Map.entry("AllocateCustomerCredit", 5),
          Map.entry("ForceQN", 2),
          Map.entry("QueryCreditAllocationHistory", 5),
          Map.entry("QueryCustomersCredit", 5),
          Map.entry("QueryDirectCustomersCredit", 5),
          Map.entry("QueryPartnerCredit", 5),
          Map.entry("QueryCustomerBillingQuota", 5),
          Map.entry("ModifyClientRemark", 5),
          Map.entry("DescribeBillSummary", 1),
          Map.entry("DescribeBillDownloadUrl", 20),
          Map.entry("DescribeCustomerBillDownloadUrl", 20),
          Map.entry("DescribeCustomerBillDetail", 5),
          Map.entry("DescribeCustomerBillSummary", 1),
          Map.entry("DescribeBillDetail", 1),
          Map.entry("DescribeCustomerBillDetailByDay", 20),
          Map.entry("DescribeBillSummaryByPayMode", 1),
          Map.entry("DescribeBillSummaryByProduct", 1),
          Map.entry("DescribeBillSummaryByRegion", 1),
          Map.entry("QueryPolicyProductListByCode", 20),
          Map.entry("DescribeCustomerVoucherList", 20),
          Map.entry("DescribeCustomerOwnVoucherList", 20),
          Map.entry("DescribeCustomerVoucherUsageDetails", 20),
          Map.entry("DescribeCustomerOwnVoucherUsageDetails", 20),
          Map.entry("DescribeRebateDownloadUrl", 20),
          Map.entry("DescribeCustomerOwnCostExplorerFilter", 20),
          Map.entry("DescribeCustomerOwnCostExplorerSummary", 20));

  private PublishedRateLimits() {}
}
