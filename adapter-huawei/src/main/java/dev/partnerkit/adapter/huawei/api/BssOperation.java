package dev.partnerkit.adapter.huawei.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The catalog of Huawei BSS / BSS-Intl partner customer-management operations, as data: the wire name, HTTP method and
 * path, the sites that offer it, the published rate limit (when the vendor publishes one), whether it pages with
 * {@code offset}/{@code limit}, and whether it changes anything on the vendor side.
 *
 * <p>Paths never carry the query string: the query parameters of a {@code GET} come from the request record.
 */
public enum BssOperation {
  // 2.1 registration and lookup
  /** {@code CreateSubCustomer}: Create a Huawei Cloud account for a partner-platform user and bind it to the partner. */
  CREATE_SUB_CUSTOMER("CreateSubCustomer", "POST", "/v2/partners/sub-customers", Sites.BOTH, 10, false, true),
  /** {@code SendVerificationMessageCode}: Send registration code: SMS (CN, receiver_type=1) or email (INTL, receiver_type=2). */
  SEND_VERIFICATION_MESSAGE_CODE("SendVerificationMessageCode", "POST", "/v2/bases/verificationcode/send", Sites.BOTH, 10, false, true),
  /** {@code CheckUserIdentity}: Check whether login name / mobile / email is still available for registration. */
  CHECK_USER_IDENTITY("CheckUserIdentity", "POST", "/v2/partners/sub-customers/users/check-identity", Sites.BOTH, 5, false, false),
  /** {@code ListSubCustomers}: List/search the partner's customers (also the only "show customer": filter by customer_id). */
  LIST_SUB_CUSTOMERS("ListSubCustomers", "POST", "/v2/partners/sub-customers/query", Sites.BOTH, null, true, false),
  /** {@code ListSubCustomerNewTag}: "New customer" (SMB) tags of customers. */
  LIST_SUB_CUSTOMER_NEW_TAG("ListSubCustomerNewTag", "POST", "/v2/partners/sub-customers/new-customers-tags/batch-query", Sites.CN, null, true, false),
  /** {@code ListIndirectPartners}: Distributor lists its cloud resellers (tier-2). */
  LIST_INDIRECT_PARTNERS("ListIndirectPartners", "POST", "/v2/partners/indirect-partners/query", Sites.BOTH, null, true, false),
  // 2.2 freeze, budgets, credit
  /** {@code FreezeSubCustomers}: Freeze reseller-model customer accounts (at most 10 per call). */
  FREEZE_SUB_CUSTOMERS("FreezeSubCustomers", "POST", "/v2/partners/sub-customers/freeze", Sites.INTL, null, false, true),
  /** {@code UnfreezeSubCustomers}: Unfreeze. */
  UNFREEZE_SUB_CUSTOMERS("UnfreezeSubCustomers", "POST", "/v2/partners/sub-customers/unfreeze", Sites.INTL, null, false, true),
  /** {@code UpdateSubCustomerBudget}: Set/adjust a customer's budget (monthly or one-off). */
  UPDATE_SUB_CUSTOMER_BUDGET("UpdateSubCustomerBudget", "POST", "/v2/partners/sub-customers/budget", Sites.INTL, null, false, true),
  /** {@code ShowSubCustomerBudget}: One customer's budget and usage. */
  SHOW_SUB_CUSTOMER_BUDGET("ShowSubCustomerBudget", "GET", "/v2/partners/sub-customers/budget", Sites.INTL, null, false, false),
  /** {@code ListSubCustomerBudget}: Budgets of up to 100 customers. */
  LIST_SUB_CUSTOMER_BUDGET("ListSubCustomerBudget", "POST", "/v2/partners/sub-customers/budget/query", Sites.INTL, null, false, false),
  /** {@code ListSubCustomerBudgetRecords}: Budget change history. */
  LIST_SUB_CUSTOMER_BUDGET_RECORDS("ListSubCustomerBudgetRecords", "GET", "/v2/partners/sub-customers/budget/records", Sites.INTL, null, true, false),
  /** {@code ShowPartnerConsumptionQuota}: Partner's own consumption quota / credit. */
  SHOW_PARTNER_CONSUMPTION_QUOTA("ShowPartnerConsumptionQuota", "GET", "/v2/partners/credit/consumption-quota", Sites.INTL, null, false, false),
  /** {@code ShowCustomerExpenditureQuota}: Customer's own consumption quota (customer-side call) [UNCONFIRMED caller]. */
  SHOW_CUSTOMER_EXPENDITURE_QUOTA("ShowCustomerExpenditureQuota", "GET", "/v2/accounts/customer-accounts/expenditure-quota", Sites.INTL, null, false, false),
  // 2.3 accounts, balances, fund transfers
  /** {@code UpdateCustomerAccountAmount}: Transfer funds from partner to a customer (拨款). */
  UPDATE_CUSTOMER_ACCOUNT_AMOUNT("UpdateCustomerAccountAmount", "POST", "/v2/accounts/partner-accounts/adjust-amount", Sites.CN, null, false, true),
  /** {@code ReclaimToPartnerAccount}: Reclaim a customer's balance to partner (回收). */
  RECLAIM_TO_PARTNER_ACCOUNT("ReclaimToPartnerAccount", "POST", "/v2/accounts/partner-accounts/reclaim", Sites.CN, null, false, true),
  /** {@code UpdateIndirectPartnerAccount}: Distributor funds a cloud reseller. */
  UPDATE_INDIRECT_PARTNER_ACCOUNT("UpdateIndirectPartnerAccount", "POST", "/v2/accounts/partner-accounts/indirect-partner-adjust", Sites.CN, null, false, true),
  /** {@code ReclaimIndirectPartnerAccount}: Distributor reclaims reseller funds. */
  RECLAIM_INDIRECT_PARTNER_ACCOUNT("ReclaimIndirectPartnerAccount", "POST", "/v2/accounts/partner-accounts/indirect-partner-reclaim", Sites.CN, null, false, true),
  /** {@code ListPartnerBalances}: Partner's (or a reseller's) own balances. */
  LIST_PARTNER_BALANCES("ListPartnerBalances", "GET", "/v2/accounts/partner-accounts/balances", Sites.CN, null, false, false),
  /** {@code ListCustomersBalancesDetail}: Batch query reseller-model customers' balances/debt. */
  LIST_CUSTOMERS_BALANCES_DETAIL("ListCustomersBalancesDetail", "POST", "/v2/accounts/customer-accounts/balances/batch-query", Sites.CN, null, false, false),
  /** {@code ShowCustomerAccountBalances}: Caller's own balances (customer-side). */
  SHOW_CUSTOMER_ACCOUNT_BALANCES("ShowCustomerAccountBalances", "GET", "/v2/accounts/customer-accounts/balances", Sites.BOTH, null, false, false),
  /** {@code ListPartnerAdjustRecords}: History of transfers/reclaims (调账记录). */
  LIST_PARTNER_ADJUST_RECORDS("ListPartnerAdjustRecords", "GET", "/v3/accounts/partner-accounts/adjust-records", Sites.CN, null, true, false),
  /** {@code ListPartnerAccountChangeRecords}: Partner account ledger (收支明细). */
  LIST_PARTNER_ACCOUNT_CHANGE_RECORDS("ListPartnerAccountChangeRecords", "GET", "/v2/accounts/partner-accounts/account-change-records", Sites.CN, null, true, false),
  // 2.4 bills
  /** {@code ListSubcustomerMonthlyBills}: Customers' monthly spend summary. */
  LIST_SUBCUSTOMER_MONTHLY_BILLS("ListSubcustomerMonthlyBills", "GET", "/v2/bills/partner-bills/subcustomer-bills/monthly-sum", Sites.CN, null, true, false),
  /** {@code ListSubCustomerBillDetail}: A customer's resource-level fee records for one month. */
  LIST_SUB_CUSTOMER_BILL_DETAIL("ListSubCustomerBillDetail", "GET", "/v2/bills/subcustomer-bills/res-fee-records", Sites.CN, null, true, false),
  /** {@code ListConsumeSubCustomers}: Customers with spend in a billing month. */
  LIST_CONSUME_SUB_CUSTOMERS("ListConsumeSubCustomers", "POST", "/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query", Sites.CN, null, true, false),
  /** {@code ListPostpaidBillSum}: Partner postpaid bill summary. */
  LIST_POSTPAID_BILL_SUM("ListPostpaidBillSum", "GET", "/v2/bills/partner-bills/postpaid-bill-summary", Sites.INTL, null, false, false),
  // 2.5 coupons
  /** {@code ListQuotaCoupons}: Partner's coupon quotas. */
  LIST_QUOTA_COUPONS("ListQuotaCoupons", "POST", "/v2/partners/coupon-quotas/query", Sites.CN, null, true, false),
  /** {@code CreatePartnerCoupons}: Issue coupons (from a quota) to customers. */
  CREATE_PARTNER_COUPONS("CreatePartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons", Sites.CN, null, false, true),
  /** {@code ReclaimPartnerCoupons}: Reclaim an issued coupon. */
  RECLAIM_PARTNER_COUPONS("ReclaimPartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons/reclaim", Sites.CN, null, false, true),
  /** {@code ListIssuedPartnerCoupons}: Coupons issued to customers. */
  LIST_ISSUED_PARTNER_COUPONS("ListIssuedPartnerCoupons", "GET", "/v2/promotions/benefits/partner-coupons", Sites.CN, null, true, false),
  /** {@code ListPartnerCouponsRecord}: Issue/reclaim log. */
  LIST_PARTNER_COUPONS_RECORD("ListPartnerCouponsRecord", "GET", "/v2/promotions/benefits/partner-coupons/records/query", Sites.CN, null, true, false),
  /** {@code UpdateCouponQuotas}: Distributor grants coupon quota to resellers. */
  UPDATE_COUPON_QUOTAS("UpdateCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-adjust", Sites.CN, null, false, true),
  /** {@code ReclaimCouponQuotas}: Distributor reclaims reseller quota. */
  RECLAIM_COUPON_QUOTAS("ReclaimCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-reclaim", Sites.CN, null, false, true),
  /** {@code ListIssuedCouponQuotas}: Quotas issued to resellers. */
  LIST_ISSUED_COUPON_QUOTAS("ListIssuedCouponQuotas", "GET", "/v2/partners/issued-coupon-quotas", Sites.CN, null, true, false),
  /** {@code ListCouponQuotasRecords}: Reseller-quota issue/reclaim log. */
  LIST_COUPON_QUOTAS_RECORDS("ListCouponQuotasRecords", "GET", "/v2/partners/coupon-quotas/records", Sites.CN, null, true, false),
  /** {@code ListSubCustomerCoupons}: Coupons of the calling customer (customer-side). */
  LIST_SUB_CUSTOMER_COUPONS("ListSubCustomerCoupons", "GET", "/v2/promotions/benefits/coupons", Sites.BOTH, null, true, false),
  // 2.6 other customer operations, real-name authentication
  /** {@code ListCustomerOnDemandResources}: A customer's pay-per-use resources. */
  LIST_CUSTOMER_ON_DEMAND_RESOURCES("ListCustomerOnDemandResources", "POST", "/v2/partners/sub-customers/on-demand-resources/query", Sites.BOTH, null, true, false),
  /** {@code CreatePersonalRealnameAuth}: Submit individual real-name verification for a customer. */
  CREATE_PERSONAL_REALNAME_AUTH("CreatePersonalRealnameAuth", "POST", "/v2/customers/realname-auths/individual", Sites.BOTH, 10, false, true),
  /** {@code CreateEnterpriseRealnameAuthentication}: Submit enterprise real-name verification. */
  CREATE_ENTERPRISE_REALNAME_AUTHENTICATION("CreateEnterpriseRealnameAuthentication", "POST", "/v2/customers/realname-auths/enterprise", Sites.BOTH, 10, false, true),
  /** {@code ChangeEnterpriseRealnameAuthentication}: Change individual to enterprise. */
  CHANGE_ENTERPRISE_REALNAME_AUTHENTICATION("ChangeEnterpriseRealnameAuthentication", "PUT", "/v2/customers/realname-auths/enterprise", Sites.BOTH, 10, false, true),
  /** {@code ShowRealnameAuthenticationReviewResult}: Review result. */
  SHOW_REALNAME_AUTHENTICATION_REVIEW_RESULT("ShowRealnameAuthenticationReviewResult", "GET", "/v2/customers/realname-auths/result", Sites.BOTH, null, false, false);

  /**
   * The vendor's default quota for partner APIs without a published per-API limit (spec section 9: "10 requests per 1
   * second").
   */
  public static final int DEFAULT_RATE_LIMIT_PER_SECOND = 10;

  private final String wireName;
  private final String httpMethod;
  private final String path;
  private final Set<HuaweiSite> sites;
  private final Integer publishedRateLimitPerSecond;
  private final boolean pages;
  private final boolean mutates;

  BssOperation(
      String wireName,
      String httpMethod,
      String path,
      Sites sites,
      Integer publishedRateLimitPerSecond,
      boolean pages,
      boolean mutates) {
    this.wireName = wireName;
    this.httpMethod = httpMethod;
    this.path = path;
    this.sites = sites.set;
    this.publishedRateLimitPerSecond = publishedRateLimitPerSecond;
    this.pages = pages;
    this.mutates = mutates;
  }

  /** The vendor's operation name, e.g. {@code CreateSubCustomer}. */
  public String wireName() {
    return wireName;
  }

  /** The HTTP method: {@code GET}, {@code POST} or {@code PUT}. */
  public String httpMethod() {
    return httpMethod;
  }

  /** The path, without query string, e.g. {@code /v2/partners/sub-customers}. */
  public String path() {
    return path;
  }

  /** The sites that offer this operation (never empty; an unmodifiable copy). */
  public Set<HuaweiSite> sites() {
    return EnumSet.copyOf(sites);
  }

  /** Whether {@code site} offers this operation. */
  public boolean isOfferedOn(HuaweiSite site) {
    return sites.contains(site);
  }

  /** The rate limit the vendor publishes for this API, in requests per second; empty when none is published. */
  public OptionalInt publishedRateLimitPerSecond() {
    return publishedRateLimitPerSecond == null ? OptionalInt.empty() : OptionalInt.of(publishedRateLimitPerSecond);
  }

  /** The published limit, or {@link #DEFAULT_RATE_LIMIT_PER_SECOND} when none is published. */
  public int effectiveRateLimitPerSecond() {
    return publishedRateLimitPerSecond == null ? DEFAULT_RATE_LIMIT_PER_SECOND : publishedRateLimitPerSecond;
  }

  /** Whether the operation returns a page of a longer list, selected by {@code offset} and {@code limit}. */
  public boolean pages() {
    return pages;
  }

  /** Whether the operation changes state on the vendor side (so a lost response leaves its outcome unknown). */
  public boolean mutates() {
    return mutates;
  }

  /**
   * Whether the operation takes the optional {@code X-Language} header ({@code zh_CN} or {@code en_US}) for the
   * language of names in its answer (the SDK's ListSubCustomerBillDetail, ListConsumeSubCustomers and
   * ListCustomerOnDemandResources requests).
   */
  public boolean acceptsLanguage() {
    return this == LIST_SUB_CUSTOMER_BILL_DETAIL
        || this == LIST_CONSUME_SUB_CUSTOMERS
        || this == LIST_CUSTOMER_ON_DEMAND_RESOURCES;
  }

  /** Whether the operation sends its request as query parameters ({@code GET}) rather than a JSON body. */
  public boolean usesQueryString() {
    return "GET".equals(httpMethod);
  }

  /** The operation with this vendor name ({@code CreateSubCustomer}), if it is in the catalog. */
  public static Optional<BssOperation> byWireName(String wireName) {
    return Arrays.stream(values()).filter(o -> o.wireName.equals(wireName)).findFirst();
  }

  private enum Sites {
    CN(EnumSet.of(HuaweiSite.CHINA)),
    INTL(EnumSet.of(HuaweiSite.INTERNATIONAL)),
    BOTH(EnumSet.allOf(HuaweiSite.class));

    private final Set<HuaweiSite> set;

    Sites(Set<HuaweiSite> set) {
      this.set = set;
    }
  }
}
