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
import dev.partnerkit.adapter.huawei.api.AccountChangeRecord;
import dev.partnerkit.adapter.huawei.api.AdjustRecord;
import dev.partnerkit.adapter.huawei.api.BillSum;
import dev.partnerkit.adapter.huawei.api.BudgetRecord;
import dev.partnerkit.adapter.huawei.api.CouponQuota;
import dev.partnerkit.adapter.huawei.api.CouponRecord;
import dev.partnerkit.adapter.huawei.api.CustomerInformation;
import dev.partnerkit.adapter.huawei.api.CustomerRef;
import dev.partnerkit.adapter.huawei.api.FeeRecord;
import dev.partnerkit.adapter.huawei.api.IndirectPartnerInfo;
import dev.partnerkit.adapter.huawei.api.IssuedCouponQuota;
import dev.partnerkit.adapter.huawei.api.NewCustomerTag;
import dev.partnerkit.adapter.huawei.api.OnDemandResource;
import dev.partnerkit.adapter.huawei.api.PartnerCoupon;
import dev.partnerkit.adapter.huawei.api.QuotaRecord;
import dev.partnerkit.adapter.huawei.api.UserCoupon;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The typed low-level client for Huawei BSS (China) and BSS-Intl partner customer management: one method per
 * operation of {@link BssOperation}, each making exactly one attempt and returning the typed answer or a {@link
 * HuaweiCallFailure}. Requests are signed (AK/SK) or carry a cached IAM token, afresh for every call. Calling an
 * operation the configured site does not offer fails locally with {@code INVALID_REQUEST}, without sending anything.
 *
 * <p>Every operation that pages with {@code offset}/{@code limit} ({@link BssOperation#pages()}) also has a {@code
 * ...Pages} method returning a lazy {@link Paged} listing: it asks for offset 0, limit, 2 * limit, ... as the consumer
 * gets there, holds one page at a time, stops at the answer's {@code count}/{@code total_count} (or at an empty page
 * when the operation reports none), and turns a failed page into the vendor-neutral {@link GatewayFailure}. Each page
 * is one attempt, like any other call.
 *
 * <p>Thread-safe; share one instance per configuration and {@link #close()} it when done. No retries and no rate
 * limiting: {@link HuaweiPartnerGateway} adds them around its calls.
 */
public final class BssClient implements AutoCloseable {

  /**
   * The largest {@code limit} of the {@code ...Pages} listings: 100, the maximum the docs state (ListSubCustomers,
   * ListSubCustomerBudgetRecords, ListConsumeSubCustomers; spec section 8), assumed for the lists that state none.
   */
  public static final int MAX_LIMIT = 100;

  /** How one page of a listing is fetched and its failure translated. */
  interface PageCall {
    /** Runs {@code attempt} (one call of {@code operation}) and translates its failure. */
    <R> Either<GatewayFailure, R> call(BssOperation operation, Supplier<Either<HuaweiCallFailure, R>> attempt);
  }

  /** One attempt per page, the failure translated with the adapter's mapping. */
  static final PageCall DIRECT = new PageCall() {
    @Override
    public <R> Either<GatewayFailure, R> call(
        BssOperation operation, Supplier<Either<HuaweiCallFailure, R>> attempt) {
      return attempt.get().mapLeft(HuaweiFailures::toGateway);
    }
  };

  private final HuaweiConfig config;
  private final OperationCaller caller;
  private final PageCall pageCall;

  private BssClient(HuaweiConfig config) {
    this(config, new BssCaller(config), DIRECT);
  }

  /** A client over {@code caller} (tests: an in-process vendor). */
  BssClient(HuaweiConfig config, OperationCaller caller) {
    this(config, caller, DIRECT);
  }

  private BssClient(HuaweiConfig config, OperationCaller caller, PageCall pageCall) {
    this.config = config;
    this.caller = caller;
    this.pageCall = Objects.requireNonNull(pageCall, "pageCall");
  }

  /**
   * This client (the same connections) with every page of its {@code ...Pages} listings fetched through {@code
   * pageCall}, e.g. a gateway's rate limit and retries. Close the original, not the view.
   */
  BssClient pagingThrough(PageCall pageCall) {
    return new BssClient(config, caller, pageCall);
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

  /**
   * {@code ListSubCustomers}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 * {@code
   * limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code count} the answer
   * reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is
   * returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<CustomerInformation> listSubCustomersPages(ListSubCustomersRequest filter, int limit) {
    return pages(BssOperation.LIST_SUB_CUSTOMERS, Objects.requireNonNull(filter, "filter"), limit,
        ListSubCustomersResponse.class,
        r -> r.customerInfos(), r -> longOf(r.count()));
  }

  /**
   * {@code ListSubCustomerNewTag}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 * {@code
   * limit}, ... when the consumer gets there, holding one page at a time; the operation reports no total: it stops at
   * the first empty page. A failed page ends {@link Paged#stream()} with a {@link
   * dev.partnerkit.ports.GatewayException} and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<NewCustomerTag> listSubCustomerNewTagPages(ListSubCustomerNewTagRequest filter, int limit) {
    return pages(BssOperation.LIST_SUB_CUSTOMER_NEW_TAG, Objects.requireNonNull(filter, "filter"), limit,
        ListSubCustomerNewTagResponse.class,
        r -> r.newCustomerTags(), r -> null);
  }

  /**
   * {@code ListIndirectPartners}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 * {@code
   * limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code count} the answer
   * reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is
   * returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<IndirectPartnerInfo> listIndirectPartnersPages(ListIndirectPartnersRequest filter, int limit) {
    return pages(BssOperation.LIST_INDIRECT_PARTNERS, Objects.requireNonNull(filter, "filter"), limit,
        ListIndirectPartnersResponse.class,
        r -> r.indirectPartners(), r -> longOf(r.count()));
  }

  /**
   * {@code ListSubCustomerBudgetRecords}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<BudgetRecord> listSubCustomerBudgetRecordsPages(ListSubCustomerBudgetRecordsRequest filter, int limit) {
    return pages(BssOperation.LIST_SUB_CUSTOMER_BUDGET_RECORDS, Objects.requireNonNull(filter, "filter"), limit,
        ListSubCustomerBudgetRecordsResponse.class,
        r -> r.recordList(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListPartnerAdjustRecords}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<AdjustRecord> listPartnerAdjustRecordsPages(ListPartnerAdjustRecordsRequest filter, int limit) {
    return pages(BssOperation.LIST_PARTNER_ADJUST_RECORDS, Objects.requireNonNull(filter, "filter"), limit,
        ListPartnerAdjustRecordsResponse.class,
        r -> r.records(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListPartnerAccountChangeRecords}, every page: a lazy listing that asks for {@code offset} 0, {@code limit},
   * 2 * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code
   * total_count} the answer reports. A failed page ends {@link Paged#stream()} with a {@link
   * dev.partnerkit.ports.GatewayException} and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<AccountChangeRecord> listPartnerAccountChangeRecordsPages(ListPartnerAccountChangeRecordsRequest filter, int limit) {
    return pages(BssOperation.LIST_PARTNER_ACCOUNT_CHANGE_RECORDS, Objects.requireNonNull(filter, "filter"), limit,
        ListPartnerAccountChangeRecordsResponse.class,
        r -> r.records(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListSubcustomerMonthlyBills}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code count} the
   * answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and
   * is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<BillSum> listSubcustomerMonthlyBillsPages(ListSubcustomerMonthlyBillsRequest filter, int limit) {
    return pages(BssOperation.LIST_SUBCUSTOMER_MONTHLY_BILLS, Objects.requireNonNull(filter, "filter"), limit,
        ListSubcustomerMonthlyBillsResponse.class,
        r -> r.billSums(), r -> longOf(r.count()));
  }

  /**
   * {@code ListSubCustomerBillDetail}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<FeeRecord> listSubCustomerBillDetailPages(ListSubCustomerBillDetailRequest filter, int limit) {
    return pages(BssOperation.LIST_SUB_CUSTOMER_BILL_DETAIL, Objects.requireNonNull(filter, "filter"), limit,
        ListSubCustomerBillDetailResponse.class,
        r -> r.feeRecords(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListConsumeSubCustomers}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<CustomerRef> listConsumeSubCustomersPages(ListConsumeSubCustomersRequest filter, int limit) {
    return pages(BssOperation.LIST_CONSUME_SUB_CUSTOMERS, Objects.requireNonNull(filter, "filter"), limit,
        ListConsumeSubCustomersResponse.class,
        r -> r.subCustomers(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListQuotaCoupons}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 * {@code
   * limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count} the
   * answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and
   * is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<CouponQuota> listQuotaCouponsPages(ListQuotaCouponsRequest filter, int limit) {
    return pages(BssOperation.LIST_QUOTA_COUPONS, Objects.requireNonNull(filter, "filter"), limit,
        ListQuotaCouponsResponse.class,
        r -> r.quotas(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListIssuedPartnerCoupons}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<PartnerCoupon> listIssuedPartnerCouponsPages(ListIssuedPartnerCouponsRequest filter, int limit) {
    return pages(BssOperation.LIST_ISSUED_PARTNER_COUPONS, Objects.requireNonNull(filter, "filter"), limit,
        ListIssuedPartnerCouponsResponse.class,
        r -> r.userCoupons(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListPartnerCouponsRecord}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<CouponRecord> listPartnerCouponsRecordPages(ListPartnerCouponsRecordRequest filter, int limit) {
    return pages(BssOperation.LIST_PARTNER_COUPONS_RECORD, Objects.requireNonNull(filter, "filter"), limit,
        ListPartnerCouponsRecordResponse.class,
        r -> r.records(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListIssuedCouponQuotas}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<IssuedCouponQuota> listIssuedCouponQuotasPages(ListIssuedCouponQuotasRequest filter, int limit) {
    return pages(BssOperation.LIST_ISSUED_COUPON_QUOTAS, Objects.requireNonNull(filter, "filter"), limit,
        ListIssuedCouponQuotasResponse.class,
        r -> r.quotas(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListCouponQuotasRecords}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<QuotaRecord> listCouponQuotasRecordsPages(ListCouponQuotasRecordsRequest filter, int limit) {
    return pages(BssOperation.LIST_COUPON_QUOTAS_RECORDS, Objects.requireNonNull(filter, "filter"), limit,
        ListCouponQuotasRecordsResponse.class,
        r -> r.records(), r -> longOf(r.totalCount()));
  }

  /**
   * {@code ListSubCustomerCoupons}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 *
   * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code count} the
   * answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and
   * is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<UserCoupon> listSubCustomerCouponsPages(ListSubCustomerCouponsRequest filter, int limit) {
    return pages(BssOperation.LIST_SUB_CUSTOMER_COUPONS, Objects.requireNonNull(filter, "filter"), limit,
        ListSubCustomerCouponsResponse.class,
        r -> r.userCoupons(), r -> longOf(r.count()));
  }

  /**
   * {@code ListCustomerOnDemandResources}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2
   * * {@code limit}, ... when the consumer gets there, holding one page at a time; it stops at the {@code total_count}
   * the answer reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException}
   * and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
   * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public Paged<OnDemandResource> listCustomerOnDemandResourcesPages(ListCustomerOnDemandResourcesRequest filter, int limit) {
    return pages(BssOperation.LIST_CUSTOMER_ON_DEMAND_RESOURCES, Objects.requireNonNull(filter, "filter"), limit,
        ListCustomerOnDemandResourcesResponse.class,
        r -> r.resources(), r -> longOf(r.totalCount()));
  }

  /**
   * The one walk behind every {@code ...Pages} method: {@code filter}'s fields plus {@code offset} and {@code limit},
   * one call per page through {@link #pageCall}, the items and total read from each answer by {@link PageWalker}.
   */
  private <R, T> Paged<T> pages(BssOperation operation, Object filter, int limit, Class<R> responseType,
      Function<R, ? extends Collection<? extends T>> items, Function<R, Long> total) {
    if (!operation.pages()) {
      throw new IllegalStateException(operation.wireName() + " does not page");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          operation.wireName() + " limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
    ObjectNode fields = WireJson.MAPPER.valueToTree(filter);
    return PageWalker.walk(page -> {
      ObjectNode request = fields.deepCopy();
      request.put("offset", (long) (page - 1) * limit);
      request.put("limit", limit);
      return pageCall.call(operation, () -> caller.call(operation, request, responseType));
    }, limit, items, total);
  }

  private static Long longOf(Integer count) {
    return count == null ? null : count.longValue();
  }

  @Override
  public void close() {
    caller.close();
  }

  @Override
  public String toString() {
    return "BssClient[" + config + "]";
  }
}
