package dev.partnerkit.sandbox.huawei;

import static dev.partnerkit.sandbox.huawei.HuaweiOperation.*;

import java.util.EnumMap;
import java.util.Map;

/** Which handler answers each {@link HuaweiOperation}: stateful ones over the {@link PartnerBook}, the rest from fixtures. */
final class Routes {
  private Routes() {}

  static Map<HuaweiOperation, OperationHandler> handlers(HuaweiSite site, HuaweiFaults faults, Fixtures fx) {
    Map<HuaweiOperation, OperationHandler> h = new EnumMap<>(HuaweiOperation.class);
    // registration and customers (stateful)
    h.put(CREATE_SUB_CUSTOMER, new CreateSubCustomer(faults));
    h.put(SEND_VERIFICATION_MESSAGE_CODE, new SendVerificationMessageCode());
    h.put(CHECK_USER_IDENTITY, new CheckUserIdentity());
    h.put(LIST_SUB_CUSTOMERS, new ListSubCustomers());
    h.put(LIST_SUB_CUSTOMER_NEW_TAG, new ListSubCustomerNewTag());
    h.put(LIST_INDIRECT_PARTNERS, new ListIndirectPartners());
    h.put(FREEZE_SUB_CUSTOMERS, FreezeSubCustomers.freeze());
    h.put(UNFREEZE_SUB_CUSTOMERS, FreezeSubCustomers.unfreeze());
    h.put(UPDATE_SUB_CUSTOMER_BUDGET, SubCustomerBudgets.update());
    h.put(SHOW_SUB_CUSTOMER_BUDGET, SubCustomerBudgets.show());
    h.put(LIST_SUB_CUSTOMER_BUDGET, SubCustomerBudgets.list());
    h.put(LIST_SUB_CUSTOMER_BUDGET_RECORDS, SubCustomerBudgets.records());
    // funds (stateful)
    h.put(UPDATE_CUSTOMER_ACCOUNT_AMOUNT, PartnerFunds.adjustCustomer());
    h.put(RECLAIM_TO_PARTNER_ACCOUNT, PartnerFunds.reclaimCustomer());
    h.put(UPDATE_INDIRECT_PARTNER_ACCOUNT, PartnerFunds.adjustReseller());
    h.put(RECLAIM_INDIRECT_PARTNER_ACCOUNT, PartnerFunds.reclaimReseller());
    h.put(LIST_PARTNER_BALANCES, PartnerFunds.partnerBalances());
    h.put(LIST_CUSTOMERS_BALANCES_DETAIL, PartnerFunds.customerBalances());
    h.put(LIST_PARTNER_ADJUST_RECORDS, PartnerFunds.adjustRecords());
    // coupons and real-name writes (stateful)
    h.put(CREATE_PARTNER_COUPONS, PartnerCoupons.issue());
    h.put(RECLAIM_PARTNER_COUPONS, PartnerCoupons.reclaim());
    h.put(UPDATE_COUPON_QUOTAS, PartnerCoupons.grantQuota());
    h.put(RECLAIM_COUPON_QUOTAS, PartnerCoupons.reclaimQuota());
    h.put(CREATE_PERSONAL_REALNAME_AUTH, RealnameAuthentications.individual());
    h.put(CREATE_ENTERPRISE_REALNAME_AUTHENTICATION, RealnameAuthentications.enterprise());
    h.put(CHANGE_ENTERPRISE_REALNAME_AUTHENTICATION, RealnameAuthentications.changeToEnterprise());
    h.put(SHOW_REALNAME_AUTHENTICATION_REVIEW_RESULT, RealnameAuthentications.reviewResult());
    // read-only data from fixtures
    h.put(SHOW_PARTNER_CONSUMPTION_QUOTA, FixtureQuery.single(fx, SHOW_PARTNER_CONSUMPTION_QUOTA));
    h.put(SHOW_CUSTOMER_EXPENDITURE_QUOTA, FixtureQuery.single(fx, SHOW_CUSTOMER_EXPENDITURE_QUOTA));
    h.put(SHOW_CUSTOMER_ACCOUNT_BALANCES, FixtureQuery.single(fx, SHOW_CUSTOMER_ACCOUNT_BALANCES));
    h.put(LIST_POSTPAID_BILL_SUM, FixtureQuery.single(fx, LIST_POSTPAID_BILL_SUM, "bill_cycle"));
    h.put(LIST_PARTNER_ACCOUNT_CHANGE_RECORDS, FixtureQuery.list(fx, LIST_PARTNER_ACCOUNT_CHANGE_RECORDS, "records", "total_count", "balance_type"));
    h.put(LIST_SUBCUSTOMER_MONTHLY_BILLS, FixtureQuery.list(fx, LIST_SUBCUSTOMER_MONTHLY_BILLS, "bill_sums", "count", "cycle", "charge_mode"));
    h.put(LIST_SUB_CUSTOMER_BILL_DETAIL, FixtureQuery.list(fx, LIST_SUB_CUSTOMER_BILL_DETAIL, "fee_records", "total_count", "bill_cycle", "customer_id"));
    h.put(LIST_CONSUME_SUB_CUSTOMERS, FixtureQuery.list(fx, LIST_CONSUME_SUB_CUSTOMERS, "sub_customers", "total_count", "bill_cycle"));
    h.put(LIST_QUOTA_COUPONS, FixtureQuery.list(fx, LIST_QUOTA_COUPONS, "quotas", "total_count"));
    h.put(LIST_ISSUED_PARTNER_COUPONS, FixtureQuery.list(fx, LIST_ISSUED_PARTNER_COUPONS, "user_coupons", "total_count"));
    h.put(LIST_PARTNER_COUPONS_RECORD, FixtureQuery.list(fx, LIST_PARTNER_COUPONS_RECORD, "records", "total_count"));
    h.put(LIST_ISSUED_COUPON_QUOTAS, FixtureQuery.list(fx, LIST_ISSUED_COUPON_QUOTAS, "quotas", "total_count"));
    h.put(LIST_COUPON_QUOTAS_RECORDS, FixtureQuery.list(fx, LIST_COUPON_QUOTAS_RECORDS, "records", "total_count"));
    h.put(LIST_SUB_CUSTOMER_COUPONS, FixtureQuery.list(fx, LIST_SUB_CUSTOMER_COUPONS, "user_coupons", "count"));
    h.put(LIST_CUSTOMER_ON_DEMAND_RESOURCES, FixtureQuery.list(fx, LIST_CUSTOMER_ON_DEMAND_RESOURCES, "resources", "total_count", "customer_id"));
    for (HuaweiOperation op : HuaweiOperation.values()) {
      if (!h.containsKey(op)) {
        throw new IllegalStateException("no handler for " + op.operationName());
      }
    }
    return Map.copyOf(h);
  }
}
