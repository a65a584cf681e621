package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.tencent.api.AllocateCreditPoolRequest;
import dev.partnerkit.adapter.tencent.api.AllocateCreditPoolResponse;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditRequest;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditResponse;
import dev.partnerkit.adapter.tencent.api.ApproveClientApplyRequest;
import dev.partnerkit.adapter.tencent.api.ApproveClientApplyResponse;
import dev.partnerkit.adapter.tencent.api.ApproveSubAgentApplyRequest;
import dev.partnerkit.adapter.tencent.api.ApproveSubAgentApplyResponse;
import dev.partnerkit.adapter.tencent.api.CreateAccountRequest;
import dev.partnerkit.adapter.tencent.api.CreateAccountResponse;
import dev.partnerkit.adapter.tencent.api.CreateAndSendClientInvitationMailRequest;
import dev.partnerkit.adapter.tencent.api.CreateAndSendClientInvitationMailResponse;
import dev.partnerkit.adapter.tencent.api.DescribeBillDetailRequest;
import dev.partnerkit.adapter.tencent.api.DescribeBillDetailRequestBuilder;
import dev.partnerkit.adapter.tencent.api.DescribeBillDetailResponse;
import dev.partnerkit.adapter.tencent.api.DescribeBillDownloadUrlRequest;
import dev.partnerkit.adapter.tencent.api.DescribeBillDownloadUrlResponse;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryRequest;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryResponse;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryByPayModeRequest;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryByPayModeResponse;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryByProductRequest;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryByProductResponse;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryByRegionRequest;
import dev.partnerkit.adapter.tencent.api.DescribeBillSummaryByRegionResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailRequestBuilder;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailByDayRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailByDayResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDownloadUrlRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDownloadUrlResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillSummaryRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillSummaryResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerInfoRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerInfoResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnCostExplorerFilterRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnCostExplorerFilterResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnCostExplorerSummaryRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnCostExplorerSummaryRequestBuilder;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnCostExplorerSummaryResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnVoucherListRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnVoucherListRequestBuilder;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnVoucherListResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnVoucherUsageDetailsRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnVoucherUsageDetailsRequestBuilder;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnVoucherUsageDetailsResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerUinRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerUinResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherListRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherListRequestBuilder;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherListResponse;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherUsageDetailsRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherUsageDetailsRequestBuilder;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherUsageDetailsResponse;
import dev.partnerkit.adapter.tencent.api.DescribeRebateDownloadUrlRequest;
import dev.partnerkit.adapter.tencent.api.DescribeRebateDownloadUrlResponse;
import dev.partnerkit.adapter.tencent.api.ForceQNRequest;
import dev.partnerkit.adapter.tencent.api.ForceQNResponse;
import dev.partnerkit.adapter.tencent.api.GetCountryCodesRequest;
import dev.partnerkit.adapter.tencent.api.GetCountryCodesResponse;
import dev.partnerkit.adapter.tencent.api.GetTradeConfigListRequest;
import dev.partnerkit.adapter.tencent.api.GetTradeConfigListResponse;
import dev.partnerkit.adapter.tencent.api.ModifyClientRemarkRequest;
import dev.partnerkit.adapter.tencent.api.ModifyClientRemarkResponse;
import dev.partnerkit.adapter.tencent.api.QueryAccountVerificationStatusRequest;
import dev.partnerkit.adapter.tencent.api.QueryAccountVerificationStatusResponse;
import dev.partnerkit.adapter.tencent.api.QueryCreditAllocationHistoryRequest;
import dev.partnerkit.adapter.tencent.api.QueryCreditAllocationHistoryRequestBuilder;
import dev.partnerkit.adapter.tencent.api.QueryCreditAllocationHistoryResponse;
import dev.partnerkit.adapter.tencent.api.QueryCreditByUinListRequest;
import dev.partnerkit.adapter.tencent.api.QueryCreditByUinListResponse;
import dev.partnerkit.adapter.tencent.api.QueryCustomerBillingQuotaRequest;
import dev.partnerkit.adapter.tencent.api.QueryCustomerBillingQuotaResponse;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequest;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequestBuilder;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditResponse;
import dev.partnerkit.adapter.tencent.api.QueryDirectCustomersCreditRequest;
import dev.partnerkit.adapter.tencent.api.QueryDirectCustomersCreditResponse;
import dev.partnerkit.adapter.tencent.api.QueryInvitationInfoRequest;
import dev.partnerkit.adapter.tencent.api.QueryInvitationInfoResponse;
import dev.partnerkit.adapter.tencent.api.QueryPartnerCreditRequest;
import dev.partnerkit.adapter.tencent.api.QueryPartnerCreditResponse;
import dev.partnerkit.adapter.tencent.api.QueryPendingClientsV2Request;
import dev.partnerkit.adapter.tencent.api.QueryPendingClientsV2Response;
import dev.partnerkit.adapter.tencent.api.QueryPendingSubAgentsV2Request;
import dev.partnerkit.adapter.tencent.api.QueryPendingSubAgentsV2Response;
import dev.partnerkit.adapter.tencent.api.QueryPolicyProductListByCodeRequest;
import dev.partnerkit.adapter.tencent.api.QueryPolicyProductListByCodeRequestBuilder;
import dev.partnerkit.adapter.tencent.api.QueryPolicyProductListByCodeResponse;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2Request;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2RequestBuilder;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2Response;
import dev.partnerkit.adapter.tencent.api.QueryT1IndirectCustomersDetailRequest;
import dev.partnerkit.adapter.tencent.api.QueryT1IndirectCustomersDetailRequestBuilder;
import dev.partnerkit.adapter.tencent.api.QueryT1IndirectCustomersDetailResponse;
import dev.partnerkit.adapter.tencent.api.QueryVoucherAmountByUinRequest;
import dev.partnerkit.adapter.tencent.api.QueryVoucherAmountByUinResponse;
import dev.partnerkit.adapter.tencent.api.QueryVoucherListByUinRequest;
import dev.partnerkit.adapter.tencent.api.QueryVoucherListByUinResponse;
import dev.partnerkit.adapter.tencent.api.QueryVoucherPoolRequest;
import dev.partnerkit.adapter.tencent.api.QueryVoucherPoolResponse;
import dev.partnerkit.adapter.tencent.api.SendVerifyCodeRequest;
import dev.partnerkit.adapter.tencent.api.SendVerifyCodeResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.tencent.api.BillDetailData;
import dev.partnerkit.adapter.tencent.api.CustomerBillDetailData;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnVoucherItem;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerUinData;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherItem;
import dev.partnerkit.adapter.tencent.api.DimensionPeriodData;
import dev.partnerkit.adapter.tencent.api.PolicyProductList;
import dev.partnerkit.adapter.tencent.api.QueryCreditAllocationHistoryData;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditData;
import dev.partnerkit.adapter.tencent.api.QueryPendingCustomersItem;
import dev.partnerkit.adapter.tencent.api.QueryPendingSubAgentsV2ResponseData;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2ResponseData;
import dev.partnerkit.adapter.tencent.api.QueryT1IndirectCustomersDetailResponseData;
import dev.partnerkit.adapter.tencent.api.UsageDetail;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The typed low-level client of the Tencent Cloud International Partners API (intlpartnersmgt 2022-09-28): one method
 * per action, 46 in all, each taking the action's request record and returning {@code Either} a {@link
 * TencentCallFailure} or the action's response record.
 *
 * <p>Each call makes exactly one attempt: it serializes the request, signs it with TC3-HMAC-SHA256 at the current
 * time of the configured clock, POSTs it, and reads the {@code {"Response": ...}} envelope; a vendor error (which
 * Tencent returns with HTTP 200) becomes a failure. There is no retry and no rate limiting here: a caller (or a later
 * layer) decides, using {@link TencentCallFailure#kind()} and {@link TencentCallFailure#maybeApplied()}.
 *
 * <p>Every action that pages with {@code Page}/{@code PageSize} also has a {@code ...Pages} method returning a lazy
 * {@link Paged} listing: it asks for page 1, 2, ... with the given page size, holds one page at a time, stops at the
 * action's total (or at an empty page when the action reports none), and turns a failed page into the vendor-neutral
 * {@link GatewayFailure}. Each page is one attempt, like any other call.
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases its connections.
 */
public final class IntlPartnersClient implements AutoCloseable {

  /** How one page of a listing is fetched and its failure translated. */
  interface PageCall {
    /** Runs {@code attempt} (one call of {@code action}) and translates its failure. */
    <R> Either<GatewayFailure, R> call(IntlPartnersAction action, Supplier<Either<TencentCallFailure, R>> attempt);
  }

  /** One attempt per page, the failure translated with the adapter's mapping. */
  static final PageCall DIRECT = new PageCall() {
    @Override
    public <R> Either<GatewayFailure, R> call(IntlPartnersAction action, Supplier<Either<TencentCallFailure, R>> attempt) {
      return attempt.get().mapLeft(TencentFailures::toGateway);
    }
  };

  private final ActionCaller caller;
  private final PageCall pageCall;

  IntlPartnersClient(ActionCaller caller) {
    this(caller, DIRECT);
  }

  private IntlPartnersClient(ActionCaller caller, PageCall pageCall) {
    this.caller = Objects.requireNonNull(caller, "caller");
    this.pageCall = Objects.requireNonNull(pageCall, "pageCall");
  }

  /**
   * This client (the same connections) with every page of its {@code ...Pages} listings fetched through {@code
   * pageCall}, e.g. a gateway's rate limit and retries. Close the original, not the view.
   */
  IntlPartnersClient pagingThrough(PageCall pageCall) {
    return new IntlPartnersClient(caller, pageCall);
  }

  /** A client over HTTPS (or, for a sandbox, HTTP) as {@code config} says. */
  public static IntlPartnersClient create(TencentConfig config) {
    return new IntlPartnersClient(new HttpTransport(Objects.requireNonNull(config, "config")));
  }

  /**
   * {@code QueryVoucherAmountByUin}: Queries the voucher quota based on the customer UIN.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryVoucherAmountByUinResponse> queryVoucherAmountByUin(
      QueryVoucherAmountByUinRequest request) {
    return call(IntlPartnersAction.QUERY_VOUCHER_AMOUNT_BY_UIN, request, QueryVoucherAmountByUinResponse.class);
  }

  /**
   * {@code QueryVoucherListByUin}: Queries the voucher list based on the customer UIN.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryVoucherListByUinResponse> queryVoucherListByUin(
      QueryVoucherListByUinRequest request) {
    return call(IntlPartnersAction.QUERY_VOUCHER_LIST_BY_UIN, request, QueryVoucherListByUinResponse.class);
  }

  /**
   * {@code DescribeCustomerUin}: Queries the list of customer UINs.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerUinResponse> describeCustomerUin(
      DescribeCustomerUinRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_UIN, request, DescribeCustomerUinResponse.class);
  }

  /**
   * {@code GetCountryCodes}: This API is used to obtain country/region codes.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, GetCountryCodesResponse> getCountryCodes(GetCountryCodesRequest request) {
    return call(IntlPartnersAction.GET_COUNTRY_CODES, request, GetCountryCodesResponse.class);
  }

  /** {@code GetCountryCodes} without parameters: the same as {@code getCountryCodes(GetCountryCodesRequest.of())}. */
  public Either<TencentCallFailure, GetCountryCodesResponse> getCountryCodes() {
    return getCountryCodes(GetCountryCodesRequest.of());
  }

  /**
   * {@code QueryVoucherPool}: Queries the voucher quota pool.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryVoucherPoolResponse> queryVoucherPool(QueryVoucherPoolRequest request) {
    return call(IntlPartnersAction.QUERY_VOUCHER_POOL, request, QueryVoucherPoolResponse.class);
  }

  /**
   * {@code QueryVoucherPool} without parameters: the same as {@code queryVoucherPool(QueryVoucherPoolRequest.of())}.
   */
  public Either<TencentCallFailure, QueryVoucherPoolResponse> queryVoucherPool() {
    return queryVoucherPool(QueryVoucherPoolRequest.of());
  }

  /**
   * {@code CreateAccount}: Creates a customer account.
   *
   * <p>Changes state at Tencent; at most 5 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, CreateAccountResponse> createAccount(CreateAccountRequest request) {
    return call(IntlPartnersAction.CREATE_ACCOUNT, request, CreateAccountResponse.class);
  }

  /**
   * {@code DescribeCustomerInfo}: Queries the customer information.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerInfoResponse> describeCustomerInfo(
      DescribeCustomerInfoRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_INFO, request, DescribeCustomerInfoResponse.class);
  }

  /**
   * {@code QueryAccountVerificationStatus}: Queries the account verification status.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryAccountVerificationStatusResponse> queryAccountVerificationStatus(
      QueryAccountVerificationStatusRequest request) {
    return call(IntlPartnersAction.QUERY_ACCOUNT_VERIFICATION_STATUS, request, QueryAccountVerificationStatusResponse.class);
  }

  /**
   * {@code QueryInvitationInfo}: Query invitation link info.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryInvitationInfoResponse> queryInvitationInfo(
      QueryInvitationInfoRequest request) {
    return call(IntlPartnersAction.QUERY_INVITATION_INFO, request, QueryInvitationInfoResponse.class);
  }

  /**
   * {@code ApproveClientApply}: Approve sub-customer application.
   *
   * <p>Changes state at Tencent; at most 5 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, ApproveClientApplyResponse> approveClientApply(ApproveClientApplyRequest request) {
    return call(IntlPartnersAction.APPROVE_CLIENT_APPLY, request, ApproveClientApplyResponse.class);
  }

  /**
   * {@code ApproveSubAgentApply}: Approves a second-level reseller application.
   *
   * <p>Changes state at Tencent; at most 20 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, ApproveSubAgentApplyResponse> approveSubAgentApply(
      ApproveSubAgentApplyRequest request) {
    return call(IntlPartnersAction.APPROVE_SUB_AGENT_APPLY, request, ApproveSubAgentApplyResponse.class);
  }

  /**
   * {@code CreateAndSendClientInvitationMail}: Creates an invitation link for the customer.
   *
   * <p>Changes state at Tencent; at most 1 request per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, CreateAndSendClientInvitationMailResponse> createAndSendClientInvitationMail(
      CreateAndSendClientInvitationMailRequest request) {
    return call(IntlPartnersAction.CREATE_AND_SEND_CLIENT_INVITATION_MAIL, request, CreateAndSendClientInvitationMailResponse.class);
  }

  /**
   * {@code GetTradeConfigList}: Queries the industry list.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, GetTradeConfigListResponse> getTradeConfigList(GetTradeConfigListRequest request) {
    return call(IntlPartnersAction.GET_TRADE_CONFIG_LIST, request, GetTradeConfigListResponse.class);
  }

  /**
   * {@code GetTradeConfigList} without parameters: the same as {@code
   * getTradeConfigList(GetTradeConfigListRequest.of())}.
   */
  public Either<TencentCallFailure, GetTradeConfigListResponse> getTradeConfigList() {
    return getTradeConfigList(GetTradeConfigListRequest.of());
  }

  /**
   * {@code QueryPendingClientsV2}: Querying sub-customers in application.
   *
   * <p>Read-only; at most 5 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryPendingClientsV2Response> queryPendingClientsV2(
      QueryPendingClientsV2Request request) {
    return call(IntlPartnersAction.QUERY_PENDING_CLIENTS_V2, request, QueryPendingClientsV2Response.class);
  }

  /**
   * {@code QueryPendingSubAgentsV2}: Query application in progress of a second-level reseller.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryPendingSubAgentsV2Response> queryPendingSubAgentsV2(
      QueryPendingSubAgentsV2Request request) {
    return call(IntlPartnersAction.QUERY_PENDING_SUB_AGENTS_V2, request, QueryPendingSubAgentsV2Response.class);
  }

  /**
   * {@code QuerySubAgentsDetailV2}: Queries information of a second-level reseller.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QuerySubAgentsDetailV2Response> querySubAgentsDetailV2(
      QuerySubAgentsDetailV2Request request) {
    return call(IntlPartnersAction.QUERY_SUB_AGENTS_DETAIL_V2, request, QuerySubAgentsDetailV2Response.class);
  }

  /**
   * {@code QueryT1IndirectCustomersDetail}: Query indirect sub-customers of distributor.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryT1IndirectCustomersDetailResponse> queryT1IndirectCustomersDetail(
      QueryT1IndirectCustomersDetailRequest request) {
    return call(IntlPartnersAction.QUERY_T1_INDIRECT_CUSTOMERS_DETAIL, request, QueryT1IndirectCustomersDetailResponse.class);
  }

  /**
   * {@code SendVerifyCode}: Sends a verification code for account registration.
   *
   * <p>Changes state at Tencent; at most 20 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, SendVerifyCodeResponse> sendVerifyCode(SendVerifyCodeRequest request) {
    return call(IntlPartnersAction.SEND_VERIFY_CODE, request, SendVerifyCodeResponse.class);
  }

  /**
   * {@code QueryCreditByUinList}: Queries credit by UIN list.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryCreditByUinListResponse> queryCreditByUinList(
      QueryCreditByUinListRequest request) {
    return call(IntlPartnersAction.QUERY_CREDIT_BY_UIN_LIST, request, QueryCreditByUinListResponse.class);
  }

  /**
   * {@code AllocateCreditPool}: Allocates credit pools to second-level resellers.
   *
   * <p>Changes state at Tencent; at most 5 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, AllocateCreditPoolResponse> allocateCreditPool(AllocateCreditPoolRequest request) {
    return call(IntlPartnersAction.ALLOCATE_CREDIT_POOL, request, AllocateCreditPoolResponse.class);
  }

  /**
   * {@code AllocateCustomerCredit}: Allocates credit to customers by a partner.
   *
   * <p>Changes state at Tencent; at most 5 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, AllocateCustomerCreditResponse> allocateCustomerCredit(
      AllocateCustomerCreditRequest request) {
    return call(IntlPartnersAction.ALLOCATE_CUSTOMER_CREDIT, request, AllocateCustomerCreditResponse.class);
  }

  /**
   * {@code ForceQN}: Sets and cancels forced service suspension.
   *
   * <p>Changes state at Tencent; at most 2 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, ForceQNResponse> forceQN(ForceQNRequest request) {
    return call(IntlPartnersAction.FORCE_QN, request, ForceQNResponse.class);
  }

  /**
   * {@code QueryCreditAllocationHistory}: Queries credit allocation records.
   *
   * <p>Read-only; at most 5 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryCreditAllocationHistoryResponse> queryCreditAllocationHistory(
      QueryCreditAllocationHistoryRequest request) {
    return call(IntlPartnersAction.QUERY_CREDIT_ALLOCATION_HISTORY, request, QueryCreditAllocationHistoryResponse.class);
  }

  /**
   * {@code QueryCustomersCredit}: Queries the credits of customers.
   *
   * <p>Read-only; at most 5 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryCustomersCreditResponse> queryCustomersCredit(
      QueryCustomersCreditRequest request) {
    return call(IntlPartnersAction.QUERY_CUSTOMERS_CREDIT, request, QueryCustomersCreditResponse.class);
  }

  /**
   * {@code QueryDirectCustomersCredit}: Queries the credits of direct customers.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryDirectCustomersCreditResponse> queryDirectCustomersCredit(
      QueryDirectCustomersCreditRequest request) {
    return call(IntlPartnersAction.QUERY_DIRECT_CUSTOMERS_CREDIT, request, QueryDirectCustomersCreditResponse.class);
  }

  /**
   * {@code QueryDirectCustomersCredit} without parameters: the same as {@code
   * queryDirectCustomersCredit(QueryDirectCustomersCreditRequest.of())}.
   */
  public Either<TencentCallFailure, QueryDirectCustomersCreditResponse> queryDirectCustomersCredit() {
    return queryDirectCustomersCredit(QueryDirectCustomersCreditRequest.of());
  }

  /**
   * {@code QueryPartnerCredit}: Queries a partner's credit.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryPartnerCreditResponse> queryPartnerCredit(QueryPartnerCreditRequest request) {
    return call(IntlPartnersAction.QUERY_PARTNER_CREDIT, request, QueryPartnerCreditResponse.class);
  }

  /**
   * {@code QueryPartnerCredit} without parameters: the same as {@code
   * queryPartnerCredit(QueryPartnerCreditRequest.of())}.
   */
  public Either<TencentCallFailure, QueryPartnerCreditResponse> queryPartnerCredit() {
    return queryPartnerCredit(QueryPartnerCreditRequest.of());
  }

  /**
   * {@code QueryCustomerBillingQuota}: Query sub-customer credit.
   *
   * <p>Read-only; at most 5 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryCustomerBillingQuotaResponse> queryCustomerBillingQuota(
      QueryCustomerBillingQuotaRequest request) {
    return call(IntlPartnersAction.QUERY_CUSTOMER_BILLING_QUOTA, request, QueryCustomerBillingQuotaResponse.class);
  }

  /**
   * {@code ModifyClientRemark}: Modifies customer remarks.
   *
   * <p>Changes state at Tencent; at most 5 requests per second (published limit). One attempt, signed afresh; never
   * throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, ModifyClientRemarkResponse> modifyClientRemark(ModifyClientRemarkRequest request) {
    return call(IntlPartnersAction.MODIFY_CLIENT_REMARK, request, ModifyClientRemarkResponse.class);
  }

  /**
   * {@code DescribeBillSummary}: External API for the L1 billing of the customer billing center.
   *
   * <p>Read-only; at most 1 request per second (published limit). One attempt, signed afresh; never throws for a vendor
   * or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeBillSummaryResponse> describeBillSummary(
      DescribeBillSummaryRequest request) {
    return call(IntlPartnersAction.DESCRIBE_BILL_SUMMARY, request, DescribeBillSummaryResponse.class);
  }

  /**
   * {@code DescribeBillDownloadUrl}: Downloads billing file links by customers.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeBillDownloadUrlResponse> describeBillDownloadUrl(
      DescribeBillDownloadUrlRequest request) {
    return call(IntlPartnersAction.DESCRIBE_BILL_DOWNLOAD_URL, request, DescribeBillDownloadUrlResponse.class);
  }

  /**
   * {@code DescribeCustomerBillDownloadUrl}: Get the URL for downloading the customer bill file by reseller.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerBillDownloadUrlResponse> describeCustomerBillDownloadUrl(
      DescribeCustomerBillDownloadUrlRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_BILL_DOWNLOAD_URL, request, DescribeCustomerBillDownloadUrlResponse.class);
  }

  /**
   * {@code DescribeCustomerBillDetail}: Queries the customer bill details.
   *
   * <p>Read-only; at most 5 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerBillDetailResponse> describeCustomerBillDetail(
      DescribeCustomerBillDetailRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_BILL_DETAIL, request, DescribeCustomerBillDetailResponse.class);
  }

  /**
   * {@code DescribeCustomerBillSummary}: Queries the total amount of customer bills.
   *
   * <p>Read-only; at most 1 request per second (published limit). One attempt, signed afresh; never throws for a vendor
   * or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerBillSummaryResponse> describeCustomerBillSummary(
      DescribeCustomerBillSummaryRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_BILL_SUMMARY, request, DescribeCustomerBillSummaryResponse.class);
  }

  /**
   * {@code DescribeBillDetail}: Queries the bill details.
   *
   * <p>Read-only; at most 1 request per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeBillDetailResponse> describeBillDetail(DescribeBillDetailRequest request) {
    return call(IntlPartnersAction.DESCRIBE_BILL_DETAIL, request, DescribeBillDetailResponse.class);
  }

  /**
   * {@code DescribeCustomerBillDetailByDay}: Query sub-customer daily bill consumption for reseller.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerBillDetailByDayResponse> describeCustomerBillDetailByDay(
      DescribeCustomerBillDetailByDayRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_BILL_DETAIL_BY_DAY, request, DescribeCustomerBillDetailByDayResponse.class);
  }

  /**
   * {@code DescribeBillSummaryByPayMode}: Obtains the total amount of customer bills by payment mode.
   *
   * <p>Read-only; at most 1 request per second (published limit). One attempt, signed afresh; never throws for a vendor
   * or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeBillSummaryByPayModeResponse> describeBillSummaryByPayMode(
      DescribeBillSummaryByPayModeRequest request) {
    return call(IntlPartnersAction.DESCRIBE_BILL_SUMMARY_BY_PAY_MODE, request, DescribeBillSummaryByPayModeResponse.class);
  }

  /**
   * {@code DescribeBillSummaryByProduct}: Obtains the total amount of customer bills by product.
   *
   * <p>Read-only; at most 1 request per second (published limit). One attempt, signed afresh; never throws for a vendor
   * or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeBillSummaryByProductResponse> describeBillSummaryByProduct(
      DescribeBillSummaryByProductRequest request) {
    return call(IntlPartnersAction.DESCRIBE_BILL_SUMMARY_BY_PRODUCT, request, DescribeBillSummaryByProductResponse.class);
  }

  /**
   * {@code DescribeBillSummaryByRegion}: Obtains the total amount of customer bills by region.
   *
   * <p>Read-only; at most 1 request per second (published limit). One attempt, signed afresh; never throws for a vendor
   * or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeBillSummaryByRegionResponse> describeBillSummaryByRegion(
      DescribeBillSummaryByRegionRequest request) {
    return call(IntlPartnersAction.DESCRIBE_BILL_SUMMARY_BY_REGION, request, DescribeBillSummaryByRegionResponse.class);
  }

  /**
   * {@code QueryPolicyProductListByCode}: Queries the policy product range.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, QueryPolicyProductListByCodeResponse> queryPolicyProductListByCode(
      QueryPolicyProductListByCodeRequest request) {
    return call(IntlPartnersAction.QUERY_POLICY_PRODUCT_LIST_BY_CODE, request, QueryPolicyProductListByCodeResponse.class);
  }

  /**
   * {@code DescribeCustomerVoucherList}: Query reseller's customer voucher list.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerVoucherListResponse> describeCustomerVoucherList(
      DescribeCustomerVoucherListRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_VOUCHER_LIST, request, DescribeCustomerVoucherListResponse.class);
  }

  /**
   * {@code DescribeCustomerOwnVoucherList}: Query Customer own voucher list.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerOwnVoucherListResponse> describeCustomerOwnVoucherList(
      DescribeCustomerOwnVoucherListRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_VOUCHER_LIST, request, DescribeCustomerOwnVoucherListResponse.class);
  }

  /**
   * {@code DescribeCustomerVoucherUsageDetails}: Reseller queries reseller's customer voucher usage details.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerVoucherUsageDetailsResponse> describeCustomerVoucherUsageDetails(
      DescribeCustomerVoucherUsageDetailsRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_VOUCHER_USAGE_DETAILS, request, DescribeCustomerVoucherUsageDetailsResponse.class);
  }

  /**
   * {@code DescribeCustomerOwnVoucherUsageDetails}: Query the usage details of customer's own voucher by the customer
   * self.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerOwnVoucherUsageDetailsResponse> describeCustomerOwnVoucherUsageDetails(
      DescribeCustomerOwnVoucherUsageDetailsRequest request) {
    return call(
        IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_VOUCHER_USAGE_DETAILS, request, DescribeCustomerOwnVoucherUsageDetailsResponse.class);
  }

  /**
   * {@code DescribeRebateDownloadUrl}: Queries the download link to the commission bill file by agents.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeRebateDownloadUrlResponse> describeRebateDownloadUrl(
      DescribeRebateDownloadUrlRequest request) {
    return call(IntlPartnersAction.DESCRIBE_REBATE_DOWNLOAD_URL, request, DescribeRebateDownloadUrlResponse.class);
  }

  /**
   * {@code DescribeCustomerOwnCostExplorerFilter}: Query cost analysis option list.
   *
   * <p>Read-only; at most 20 requests per second (published limit). One attempt, signed afresh; never throws for a
   * vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerOwnCostExplorerFilterResponse> describeCustomerOwnCostExplorerFilter(
      DescribeCustomerOwnCostExplorerFilterRequest request) {
    return call(IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_COST_EXPLORER_FILTER, request, DescribeCustomerOwnCostExplorerFilterResponse.class);
  }

  /**
   * {@code DescribeCustomerOwnCostExplorerSummary}: Query the cost analysis API of a sub-account.
   *
   * <p>Read-only; at most 20 requests per second (published limit); pages with {@code Page}/{@code PageSize}. One
   * attempt, signed afresh; never throws for a vendor or network failure.
   *
   * @param request the parameters, not null
   * @return the response, or why there is none
   * @throws IllegalStateException if this client is closed
   */
  public Either<TencentCallFailure, DescribeCustomerOwnCostExplorerSummaryResponse> describeCustomerOwnCostExplorerSummary(
      DescribeCustomerOwnCostExplorerSummaryRequest request) {
    return call(
        IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_COST_EXPLORER_SUMMARY, request, DescribeCustomerOwnCostExplorerSummaryResponse.class);
  }

  /**
   * {@code DescribeCustomerUin}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code pageSize}
   * items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor reports. A
   * failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is returned by
   * {@link Paged#forEach}.
   *
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<DescribeCustomerUinData> describeCustomerUinPages(
      int pageSize) {
    return pages(IntlPartnersAction.DESCRIBE_CUSTOMER_UIN, null, pageSize, DescribeCustomerUinResponse.class,
        r -> r.data(), r -> totalOf(r.total()));
  }

  /**
   * {@code QueryPendingClientsV2}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code pageSize}
   * items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor reports. A
   * failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is returned by
   * {@link Paged#forEach}.
   *
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<QueryPendingCustomersItem> queryPendingClientsV2Pages(
      int pageSize) {
    return pages(IntlPartnersAction.QUERY_PENDING_CLIENTS_V2, null, pageSize, QueryPendingClientsV2Response.class,
        r -> r.data(), r -> r.total());
  }

  /**
   * {@code QueryPendingSubAgentsV2}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code
   * pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor
   * reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is
   * returned by {@link Paged#forEach}.
   *
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<QueryPendingSubAgentsV2ResponseData> queryPendingSubAgentsV2Pages(
      int pageSize) {
    return pages(IntlPartnersAction.QUERY_PENDING_SUB_AGENTS_V2, null, pageSize, QueryPendingSubAgentsV2Response.class,
        r -> r.data(), r -> r.total());
  }

  /**
   * {@code QuerySubAgentsDetailV2}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code pageSize}
   * items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor reports. A
   * failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is returned by
   * {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<QuerySubAgentsDetailV2ResponseData> querySubAgentsDetailV2Pages(
      QuerySubAgentsDetailV2RequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.QUERY_SUB_AGENTS_DETAIL_V2, first, pageSize, QuerySubAgentsDetailV2Response.class,
        r -> r.data(), r -> r.total());
  }

  /**
   * {@code QueryT1IndirectCustomersDetail}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code
   * pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor
   * reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is
   * returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<QueryT1IndirectCustomersDetailResponseData> queryT1IndirectCustomersDetailPages(
      QueryT1IndirectCustomersDetailRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.QUERY_T1_INDIRECT_CUSTOMERS_DETAIL, first, pageSize, QueryT1IndirectCustomersDetailResponse.class,
        r -> r.data(), r -> r.total());
  }

  /**
   * {@code QueryCreditAllocationHistory}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code
   * pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor
   * reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is
   * returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<QueryCreditAllocationHistoryData> queryCreditAllocationHistoryPages(
      QueryCreditAllocationHistoryRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.QUERY_CREDIT_ALLOCATION_HISTORY, first, pageSize, QueryCreditAllocationHistoryResponse.class,
        r -> r.history(), r -> r.total());
  }

  /**
   * {@code QueryCustomersCredit}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code pageSize}
   * items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor reports. A
   * failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is returned by
   * {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<QueryCustomersCreditData> queryCustomersCreditPages(
      QueryCustomersCreditRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.QUERY_CUSTOMERS_CREDIT, first, pageSize, QueryCustomersCreditResponse.class,
        r -> r.data(), r -> r.total());
  }

  /**
   * {@code DescribeCustomerBillDetail}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code
   * pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor
   * reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is
   * returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 200 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<BillDetailData> describeCustomerBillDetailPages(
      DescribeCustomerBillDetailRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.DESCRIBE_CUSTOMER_BILL_DETAIL, first, pageSize, DescribeCustomerBillDetailResponse.class,
        r -> r.detailSet(), r -> r.total());
  }

  /**
   * {@code DescribeBillDetail}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code pageSize}
   * items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor reports. A
   * failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is returned by
   * {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 200 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<CustomerBillDetailData> describeBillDetailPages(
      DescribeBillDetailRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.DESCRIBE_BILL_DETAIL, first, pageSize, DescribeBillDetailResponse.class,
        r -> r.detailSet(), r -> r.total());
  }

  /**
   * {@code QueryPolicyProductListByCode}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code
   * pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code Total} the vendor
   * reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is
   * returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 200 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<PolicyProductList> queryPolicyProductListByCodePages(
      QueryPolicyProductListByCodeRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.QUERY_POLICY_PRODUCT_LIST_BY_CODE, first, pageSize, QueryPolicyProductListByCodeResponse.class,
        r -> r.productList(), r -> r.total());
  }

  /**
   * {@code DescribeCustomerVoucherList}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code
   * pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code TotalCount} the
   * vendor reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and
   * is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<DescribeCustomerVoucherItem> describeCustomerVoucherListPages(
      DescribeCustomerVoucherListRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.DESCRIBE_CUSTOMER_VOUCHER_LIST, first, pageSize, DescribeCustomerVoucherListResponse.class,
        r -> r.data(), r -> r.totalCount());
  }

  /**
   * {@code DescribeCustomerOwnVoucherList}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code
   * pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code TotalCount} the
   * vendor reports. A failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and
   * is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<DescribeCustomerOwnVoucherItem> describeCustomerOwnVoucherListPages(
      DescribeCustomerOwnVoucherListRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_VOUCHER_LIST, first, pageSize, DescribeCustomerOwnVoucherListResponse.class,
        r -> r.data(), r -> r.totalCount());
  }

  /**
   * {@code DescribeCustomerVoucherUsageDetails}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of
   * {@code pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code
   * TotalRecordsCount} the vendor reports. A failed page ends {@link Paged#stream()} with a {@link
   * dev.partnerkit.ports.GatewayException} and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<UsageDetail> describeCustomerVoucherUsageDetailsPages(
      DescribeCustomerVoucherUsageDetailsRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.DESCRIBE_CUSTOMER_VOUCHER_USAGE_DETAILS, first, pageSize,
        DescribeCustomerVoucherUsageDetailsResponse.class,
        r -> r.data(), r -> r.totalRecordsCount());
  }

  /**
   * {@code DescribeCustomerOwnVoucherUsageDetails}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of
   * {@code pageSize} items when the consumer gets there, holding one page at a time; it stops at the {@code
   * TotalRecordsCount} the vendor reports. A failed page ends {@link Paged#stream()} with a {@link
   * dev.partnerkit.ports.GatewayException} and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 100 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<UsageDetail> describeCustomerOwnVoucherUsageDetailsPages(
      DescribeCustomerOwnVoucherUsageDetailsRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_VOUCHER_USAGE_DETAILS, first, pageSize,
        DescribeCustomerOwnVoucherUsageDetailsResponse.class,
        r -> r.data(), r -> r.totalRecordsCount());
  }

  /**
   * {@code DescribeCustomerOwnCostExplorerSummary}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of
   * {@code pageSize} items when the consumer gets there, holding one page at a time; it the action reports no total:
   * the walk ends at the first empty page. A failed page ends {@link Paged#stream()} with a {@link
   * dev.partnerkit.ports.GatewayException} and is returned by {@link Paged#forEach}.
   *
   * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
   *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
   * @param pageSize items per page, 1 to 200 (the documented maximum)
   * @return the listing; nothing is sent until it is consumed
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public Paged<DimensionPeriodData> describeCustomerOwnCostExplorerSummaryPages(
      DescribeCustomerOwnCostExplorerSummaryRequestBuilder filter, int pageSize) {
    Object first = Objects.requireNonNull(filter, "filter")
        .page(1L).pageSize((long) pageSize).build();
    return pages(IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_COST_EXPLORER_SUMMARY, first, pageSize,
        DescribeCustomerOwnCostExplorerSummaryResponse.class,
        r -> r.detail(), r -> null);
  }

  /**
   * The one walk behind every {@code ...Pages} method: {@code filter}'s fields plus {@code Page} and {@code PageSize},
   * one call per page through {@link #pageCall}, the items and total read from each answer by {@link PageWalker}.
   */
  private <R, T> Paged<T> pages(IntlPartnersAction action, Object filter, int pageSize, Class<R> responseType,
      Function<R, ? extends Collection<? extends T>> items, Function<R, Long> total) {
    if (!action.paged()) {
      throw new IllegalStateException(action.wireName() + " does not page");
    }
    if (pageSize < 1 || pageSize > action.maxPageSize()) {
      throw new IllegalArgumentException(
          action.wireName() + " pageSize must be 1 to " + action.maxPageSize() + ", was " + pageSize);
    }
    ObjectNode fields = filter == null ? WireJson.MAPPER.createObjectNode() : WireJson.MAPPER.valueToTree(filter);
    return PageWalker.walk(page -> {
      ObjectNode request = fields.deepCopy();
      request.put("Page", (long) page);
      request.put("PageSize", (long) pageSize);
      return pageCall.call(action, () -> caller.call(action, request, responseType));
    }, pageSize, items, total);
  }

  /** DescribeCustomerUin reports its total as a string; anything but a number counts as no total. */
  private static Long totalOf(String total) {
    if (total == null) {
      return null;
    }
    try {
      return Long.parseLong(total.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private <R> Either<TencentCallFailure, R> call(IntlPartnersAction action, Object request, Class<R> responseType) {
    Objects.requireNonNull(request, "request");
    return caller.call(action, request, responseType);
  }

  /** Closes the connection pool; calls made afterwards throw {@link IllegalStateException}. Idempotent. */
  @Override
  public void close() {
    caller.close();
  }
}
