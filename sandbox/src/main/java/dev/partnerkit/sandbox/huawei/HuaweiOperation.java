package dev.partnerkit.sandbox.huawei;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Huawei BSS / BSS-Intl partner operations the front door answers: name, HTTP method, path and the sites that
 * offer them (spec section 2). A request for an operation that the emulated site does not offer gets 404
 * {@code APIGW.0101}, as Huawei's gateway answers for an unpublished API.
 */
public enum HuaweiOperation {
  /** Create a Huawei Cloud account for a partner-platform user and bind it to the partner. */
  CREATE_SUB_CUSTOMER("CreateSubCustomer", "POST", "/v2/partners/sub-customers", Sites.BOTH),
  /** Send registration code: SMS (CN, receiver_type=1) or email (INTL, receiver_type=2). */
  SEND_VERIFICATION_MESSAGE_CODE("SendVerificationMessageCode", "POST", "/v2/bases/verificationcode/send", Sites.BOTH),
  /** Check whether login name / mobile / email is still available for registration. */
  CHECK_USER_IDENTITY("CheckUserIdentity", "POST", "/v2/partners/sub-customers/users/check-identity", Sites.BOTH),
  /** List/search the partner's customers (also the only "show customer": filter by customer_id). */
  LIST_SUB_CUSTOMERS("ListSubCustomers", "POST", "/v2/partners/sub-customers/query", Sites.BOTH),
  /** "New customer" (SMB) tags of customers. */
  LIST_SUB_CUSTOMER_NEW_TAG("ListSubCustomerNewTag", "POST", "/v2/partners/sub-customers/new-customers-tags/batch-query", Sites.CHINA),
  /** Distributor lists its cloud resellers (tier-2). */
  LIST_INDIRECT_PARTNERS("ListIndirectPartners", "POST", "/v2/partners/indirect-partners/query", Sites.BOTH),
  /** Freeze reseller-model customer accounts (≤10 per call). */
  FREEZE_SUB_CUSTOMERS("FreezeSubCustomers", "POST", "/v2/partners/sub-customers/freeze", Sites.INTERNATIONAL),
  /** Unfreeze. */
  UNFREEZE_SUB_CUSTOMERS("UnfreezeSubCustomers", "POST", "/v2/partners/sub-customers/unfreeze", Sites.INTERNATIONAL),
  /** Set/adjust a customer's budget (monthly or one-off). */
  UPDATE_SUB_CUSTOMER_BUDGET("UpdateSubCustomerBudget", "POST", "/v2/partners/sub-customers/budget", Sites.INTERNATIONAL),
  /** One customer's budget and usage. */
  SHOW_SUB_CUSTOMER_BUDGET("ShowSubCustomerBudget", "GET", "/v2/partners/sub-customers/budget", Sites.INTERNATIONAL),
  /** Budgets of up to 100 customers. */
  LIST_SUB_CUSTOMER_BUDGET("ListSubCustomerBudget", "POST", "/v2/partners/sub-customers/budget/query", Sites.INTERNATIONAL),
  /** Budget change history. */
  LIST_SUB_CUSTOMER_BUDGET_RECORDS("ListSubCustomerBudgetRecords", "GET", "/v2/partners/sub-customers/budget/records", Sites.INTERNATIONAL),
  /** Partner's own consumption quota / credit. */
  SHOW_PARTNER_CONSUMPTION_QUOTA("ShowPartnerConsumptionQuota", "GET", "/v2/partners/credit/consumption-quota", Sites.INTERNATIONAL),
  /** Customer's own consumption quota (customer-side call) [UNCONFIRMED caller]. */
  SHOW_CUSTOMER_EXPENDITURE_QUOTA("ShowCustomerExpenditureQuota", "GET", "/v2/accounts/customer-accounts/expenditure-quota", Sites.INTERNATIONAL),
  /** Transfer funds from partner to a customer (拨款). */
  UPDATE_CUSTOMER_ACCOUNT_AMOUNT("UpdateCustomerAccountAmount", "POST", "/v2/accounts/partner-accounts/adjust-amount", Sites.CHINA),
  /** Reclaim a customer's balance to partner (回收). */
  RECLAIM_TO_PARTNER_ACCOUNT("ReclaimToPartnerAccount", "POST", "/v2/accounts/partner-accounts/reclaim", Sites.CHINA),
  /** Distributor funds a cloud reseller. */
  UPDATE_INDIRECT_PARTNER_ACCOUNT("UpdateIndirectPartnerAccount", "POST", "/v2/accounts/partner-accounts/indirect-partner-adjust", Sites.CHINA),
  /** Distributor reclaims reseller funds. */
  RECLAIM_INDIRECT_PARTNER_ACCOUNT("ReclaimIndirectPartnerAccount", "POST", "/v2/accounts/partner-accounts/indirect-partner-reclaim", Sites.CHINA),
  /** Partner's (or a reseller's) own balances. */
  LIST_PARTNER_BALANCES("ListPartnerBalances", "GET", "/v2/accounts/partner-accounts/balances", Sites.CHINA),
  /** Batch query reseller-model customers' balances/debt. */
  LIST_CUSTOMERS_BALANCES_DETAIL("ListCustomersBalancesDetail", "POST", "/v2/accounts/customer-accounts/balances/batch-query", Sites.CHINA),
  /** Caller's own balances (customer-side). */
  SHOW_CUSTOMER_ACCOUNT_BALANCES("ShowCustomerAccountBalances", "GET", "/v2/accounts/customer-accounts/balances", Sites.BOTH),
  /** History of transfers/reclaims (调账记录). */
  LIST_PARTNER_ADJUST_RECORDS("ListPartnerAdjustRecords", "GET", "/v3/accounts/partner-accounts/adjust-records", Sites.CHINA),
  /** Partner account ledger (收支明细). */
  LIST_PARTNER_ACCOUNT_CHANGE_RECORDS("ListPartnerAccountChangeRecords", "GET", "/v2/accounts/partner-accounts/account-change-records", Sites.CHINA),
  /** Customers' monthly spend summary. */
  LIST_SUBCUSTOMER_MONTHLY_BILLS("ListSubcustomerMonthlyBills", "GET", "/v2/bills/partner-bills/subcustomer-bills/monthly-sum", Sites.CHINA),
  /** A customer's resource-level fee records for one month. */
  LIST_SUB_CUSTOMER_BILL_DETAIL("ListSubCustomerBillDetail", "GET", "/v2/bills/subcustomer-bills/res-fee-records", Sites.CHINA),
  /** Customers with spend in a billing month. */
  LIST_CONSUME_SUB_CUSTOMERS("ListConsumeSubCustomers", "POST", "/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query", Sites.CHINA),
  /** Partner postpaid bill summary. */
  LIST_POSTPAID_BILL_SUM("ListPostpaidBillSum", "GET", "/v2/bills/partner-bills/postpaid-bill-summary", Sites.INTERNATIONAL),
  /** Partner's coupon quotas. */
  LIST_QUOTA_COUPONS("ListQuotaCoupons", "POST", "/v2/partners/coupon-quotas/query", Sites.CHINA),
  /** Issue coupons (from a quota) to customers. */
  CREATE_PARTNER_COUPONS("CreatePartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons", Sites.CHINA),
  /** Reclaim an issued coupon. */
  RECLAIM_PARTNER_COUPONS("ReclaimPartnerCoupons", "POST", "/v2/promotions/benefits/partner-coupons/reclaim", Sites.CHINA),
  /** Coupons issued to customers. */
  LIST_ISSUED_PARTNER_COUPONS("ListIssuedPartnerCoupons", "GET", "/v2/promotions/benefits/partner-coupons", Sites.CHINA),
  /** Issue/reclaim log. */
  LIST_PARTNER_COUPONS_RECORD("ListPartnerCouponsRecord", "GET", "/v2/promotions/benefits/partner-coupons/records/query", Sites.CHINA),
  /** Distributor grants coupon quota to resellers. */
  UPDATE_COUPON_QUOTAS("UpdateCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-adjust", Sites.CHINA),
  /** Distributor reclaims reseller quota. */
  RECLAIM_COUPON_QUOTAS("ReclaimCouponQuotas", "POST", "/v2/partners/coupon-quotas/indirect-partner-reclaim", Sites.CHINA),
  /** Quotas issued to resellers. */
  LIST_ISSUED_COUPON_QUOTAS("ListIssuedCouponQuotas", "GET", "/v2/partners/issued-coupon-quotas", Sites.CHINA),
  /** Reseller-quota issue/reclaim log. */
  LIST_COUPON_QUOTAS_RECORDS("ListCouponQuotasRecords", "GET", "/v2/partners/coupon-quotas/records", Sites.CHINA),
  /** Coupons of the calling customer (customer-side). */
  LIST_SUB_CUSTOMER_COUPONS("ListSubCustomerCoupons", "GET", "/v2/promotions/benefits/coupons", Sites.BOTH),
  /** A customer's pay-per-use resources. */
  LIST_CUSTOMER_ON_DEMAND_RESOURCES("ListCustomerOnDemandResources", "POST", "/v2/partners/sub-customers/on-demand-resources/query", Sites.BOTH),
  /** Submit individual real-name verification for a customer. */
  CREATE_PERSONAL_REALNAME_AUTH("CreatePersonalRealnameAuth", "POST", "/v2/customers/realname-auths/individual", Sites.BOTH),
  /** Submit enterprise real-name verification. */
  CREATE_ENTERPRISE_REALNAME_AUTHENTICATION("CreateEnterpriseRealnameAuthentication", "POST", "/v2/customers/realname-auths/enterprise", Sites.BOTH),
  /** Change individual → enterprise. */
  CHANGE_ENTERPRISE_REALNAME_AUTHENTICATION("ChangeEnterpriseRealnameAuthentication", "PUT", "/v2/customers/realname-auths/enterprise", Sites.BOTH),
  /** Review result. */
  SHOW_REALNAME_AUTHENTICATION_REVIEW_RESULT("ShowRealnameAuthenticationReviewResult", "GET", "/v2/customers/realname-auths/result", Sites.BOTH);

  private final String operationName;
  private final String method;
  private final String path;
  private final Set<HuaweiSite> sites;

  HuaweiOperation(String operationName, String method, String path, Sites sites) {
    this.operationName = operationName;
    this.method = method;
    this.path = path;
    this.sites = sites.set();
  }

  /** Huawei's name of the operation, e.g. {@code CreateSubCustomer}. */
  public String operationName() {
    return operationName;
  }

  /** The HTTP method, e.g. {@code POST}. */
  public String method() {
    return method;
  }

  /** The request path, without query, e.g. {@code /v2/partners/sub-customers}. */
  public String path() {
    return path;
  }

  /**
   * Huawei's published flow-control quota (spec section 9), as the {@code spec} module's operation facts table gives
   * it (CheckUserIdentity 5 requests per second), or the documented common limit of 10 where Huawei publishes none.
   * {@link HuaweiFrontDoor.Builder#rateLimit} and {@link HuaweiFrontDoor.Builder#rateLimitScale} change what a front
   * door applies.
   */
  public int publishedRequestsPerSecond() {
    return PublishedRates.perSecond(operationName);
  }

  /** Whether {@code site} offers this operation. */
  public boolean offeredOn(HuaweiSite site) {
    return sites.contains(site);
  }

  /** The operation Huawei calls {@code name} (e.g. {@code ListSubCustomers}), if there is one. */
  public static Optional<HuaweiOperation> named(String name) {
    for (HuaweiOperation op : values()) {
      if (op.operationName.equals(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** The operation answering {@code method} on {@code path} on any site, if there is one. */
  static Optional<HuaweiOperation> at(String method, String path) {
    for (HuaweiOperation op : values()) {
      if (op.method.equals(method) && op.path.equals(path)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  private enum Sites {
    CHINA,
    INTERNATIONAL,
    BOTH;

    Set<HuaweiSite> set() {
      return switch (this) {
        case CHINA -> EnumSet.of(HuaweiSite.CHINA);
        case INTERNATIONAL -> EnumSet.of(HuaweiSite.INTERNATIONAL);
        case BOTH -> EnumSet.allOf(HuaweiSite.class);
      };
    }
  }
}
