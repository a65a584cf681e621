package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.huawei.api.ChangeEnterpriseRealnameAuthenticationRequest;
import dev.partnerkit.adapter.huawei.api.ChangeEnterpriseRealnameAuthenticationResponse;
import dev.partnerkit.adapter.huawei.api.CheckUserIdentityRequest;
import dev.partnerkit.adapter.huawei.api.CheckUserIdentityResponse;
import dev.partnerkit.adapter.huawei.api.CreateEnterpriseRealnameAuthenticationRequest;
import dev.partnerkit.adapter.huawei.api.CreateEnterpriseRealnameAuthenticationResponse;
import dev.partnerkit.adapter.huawei.api.CreatePartnerCouponsRequest;
import dev.partnerkit.adapter.huawei.api.CreatePartnerCouponsResponse;
import dev.partnerkit.adapter.huawei.api.CreatePersonalRealnameAuthRequest;
import dev.partnerkit.adapter.huawei.api.CreatePersonalRealnameAuthResponse;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerResponse;
import dev.partnerkit.adapter.huawei.api.FreezeSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.FreezeSubCustomersResponse;
import dev.partnerkit.adapter.huawei.api.HuaweiSite;
import dev.partnerkit.adapter.huawei.api.ListConsumeSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.ListConsumeSubCustomersResponse;
import dev.partnerkit.adapter.huawei.api.ListCouponQuotasRecordsRequest;
import dev.partnerkit.adapter.huawei.api.ListCouponQuotasRecordsResponse;
import dev.partnerkit.adapter.huawei.api.ListCustomerOnDemandResourcesRequest;
import dev.partnerkit.adapter.huawei.api.ListCustomerOnDemandResourcesResponse;
import dev.partnerkit.adapter.huawei.api.ListCustomersBalancesDetailRequest;
import dev.partnerkit.adapter.huawei.api.ListCustomersBalancesDetailResponse;
import dev.partnerkit.adapter.huawei.api.ListIndirectPartnersRequest;
import dev.partnerkit.adapter.huawei.api.ListIndirectPartnersResponse;
import dev.partnerkit.adapter.huawei.api.ListIssuedCouponQuotasRequest;
import dev.partnerkit.adapter.huawei.api.ListIssuedCouponQuotasResponse;
import dev.partnerkit.adapter.huawei.api.ListIssuedPartnerCouponsRequest;
import dev.partnerkit.adapter.huawei.api.ListIssuedPartnerCouponsResponse;
import dev.partnerkit.adapter.huawei.api.ListPartnerAccountChangeRecordsRequest;
import dev.partnerkit.adapter.huawei.api.ListPartnerAccountChangeRecordsResponse;
import dev.partnerkit.adapter.huawei.api.ListPartnerAdjustRecordsRequest;
import dev.partnerkit.adapter.huawei.api.ListPartnerAdjustRecordsResponse;
import dev.partnerkit.adapter.huawei.api.ListPartnerBalancesRequest;
import dev.partnerkit.adapter.huawei.api.ListPartnerBalancesResponse;
import dev.partnerkit.adapter.huawei.api.ListPartnerCouponsRecordRequest;
import dev.partnerkit.adapter.huawei.api.ListPartnerCouponsRecordResponse;
import dev.partnerkit.adapter.huawei.api.ListPostpaidBillSumRequest;
import dev.partnerkit.adapter.huawei.api.ListPostpaidBillSumResponse;
import dev.partnerkit.adapter.huawei.api.ListQuotaCouponsRequest;
import dev.partnerkit.adapter.huawei.api.ListQuotaCouponsResponse;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerBillDetailRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerBillDetailResponse;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerBudgetRecordsRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerBudgetRecordsResponse;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerBudgetRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerBudgetResponse;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerCouponsRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerCouponsResponse;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerNewTagRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerNewTagResponse;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersResponse;
import dev.partnerkit.adapter.huawei.api.ListSubcustomerMonthlyBillsRequest;
import dev.partnerkit.adapter.huawei.api.ListSubcustomerMonthlyBillsResponse;
import dev.partnerkit.adapter.huawei.api.ReclaimCouponQuotasRequest;
import dev.partnerkit.adapter.huawei.api.ReclaimCouponQuotasResponse;
import dev.partnerkit.adapter.huawei.api.ReclaimIndirectPartnerAccountRequest;
import dev.partnerkit.adapter.huawei.api.ReclaimIndirectPartnerAccountResponse;
import dev.partnerkit.adapter.huawei.api.ReclaimPartnerCouponsRequest;
import dev.partnerkit.adapter.huawei.api.ReclaimPartnerCouponsResponse;
import dev.partnerkit.adapter.huawei.api.ReclaimToPartnerAccountRequest;
import dev.partnerkit.adapter.huawei.api.ReclaimToPartnerAccountResponse;
import dev.partnerkit.adapter.huawei.api.SendVerificationMessageCodeRequest;
import dev.partnerkit.adapter.huawei.api.SendVerificationMessageCodeResponse;
import dev.partnerkit.adapter.huawei.api.ShowCustomerAccountBalancesResponse;
import dev.partnerkit.adapter.huawei.api.ShowCustomerExpenditureQuotaResponse;
import dev.partnerkit.adapter.huawei.api.ShowPartnerConsumptionQuotaResponse;
import dev.partnerkit.adapter.huawei.api.ShowRealnameAuthenticationReviewResultRequest;
import dev.partnerkit.adapter.huawei.api.ShowRealnameAuthenticationReviewResultResponse;
import dev.partnerkit.adapter.huawei.api.ShowSubCustomerBudgetRequest;
import dev.partnerkit.adapter.huawei.api.ShowSubCustomerBudgetResponse;
import dev.partnerkit.adapter.huawei.api.UnfreezeSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.UnfreezeSubCustomersResponse;
import dev.partnerkit.adapter.huawei.api.UpdateCouponQuotasRequest;
import dev.partnerkit.adapter.huawei.api.UpdateCouponQuotasResponse;
import dev.partnerkit.adapter.huawei.api.UpdateCustomerAccountAmountRequest;
import dev.partnerkit.adapter.huawei.api.UpdateCustomerAccountAmountResponse;
import dev.partnerkit.adapter.huawei.api.UpdateIndirectPartnerAccountRequest;
import dev.partnerkit.adapter.huawei.api.UpdateIndirectPartnerAccountResponse;
import dev.partnerkit.adapter.huawei.api.UpdateSubCustomerBudgetRequest;
import dev.partnerkit.adapter.huawei.api.UpdateSubCustomerBudgetResponse;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The typed low-level client for Huawei BSS (China) and BSS-Intl partner customer management: one method per
 * operation of {@link BssOperation}, each making exactly one attempt and returning the typed answer or a {@link
 * HuaweiCallFailure}. Requests are signed (AK/SK) or carry a cached IAM token, afresh for every call. Calling an
 * operation the configured site does not offer fails locally with {@code INVALID_REQUEST}, without sending anything.
 *
 * <p>Thread-safe; share one instance per configuration and {@link #close()} it when done. No retries and no rate
 * limiting: a later layer adds them.
 */
public final class BssClient implements AutoCloseable {

  private final HuaweiConfig config;
  private final BssCaller caller;

  private BssClient(HuaweiConfig config) {
    this.config = config;
    this.caller = new BssCaller(config);
  }

  /** A client for {@code config}; it owns a connection pool until {@link #close()}. */
  public static BssClient create(HuaweiConfig config) {
    return new BssClient(Objects.requireNonNull(config, "config"));
  }

  /** The site this client talks to. */
  public HuaweiSite site() {
    return config.site();
  }

  /**
   * Calls {@code CreateSubCustomer} ({@code POST /v2/partners/sub-customers}; China and international sites) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, CreateSubCustomerResponse> createSubCustomer(CreateSubCustomerRequest request) {
    return caller.call(
        BssOperation.CREATE_SUB_CUSTOMER, Objects.requireNonNull(request, "request"), CreateSubCustomerResponse.class);
  }

  /**
   * Calls {@code SendVerificationMessageCode} ({@code POST /v2/bases/verificationcode/send}; China and international
   * sites) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, SendVerificationMessageCodeResponse> sendVerificationMessageCode(
      SendVerificationMessageCodeRequest request) {
    return caller.call(
        BssOperation.SEND_VERIFICATION_MESSAGE_CODE,
        Objects.requireNonNull(request, "request"),
        SendVerificationMessageCodeResponse.class);
  }

  /**
   * Calls {@code CheckUserIdentity} ({@code POST /v2/partners/sub-customers/users/check-identity}; China and
   * international sites) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, CheckUserIdentityResponse> checkUserIdentity(CheckUserIdentityRequest request) {
    return caller.call(
        BssOperation.CHECK_USER_IDENTITY, Objects.requireNonNull(request, "request"), CheckUserIdentityResponse.class);
  }

  /**
   * Calls {@code ListSubCustomers} ({@code POST /v2/partners/sub-customers/query}; China and international sites) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListSubCustomersResponse> listSubCustomers(ListSubCustomersRequest request) {
    return caller.call(
        BssOperation.LIST_SUB_CUSTOMERS, Objects.requireNonNull(request, "request"), ListSubCustomersResponse.class);
  }

  /**
   * Calls {@code ListSubCustomerNewTag} ({@code POST /v2/partners/sub-customers/new-customers-tags/batch-query}; China
   * site only) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListSubCustomerNewTagResponse> listSubCustomerNewTag(
      ListSubCustomerNewTagRequest request) {
    return caller.call(
        BssOperation.LIST_SUB_CUSTOMER_NEW_TAG,
        Objects.requireNonNull(request, "request"),
        ListSubCustomerNewTagResponse.class);
  }

  /**
   * Calls {@code ListIndirectPartners} ({@code POST /v2/partners/indirect-partners/query}; China and international
   * sites) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListIndirectPartnersResponse> listIndirectPartners(
      ListIndirectPartnersRequest request) {
    return caller.call(
        BssOperation.LIST_INDIRECT_PARTNERS,
        Objects.requireNonNull(request, "request"),
        ListIndirectPartnersResponse.class);
  }

  /**
   * Calls {@code FreezeSubCustomers} ({@code POST /v2/partners/sub-customers/freeze}; international site only) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, FreezeSubCustomersResponse> freezeSubCustomers(FreezeSubCustomersRequest request) {
    return caller.call(
        BssOperation.FREEZE_SUB_CUSTOMERS,
        Objects.requireNonNull(request, "request"),
        FreezeSubCustomersResponse.class);
  }

  /**
   * Calls {@code UnfreezeSubCustomers} ({@code POST /v2/partners/sub-customers/unfreeze}; international site only)
   * once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, UnfreezeSubCustomersResponse> unfreezeSubCustomers(
      UnfreezeSubCustomersRequest request) {
    return caller.call(
        BssOperation.UNFREEZE_SUB_CUSTOMERS,
        Objects.requireNonNull(request, "request"),
        UnfreezeSubCustomersResponse.class);
  }

  /**
   * Calls {@code UpdateSubCustomerBudget} ({@code POST /v2/partners/sub-customers/budget}; international site only)
   * once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, UpdateSubCustomerBudgetResponse> updateSubCustomerBudget(
      UpdateSubCustomerBudgetRequest request) {
    return caller.call(
        BssOperation.UPDATE_SUB_CUSTOMER_BUDGET,
        Objects.requireNonNull(request, "request"),
        UpdateSubCustomerBudgetResponse.class);
  }

  /**
   * Calls {@code ShowSubCustomerBudget} ({@code GET /v2/partners/sub-customers/budget}; international site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ShowSubCustomerBudgetResponse> showSubCustomerBudget(
      ShowSubCustomerBudgetRequest request) {
    return caller.call(
        BssOperation.SHOW_SUB_CUSTOMER_BUDGET,
        Objects.requireNonNull(request, "request"),
        ShowSubCustomerBudgetResponse.class);
  }

  /**
   * Calls {@code ListSubCustomerBudget} ({@code POST /v2/partners/sub-customers/budget/query}; international site only)
   * once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListSubCustomerBudgetResponse> listSubCustomerBudget(
      ListSubCustomerBudgetRequest request) {
    return caller.call(
        BssOperation.LIST_SUB_CUSTOMER_BUDGET,
        Objects.requireNonNull(request, "request"),
        ListSubCustomerBudgetResponse.class);
  }

  /**
   * Calls {@code ListSubCustomerBudgetRecords} ({@code GET /v2/partners/sub-customers/budget/records}; international
   * site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListSubCustomerBudgetRecordsResponse> listSubCustomerBudgetRecords(
      ListSubCustomerBudgetRecordsRequest request) {
    return caller.call(
        BssOperation.LIST_SUB_CUSTOMER_BUDGET_RECORDS,
        Objects.requireNonNull(request, "request"),
        ListSubCustomerBudgetRecordsResponse.class);
  }

  /**
   * Calls {@code ShowPartnerConsumptionQuota} ({@code GET /v2/partners/credit/consumption-quota}; international site
   * only) once.
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ShowPartnerConsumptionQuotaResponse> showPartnerConsumptionQuota() {
    return caller.call(BssOperation.SHOW_PARTNER_CONSUMPTION_QUOTA, null, ShowPartnerConsumptionQuotaResponse.class);
  }

  /**
   * Calls {@code ShowCustomerExpenditureQuota} ({@code GET /v2/accounts/customer-accounts/expenditure-quota};
   * international site only) once.
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ShowCustomerExpenditureQuotaResponse> showCustomerExpenditureQuota() {
    return caller.call(BssOperation.SHOW_CUSTOMER_EXPENDITURE_QUOTA, null, ShowCustomerExpenditureQuotaResponse.class);
  }

  /**
   * Calls {@code UpdateCustomerAccountAmount} ({@code POST /v2/accounts/partner-accounts/adjust-amount}; China site
   * only) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, UpdateCustomerAccountAmountResponse> updateCustomerAccountAmount(
      UpdateCustomerAccountAmountRequest request) {
    return caller.call(
        BssOperation.UPDATE_CUSTOMER_ACCOUNT_AMOUNT,
        Objects.requireNonNull(request, "request"),
        UpdateCustomerAccountAmountResponse.class);
  }

  /**
   * Calls {@code ReclaimToPartnerAccount} ({@code POST /v2/accounts/partner-accounts/reclaim}; China site only) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ReclaimToPartnerAccountResponse> reclaimToPartnerAccount(
      ReclaimToPartnerAccountRequest request) {
    return caller.call(
        BssOperation.RECLAIM_TO_PARTNER_ACCOUNT,
        Objects.requireNonNull(request, "request"),
        ReclaimToPartnerAccountResponse.class);
  }

  /**
   * Calls {@code UpdateIndirectPartnerAccount} ({@code POST /v2/accounts/partner-accounts/indirect-partner-adjust};
   * China site only) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, UpdateIndirectPartnerAccountResponse> updateIndirectPartnerAccount(
      UpdateIndirectPartnerAccountRequest request) {
    return caller.call(
        BssOperation.UPDATE_INDIRECT_PARTNER_ACCOUNT,
        Objects.requireNonNull(request, "request"),
        UpdateIndirectPartnerAccountResponse.class);
  }

  /**
   * Calls {@code ReclaimIndirectPartnerAccount} ({@code POST /v2/accounts/partner-accounts/indirect-partner-reclaim};
   * China site only) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ReclaimIndirectPartnerAccountResponse> reclaimIndirectPartnerAccount(
      ReclaimIndirectPartnerAccountRequest request) {
    return caller.call(
        BssOperation.RECLAIM_INDIRECT_PARTNER_ACCOUNT,
        Objects.requireNonNull(request, "request"),
        ReclaimIndirectPartnerAccountResponse.class);
  }

  /**
   * Calls {@code ListPartnerBalances} ({@code GET /v2/accounts/partner-accounts/balances}; China site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListPartnerBalancesResponse> listPartnerBalances(
      ListPartnerBalancesRequest request) {
    return caller.call(
        BssOperation.LIST_PARTNER_BALANCES,
        Objects.requireNonNull(request, "request"),
        ListPartnerBalancesResponse.class);
  }

  /**
   * Calls {@code ListCustomersBalancesDetail} ({@code POST /v2/accounts/customer-accounts/balances/batch-query}; China
   * site only) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListCustomersBalancesDetailResponse> listCustomersBalancesDetail(
      ListCustomersBalancesDetailRequest request) {
    return caller.call(
        BssOperation.LIST_CUSTOMERS_BALANCES_DETAIL,
        Objects.requireNonNull(request, "request"),
        ListCustomersBalancesDetailResponse.class);
  }

  /**
   * Calls {@code ShowCustomerAccountBalances} ({@code GET /v2/accounts/customer-accounts/balances}; China and
   * international sites) once.
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ShowCustomerAccountBalancesResponse> showCustomerAccountBalances() {
    return caller.call(BssOperation.SHOW_CUSTOMER_ACCOUNT_BALANCES, null, ShowCustomerAccountBalancesResponse.class);
  }

  /**
   * Calls {@code ListPartnerAdjustRecords} ({@code GET /v3/accounts/partner-accounts/adjust-records}; China site only)
   * once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListPartnerAdjustRecordsResponse> listPartnerAdjustRecords(
      ListPartnerAdjustRecordsRequest request) {
    return caller.call(
        BssOperation.LIST_PARTNER_ADJUST_RECORDS,
        Objects.requireNonNull(request, "request"),
        ListPartnerAdjustRecordsResponse.class);
  }

  /**
   * Calls {@code ListPartnerAccountChangeRecords} ({@code GET /v2/accounts/partner-accounts/account-change-records};
   * China site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListPartnerAccountChangeRecordsResponse> listPartnerAccountChangeRecords(
      ListPartnerAccountChangeRecordsRequest request) {
    return caller.call(
        BssOperation.LIST_PARTNER_ACCOUNT_CHANGE_RECORDS,
        Objects.requireNonNull(request, "request"),
        ListPartnerAccountChangeRecordsResponse.class);
  }

  /**
   * Calls {@code ListSubcustomerMonthlyBills} ({@code GET /v2/bills/partner-bills/subcustomer-bills/monthly-sum}; China
   * site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListSubcustomerMonthlyBillsResponse> listSubcustomerMonthlyBills(
      ListSubcustomerMonthlyBillsRequest request) {
    return caller.call(
        BssOperation.LIST_SUBCUSTOMER_MONTHLY_BILLS,
        Objects.requireNonNull(request, "request"),
        ListSubcustomerMonthlyBillsResponse.class);
  }

  /**
   * Calls {@code ListSubCustomerBillDetail} ({@code GET /v2/bills/subcustomer-bills/res-fee-records}; China site only)
   * once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListSubCustomerBillDetailResponse> listSubCustomerBillDetail(
      ListSubCustomerBillDetailRequest request) {
    return caller.call(
        BssOperation.LIST_SUB_CUSTOMER_BILL_DETAIL,
        Objects.requireNonNull(request, "request"),
        ListSubCustomerBillDetailResponse.class);
  }

  /**
   * Calls {@code ListConsumeSubCustomers} ({@code POST /v2/bills/subcustomer-bills/res-fee-records/sub-
   * customers/query}; China site only) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListConsumeSubCustomersResponse> listConsumeSubCustomers(
      ListConsumeSubCustomersRequest request) {
    return caller.call(
        BssOperation.LIST_CONSUME_SUB_CUSTOMERS,
        Objects.requireNonNull(request, "request"),
        ListConsumeSubCustomersResponse.class);
  }

  /**
   * Calls {@code ListPostpaidBillSum} ({@code GET /v2/bills/partner-bills/postpaid-bill-summary}; international site
   * only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListPostpaidBillSumResponse> listPostpaidBillSum(
      ListPostpaidBillSumRequest request) {
    return caller.call(
        BssOperation.LIST_POSTPAID_BILL_SUM,
        Objects.requireNonNull(request, "request"),
        ListPostpaidBillSumResponse.class);
  }

  /**
   * Calls {@code ListQuotaCoupons} ({@code POST /v2/partners/coupon-quotas/query}; China site only) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListQuotaCouponsResponse> listQuotaCoupons(ListQuotaCouponsRequest request) {
    return caller.call(
        BssOperation.LIST_QUOTA_COUPONS, Objects.requireNonNull(request, "request"), ListQuotaCouponsResponse.class);
  }

  /**
   * Calls {@code CreatePartnerCoupons} ({@code POST /v2/promotions/benefits/partner-coupons}; China site only) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, CreatePartnerCouponsResponse> createPartnerCoupons(
      CreatePartnerCouponsRequest request) {
    return caller.call(
        BssOperation.CREATE_PARTNER_COUPONS,
        Objects.requireNonNull(request, "request"),
        CreatePartnerCouponsResponse.class);
  }

  /**
   * Calls {@code ReclaimPartnerCoupons} ({@code POST /v2/promotions/benefits/partner-coupons/reclaim}; China site only)
   * once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ReclaimPartnerCouponsResponse> reclaimPartnerCoupons(
      ReclaimPartnerCouponsRequest request) {
    return caller.call(
        BssOperation.RECLAIM_PARTNER_COUPONS,
        Objects.requireNonNull(request, "request"),
        ReclaimPartnerCouponsResponse.class);
  }

  /**
   * Calls {@code ListIssuedPartnerCoupons} ({@code GET /v2/promotions/benefits/partner-coupons}; China site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListIssuedPartnerCouponsResponse> listIssuedPartnerCoupons(
      ListIssuedPartnerCouponsRequest request) {
    return caller.call(
        BssOperation.LIST_ISSUED_PARTNER_COUPONS,
        Objects.requireNonNull(request, "request"),
        ListIssuedPartnerCouponsResponse.class);
  }

  /**
   * Calls {@code ListPartnerCouponsRecord} ({@code GET /v2/promotions/benefits/partner-coupons/records/query}; China
   * site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListPartnerCouponsRecordResponse> listPartnerCouponsRecord(
      ListPartnerCouponsRecordRequest request) {
    return caller.call(
        BssOperation.LIST_PARTNER_COUPONS_RECORD,
        Objects.requireNonNull(request, "request"),
        ListPartnerCouponsRecordResponse.class);
  }

  /**
   * Calls {@code UpdateCouponQuotas} ({@code POST /v2/partners/coupon-quotas/indirect-partner-adjust}; China site only)
   * once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, UpdateCouponQuotasResponse> updateCouponQuotas(UpdateCouponQuotasRequest request) {
    return caller.call(
        BssOperation.UPDATE_COUPON_QUOTAS,
        Objects.requireNonNull(request, "request"),
        UpdateCouponQuotasResponse.class);
  }

  /**
   * Calls {@code ReclaimCouponQuotas} ({@code POST /v2/partners/coupon-quotas/indirect-partner-reclaim}; China site
   * only) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ReclaimCouponQuotasResponse> reclaimCouponQuotas(
      ReclaimCouponQuotasRequest request) {
    return caller.call(
        BssOperation.RECLAIM_COUPON_QUOTAS,
        Objects.requireNonNull(request, "request"),
        ReclaimCouponQuotasResponse.class);
  }

  /**
   * Calls {@code ListIssuedCouponQuotas} ({@code GET /v2/partners/issued-coupon-quotas}; China site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListIssuedCouponQuotasResponse> listIssuedCouponQuotas(
      ListIssuedCouponQuotasRequest request) {
    return caller.call(
        BssOperation.LIST_ISSUED_COUPON_QUOTAS,
        Objects.requireNonNull(request, "request"),
        ListIssuedCouponQuotasResponse.class);
  }

  /**
   * Calls {@code ListCouponQuotasRecords} ({@code GET /v2/partners/coupon-quotas/records}; China site only) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListCouponQuotasRecordsResponse> listCouponQuotasRecords(
      ListCouponQuotasRecordsRequest request) {
    return caller.call(
        BssOperation.LIST_COUPON_QUOTAS_RECORDS,
        Objects.requireNonNull(request, "request"),
        ListCouponQuotasRecordsResponse.class);
  }

  /**
   * Calls {@code ListSubCustomerCoupons} ({@code GET /v2/promotions/benefits/coupons}; China and international sites)
   * once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListSubCustomerCouponsResponse> listSubCustomerCoupons(
      ListSubCustomerCouponsRequest request) {
    return caller.call(
        BssOperation.LIST_SUB_CUSTOMER_COUPONS,
        Objects.requireNonNull(request, "request"),
        ListSubCustomerCouponsResponse.class);
  }

  /**
   * Calls {@code ListCustomerOnDemandResources} ({@code POST /v2/partners/sub-customers/on-demand-resources/query};
   * China and international sites) once.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ListCustomerOnDemandResourcesResponse> listCustomerOnDemandResources(
      ListCustomerOnDemandResourcesRequest request) {
    return caller.call(
        BssOperation.LIST_CUSTOMER_ON_DEMAND_RESOURCES,
        Objects.requireNonNull(request, "request"),
        ListCustomerOnDemandResourcesResponse.class);
  }

  /**
   * Calls {@code CreatePersonalRealnameAuth} ({@code POST /v2/customers/realname-auths/individual}; China and
   * international sites) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, CreatePersonalRealnameAuthResponse> createPersonalRealnameAuth(
      CreatePersonalRealnameAuthRequest request) {
    return caller.call(
        BssOperation.CREATE_PERSONAL_REALNAME_AUTH,
        Objects.requireNonNull(request, "request"),
        CreatePersonalRealnameAuthResponse.class);
  }

  /**
   * Calls {@code CreateEnterpriseRealnameAuthentication} ({@code POST /v2/customers/realname-auths/enterprise}; China
   * and international sites) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, CreateEnterpriseRealnameAuthenticationResponse> createEnterpriseRealnameAuthentication(
      CreateEnterpriseRealnameAuthenticationRequest request) {
    return caller.call(
        BssOperation.CREATE_ENTERPRISE_REALNAME_AUTHENTICATION,
        Objects.requireNonNull(request, "request"),
        CreateEnterpriseRealnameAuthenticationResponse.class);
  }

  /**
   * Calls {@code ChangeEnterpriseRealnameAuthentication} ({@code PUT /v2/customers/realname-auths/enterprise}; China
   * and international sites) once.
   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect.
   *
   * @param request the request body
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ChangeEnterpriseRealnameAuthenticationResponse> changeEnterpriseRealnameAuthentication(
      ChangeEnterpriseRealnameAuthenticationRequest request) {
    return caller.call(
        BssOperation.CHANGE_ENTERPRISE_REALNAME_AUTHENTICATION,
        Objects.requireNonNull(request, "request"),
        ChangeEnterpriseRealnameAuthenticationResponse.class);
  }

  /**
   * Calls {@code ShowRealnameAuthenticationReviewResult} ({@code GET /v2/customers/realname-auths/result}; China and
   * international sites) once.
   *
   * @param request the query parameters
   * @return the answer, or why there is none
   */
  public Either<HuaweiCallFailure, ShowRealnameAuthenticationReviewResultResponse> showRealnameAuthenticationReviewResult(
      ShowRealnameAuthenticationReviewResultRequest request) {
    return caller.call(
        BssOperation.SHOW_REALNAME_AUTHENTICATION_REVIEW_RESULT,
        Objects.requireNonNull(request, "request"),
        ShowRealnameAuthenticationReviewResultResponse.class);
  }

  /** Closes the connection pool; calls made afterwards fail. */
  @Override
  public void close() {
    caller.close();
  }

  @Override
  public String toString() {
    return "BssClient[" + config + "]";
  }
}
