package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.ActionRateLimiter;
import dev.partnerkit.adapter.support.GuardedCall;
import dev.partnerkit.adapter.support.IdempotentCreate;
import dev.partnerkit.adapter.support.RateLimit;
import dev.partnerkit.adapter.support.Retrier;
import dev.partnerkit.adapter.tencent.api.AllocateCreditPoolRequest;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditRequest;
import dev.partnerkit.adapter.tencent.api.ApproveSubAgentApplyRequest;
import dev.partnerkit.adapter.tencent.api.CreateAccountRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailRequest;
import dev.partnerkit.adapter.tencent.api.ForceQNRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillSummaryRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerInfoRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherListRequest;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.adapter.tencent.api.QueryCreditByUinListRequest;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequest;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2Request;
import dev.partnerkit.adapter.tencent.api.QueryT1IndirectCustomersDetailRequest;
import dev.partnerkit.adapter.tencent.api.SendVerifyCodeRequest;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.Rejection;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRules;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.Page;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.SpendingControlPort;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.ports.VoucherPort;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * partnerkit's ports on Tencent Cloud International Partners ({@code intlpartnersmgt} 2022-09-28): onboarding,
 * applications, credit, bills, vouchers and the reseller hierarchy. Build it with {@link #builder(TencentConfig)}.
 * Thread-safe; close it to release its connections.
 *
 * <p>Before anything is sent, Tencent's rules are checked (a banned calling code or a trade category outside the
 * vendor's catalog never reaches the wire). Every call waits for a permit of its action's rate limit, so a bulk job
 * runs at the published rate without being throttled; throttled and transient failures are retried with backoff;
 * CreateAccount, which Tencent does not make idempotent, runs at most once per idempotency key: a lost answer is
 * reconciled by looking the customer up by email before anything is created again.
 */
public final class TencentPartnerGateway
    implements PartnerAccountGateway, CreditPort, BillingPort, VoucherPort, ResellerHierarchyPort, SpendingControlPort,
        AutoCloseable {

  private static final Set<Class<? extends Capability>> CAPABILITIES = HashSet.of(CreditPort.class, BillingPort.class,
      VoucherPort.class, ResellerHierarchyPort.class, SpendingControlPort.class);

  private final IntlPartnersClient client;
  /** The same client, its listings paged through {@link #calls} (rate limit, retries, failure mapping). */
  private final IntlPartnersClient pages;
  private final boolean ownsClient;
  private final TencentCalls calls;
  private final IdempotentCreate creates;
  private final int pageSize;
  private final String currency;
  private final ResellerId partnerId;
  private final java.time.Clock clock;
  /** Credit moved, by key: a repeated key never moves credit again. */
  private final Map<IdempotencyKey, CreditAllocation> creditAllocations = new ConcurrentHashMap<>();
  /** Credit pools topped up, by key: the reseller, recorded as soon as Tencent confirms. */
  private final Map<IdempotencyKey, ResellerId> poolAllocations = new ConcurrentHashMap<>();
  private final Map<ResellerId, SubAgentApplication> decided = new ConcurrentHashMap<>();
  private volatile TradeCatalog catalog;
  private volatile Reseller partner;

  TencentPartnerGateway(TencentGatewayBuilder b) {
    this.ownsClient = b.client == null;
    this.client = b.client != null ? b.client : IntlPartnersClient.create(b.config);
    this.clock = b.config.clock();
    Map<String, RateLimit> limits = java.util.stream.Stream.of(IntlPartnersAction.values()).collect(Collectors.toMap(
        IntlPartnersAction::wireName, a -> RateLimit.perSecond(b.rateLimits.getOrDefault(a, a.ratePerSecond()))));
    this.calls = new TencentCalls(new GuardedCall(b.sharedBuckets == null
            ? ActionRateLimiter.of(limits, RateLimit.perSecond(1))
            : ActionRateLimiter.shared(b.sharedBuckets, ActionRateLimiter.keyPrefix("tencent", b.partnerKey), limits,
                RateLimit.perSecond(1)),
        Retrier.of(b.retryPolicy), b.retryPolicy.deadline()));
    this.pages = client.pagingThrough(calls);
    this.creates = new IdempotentCreate(b.journal, clock, TencentCallFailure.SOURCE);
    this.pageSize = b.pageSize;
    this.currency = b.currency;
    this.partnerId = b.partnerId;
  }

  /** A builder for a gateway on {@code config}. */
  public static TencentGatewayBuilder builder(TencentConfig config) {
    return new TencentGatewayBuilder(config);
  }

  // ---------------------------------------------------------------- the partner and reference data

  @Override
  public Either<GatewayFailure, Reseller> partner() {
    Reseller known = partner;
    if (known != null) {
      return Either.right(known);
    }
    return calls.call(IntlPartnersAction.QUERY_VOUCHER_POOL, client::queryVoucherPool).map(r -> {
      Reseller p = new Reseller(partnerId, Option.of(r.agentName()).getOrElse(""), TencentMapping.role(r.accountType()));
      partner = p;
      return p;
    });
  }

  @Override
  public Either<GatewayFailure, TradeCatalog> tradeCategories() {
    TradeCatalog known = catalog;
    if (known != null) {
      return Either.right(known);
    }
    return calls.call(IntlPartnersAction.GET_TRADE_CONFIG_LIST, client::getTradeConfigList).map(r -> {
      TradeCatalog c = TencentMapping.catalog(r);
      catalog = c;
      return c;
    });
  }

  @Override
  public Either<GatewayFailure, Seq<CountryCallingCode>> countryCodes() {
    return calls.call(IntlPartnersAction.GET_COUNTRY_CODES, client::getCountryCodes).map(TencentMapping::countries);
  }

  // ---------------------------------------------------------------- onboarding

  @Override
  public Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target) {
    if (!(target instanceof VerificationTarget.Phone phone)) {
      return Either.left(invalid(List.of(Violation.of(ViolationCode.NOT_ALLOWED, "email",
          "Tencent sends registration verification codes by SMS only"))));
    }
    Seq<Violation> banned = TencentRules.checkCallingCode(phone.callingCode());
    if (!banned.isEmpty()) {
      return Either.left(invalid(banned));
    }
    return calls.call(IntlPartnersAction.SEND_VERIFY_CODE, () -> client.sendVerifyCode(
        SendVerifyCodeRequest.of(phone.callingCode().wire(), phone.number().digits()))).map(r -> Done.DONE);
  }

  @Override
  public Either<GatewayFailure, CustomerCreated> createCustomer(CustomerRegistration registration, IdempotencyKey key) {
    if (!(registration instanceof TencentRegistration tencent)) {
      return Either.left(invalid(List.of(Violation.of(ViolationCode.VENDOR_MISMATCH, "registration",
          "is a " + registration.vendor() + " registration but this gateway speaks to Tencent"))));
    }
    Either<GatewayFailure, TradeCatalog> trades = tradeCategories();
    if (trades.isLeft()) {
      return Either.left(trades.getLeft());
    }
    var inCatalog = trades.get().check(tencent.tradeCategory());
    if (inCatalog.isInvalid()) {
      return Either.left(invalid(inCatalog.getError()));
    }
    return creates.run(key, tencent, () -> createAccount(tencent), () -> findByMail(tencent));
  }

  private Either<GatewayFailure, CustomerCreated> createAccount(TencentRegistration r) {
    CreateAccountRequest request = CreateAccountRequest.builder()
        .accountType(r.accountType().wire())
        .mail(r.mail().value())
        .password(r.password())
        .confirmPassword(r.password())
        .phoneNum(r.phoneNumber().digits())
        .countryCode(r.callingCode().wire())
        .area(r.area().code())
        .verifyCode(r.verificationCode().secret())
        .tradeOne(r.tradeCategory().firstLevel())
        .tradeTwo(r.tradeCategory().secondLevel())
        .extended(r.extended().getOrNull())
        .customerName(r.customerName().map(Object::toString).getOrNull())
        .build();
    return calls.call(IntlPartnersAction.CREATE_ACCOUNT, () -> client.createAccount(request)).map(created -> new CustomerCreated(
        CustomerId.of(created.uin()), Option.none(), Customer.Association.BOUND, CustomerCreated.Provenance.CREATED));
  }

  /** Reconciliation: the customer bound to the partner with the registration's email, if any. */
  private Either<GatewayFailure, Option<CustomerCreated>> findByMail(TencentRegistration r) {
    QueryCustomersCreditRequest query = QueryCustomersCreditRequest.builder()
        .filterType("Email").filter(r.mail().value()).page(1L).pageSize((long) pageSize).build();
    return calls.call(IntlPartnersAction.QUERY_CUSTOMERS_CREDIT, () -> client.queryCustomersCredit(query))
        .map(found -> List.ofAll(Option.of(found.data()).getOrElse(java.util.List.of()))
            .find(c -> c.email() != null && c.email().equalsIgnoreCase(r.mail().value()) && c.clientUin() != null)
            .map(c -> new CustomerCreated(CustomerId.of(Long.toString(c.clientUin())), Option.none(),
                Customer.Association.BOUND, CustomerCreated.Provenance.RECONCILED)));
  }

  @Override
  public Either<GatewayFailure, Option<Customer>> findCustomer(CustomerId id) {
    Option<Long> uin = TencentMapping.uin(id.value());
    if (uin.isEmpty()) {
      return Either.right(Option.none());
    }
    Either<GatewayFailure, Option<Customer>> found = calls.call(IntlPartnersAction.DESCRIBE_CUSTOMER_INFO,
            () -> client.describeCustomerInfo(DescribeCustomerInfoRequest.of(java.util.List.of(uin.get()))))
        .map(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of()))
            .find(d -> id.value().equals(d.customerUin()))
            .map(TencentMapping::customer));
    if (found.isLeft() && TencentMapping.meansNoSuchCustomer(found.getLeft())) {
      return Either.right(Option.none());
    }
    return found;
  }

  @Override
  public Paged<Customer> customers() {
    return pages.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), pageSize)
        .map(TencentMapping::customer);
  }

  // ---------------------------------------------------------------- sub-agent applications

  @Override
  public Paged<SubAgentApplication.Pending> pendingApplications() {
    return pages.queryPendingSubAgentsV2Pages(pageSize).map(TencentMapping::pending);
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Approved> approve(ResellerId applicant) {
    return decide(applicant, "pass", null, (app, who) -> app.approve(who, clock.instant()));
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Rejected> reject(ResellerId applicant, RejectionReason reason) {
    return decide(applicant, "reject", reason.text(), (app, who) -> app.reject(who, reason, clock.instant()));
  }

  /**
   * Decides an application: the domain decides whether it may be decided (pending, by a distributor), then Tencent
   * is told. An application that is no longer pending is already decided if this gateway decided it or the applicant
   * is now a second-level reseller; otherwise it does not exist.
   */
  private <A extends SubAgentApplication> Either<GatewayFailure, A> decide(ResellerId applicant, String approveType,
      String reason, BiFunction<SubAgentApplication, Reseller, Either<Rejection, A>> decision) {
    Option<Long> uin = TencentMapping.uin(applicant.value());
    if (uin.isEmpty()) {
      return Either.left(notFound("application of " + applicant));
    }
    Either<GatewayFailure, Reseller> who = partner();
    if (who.isLeft()) {
      return Either.left(who.getLeft());
    }
    Either<GatewayFailure, Option<SubAgentApplication>> current = currentApplication(applicant);
    if (current.isLeft()) {
      return Either.left(current.getLeft());
    }
    if (current.get().isEmpty()) {
      return Either.left(notFound("application of " + applicant));
    }
    Either<Rejection, A> decided = decision.apply(current.get().get(), who.get());
    if (decided.isLeft()) {
      return Either.left(new GatewayFailure.Rejected(decided.getLeft(),
          TencentCalls.localTrace(decided.getLeft().code().code(), decided.getLeft().message())));
    }
    ApproveSubAgentApplyRequest request = ApproveSubAgentApplyRequest.builder()
        .subAgentUin(uin.get()).approveType(approveType).rejectReason(reason).build();
    return calls.call(IntlPartnersAction.APPROVE_SUB_AGENT_APPLY, () -> client.approveSubAgentApply(request)).map(ok -> {
      this.decided.put(applicant, decided.get());
      return decided.get();
    });
  }

  private Either<GatewayFailure, Option<SubAgentApplication>> currentApplication(ResellerId applicant) {
    Option<SubAgentApplication> known = Option.of(decided.get(applicant));
    if (known.isDefined()) {
      return Either.right(known);
    }
    java.util.List<SubAgentApplication.Pending> match = new java.util.ArrayList<>();
    Either<GatewayFailure, Long> scanned = pendingApplications().forEach(p -> {
      if (p.applicant().id().equals(applicant)) {
        match.add(p);
      }
    });
    if (scanned.isLeft()) {
      return Either.left(scanned.getLeft());
    }
    if (!match.isEmpty()) {
      return Either.right(Option.some(match.get(0)));
    }
    QuerySubAgentsDetailV2Request query = subAgentByUin(applicant);
    return calls.call(IntlPartnersAction.QUERY_SUB_AGENTS_DETAIL_V2, () -> client.querySubAgentsDetailV2(query))
        .map(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of()))
            .find(s -> s.subAgentUin() != null && applicant.value().equals(Long.toString(s.subAgentUin())))
            .map(s -> new SubAgentApplication.Approved(TencentMapping.applicant(s), Option.none(), clock.instant())));
  }

  @Override
  public Set<Class<? extends Capability>> capabilities() {
    return CAPABILITIES;
  }

  // ---------------------------------------------------------------- CreditPort

  @Override
  public Either<GatewayFailure, PartnerCredit> partnerCredit() {
    return calls.call(IntlPartnersAction.QUERY_PARTNER_CREDIT, client::queryPartnerCredit).map(r -> new PartnerCredit(
        money(r.totalCredit()), money(r.allocatedCredit()), money(r.remainingCredit())));
  }

  @Override
  public Either<GatewayFailure, CustomerCredit> customerCredit(CustomerId customer) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return Either.left(notFound("customer " + customer));
    }
    return calls.call(IntlPartnersAction.QUERY_CREDIT_BY_UIN_LIST,
            () -> client.queryCreditByUinList(QueryCreditByUinListRequest.of(java.util.List.of(uin.get()))))
        .flatMap(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of()))
            .find(d -> uin.get().equals(d.uin()))
            .<Either<GatewayFailure, CustomerCredit>>map(d -> Either.right(
                new CustomerCredit(customer, money(d.totalCredit()), money(d.remainingCredit()))))
            .getOrElse(() -> Either.left(notFound("customer " + customer))));
  }

  @Override
  public Either<GatewayFailure, CreditAllocation> allocateCredit(CustomerId customer, Money amount, IdempotencyKey key) {
    CreditAllocation earlier = creditAllocations.get(key);
    if (earlier != null) {
      return Either.right(earlier);
    }
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return Either.left(notFound("customer " + customer));
    }
    Seq<Violation> bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(invalid(bad));
    }
    AllocateCustomerCreditRequest request = AllocateCustomerCreditRequest.builder()
        .clientUin(uin.get()).addedCredit(amount.amount()).build();
    return calls.call(IntlPartnersAction.ALLOCATE_CUSTOMER_CREDIT, () -> client.allocateCustomerCredit(request)).map(r -> {
      CreditAllocation allocation = new CreditAllocation(customer, amount, money(r.totalCredit()));
      creditAllocations.put(key, allocation);
      return allocation;
    });
  }

  // ---------------------------------------------------------------- BillingPort

  @Override
  public Either<GatewayFailure, BillSummary> billSummary(CustomerId customer, YearMonth month) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return Either.left(notFound("customer " + customer));
    }
    DescribeCustomerBillSummaryRequest request = DescribeCustomerBillSummaryRequest.builder()
        .customerUin(uin.get()).month(month.toString()).build();
    return calls.call(IntlPartnersAction.DESCRIBE_CUSTOMER_BILL_SUMMARY, () -> client.describeCustomerBillSummary(request))
        .map(r -> new BillSummary(customer, month, money(r.totalCost())));
  }

  @Override
  public Paged<BillLine> billLines(CustomerId customer, YearMonth month) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return none();
    }
    return pages.describeCustomerBillDetailPages(DescribeCustomerBillDetailRequest.builder()
            .customerUin(uin.get()).month(month.toString()), pageSize)
        .map(d -> TencentMapping.billLine(d, currency));
  }

  // ---------------------------------------------------------------- VoucherPort

  @Override
  public Paged<Voucher> vouchers(CustomerId customer) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return none();
    }
    return pages.describeCustomerVoucherListPages(
            DescribeCustomerVoucherListRequest.builder().customerUin(uin.get()), pageSize)
        .map(v -> TencentMapping.voucher(v, customer, currency));
  }

  // ---------------------------------------------------------------- ResellerHierarchyPort

  @Override
  public Paged<SubReseller> subResellers() {
    return pages.querySubAgentsDetailV2Pages(QuerySubAgentsDetailV2Request.builder(), pageSize)
        .map(s -> TencentMapping.subReseller(s, currency));
  }

  @Override
  public Paged<Customer> indirectCustomers(ResellerId subReseller) {
    Option<Long> uin = TencentMapping.uin(subReseller.value());
    if (uin.isEmpty()) {
      return none();
    }
    return pages.queryT1IndirectCustomersDetailPages(
            QueryT1IndirectCustomersDetailRequest.builder().subAgentUin(uin.get()), pageSize)
        .map(TencentMapping::indirectCustomer);
  }

  @Override
  public Either<GatewayFailure, SubReseller> allocateCreditPool(ResellerId subReseller, Money amount, IdempotencyKey key) {
    Option<Long> uin = TencentMapping.uin(subReseller.value());
    if (uin.isEmpty()) {
      return Either.left(notFound("second-level reseller " + subReseller));
    }
    Seq<Violation> bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(invalid(bad));
    }
    // the allocation is recorded as soon as Tencent confirms it: a repeated key never moves credit again, even if
    // reading the reseller's pool afterwards failed
    Either<GatewayFailure, ResellerId> allocated = poolAllocations.containsKey(key)
        ? Either.right(poolAllocations.get(key))
        : calls.call(IntlPartnersAction.ALLOCATE_CREDIT_POOL, () -> client.allocateCreditPool(AllocateCreditPoolRequest.of(uin.get(), amount.amount())))
            .map(ok -> subReseller)
            .peek(id -> poolAllocations.put(key, id));
    QuerySubAgentsDetailV2Request query = subAgentByUin(subReseller);
    return allocated
        .flatMap(ok -> calls.call(IntlPartnersAction.QUERY_SUB_AGENTS_DETAIL_V2, () -> client.querySubAgentsDetailV2(query)))
        .flatMap(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of())).headOption()
            .<Either<GatewayFailure, SubReseller>>map(s -> Either.right(TencentMapping.subReseller(s, currency)))
            .getOrElse(() -> Either.left(notFound("second-level reseller " + subReseller))));
  }

  // ---------------------------------------------------------------- SpendingControlPort

  /**
   * Forced service suspension (ForceQN type 2), one customer at a time; Tencent keeps no reason. A customer whose call
   * failed, for whatever reason, is reported in {@code notDone} with the vendor's trace.
   */
  @Override
  public Either<GatewayFailure, BatchOutcome> suspend(Seq<CustomerId> customers, String reason) {
    return forceQn(customers, 2L);
  }

  /** Back to normal (ForceQN type 0). */
  @Override
  public Either<GatewayFailure, BatchOutcome> resume(Seq<CustomerId> customers, String reason) {
    return forceQn(customers, 0L);
  }

  private Either<GatewayFailure, BatchOutcome> forceQn(Seq<CustomerId> customers, long type) {
    Seq<CustomerId> done = List.empty();
    Seq<NotDone> notDone = List.empty();
    for (CustomerId customer : customers.distinct()) {
      Option<Long> uin = TencentMapping.uin(customer.value());
      if (uin.isEmpty()) {
        notDone = notDone.append(new NotDone(customer, TencentCalls.localTrace("not_found", "not a Tencent UIN")));
        continue;
      }
      Either<GatewayFailure, ?> answer = calls.call(IntlPartnersAction.FORCE_QN,
          () -> client.forceQN(ForceQNRequest.builder().clientUin(uin.get()).type(type).build()));
      // every customer gets its own answer, so that one failure never hides what was done before it
      if (answer.isRight()) {
        done = done.append(customer);
      } else {
        notDone = notDone.append(new NotDone(customer, answer.getLeft().trace()));
      }
    }
    return Either.right(new BatchOutcome(done, notDone));
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  // ---------------------------------------------------------------- plumbing

  /** The empty listing, for an id Tencent cannot know: nothing is sent. */
  /** QuerySubAgentsDetailV2 for the one second-level reseller with this UIN. */
  private static QuerySubAgentsDetailV2Request subAgentByUin(ResellerId reseller) {
    return QuerySubAgentsDetailV2Request.builder()
        .page(1L).pageSize(1L).filterType("SubAgentUin").filter(reseller.value()).build();
  }

  private static <T> Paged<T> none() {
    return pageNumber -> Either.right(new Page<>(List.empty(), false));
  }

  private Money money(BigDecimal amount) {
    return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
  }

  private static GatewayFailure invalid(Seq<Violation> violations) {
    return new GatewayFailure.InvalidRequest(violations, TencentCalls.localTrace("invalid_request", "refused before sending"));
  }

  private static GatewayFailure notFound(String what) {
    return new GatewayFailure.NotFound(what, TencentCalls.localTrace("not_found", what + " does not exist"));
  }
}
