package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.GatewayBuilder;
import dev.partnerkit.adapter.support.JournalEntry;
import dev.partnerkit.adapter.support.JournaledWrite;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.support.VendorGateway;
import dev.partnerkit.adapter.tencent.api.ApproveSubAgentApplyRequest;
import dev.partnerkit.adapter.tencent.api.CreateAccountRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerInfoRequest;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequest;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2Request;
import dev.partnerkit.adapter.tencent.api.SendVerifyCodeRequest;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.Rejection;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRules;
import dev.partnerkit.domain.CountryCodeList;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.SpendingControlPort;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.ports.VoucherPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * partnerkit's {@link PartnerAccountGateway} on Tencent Cloud International Partners ({@code intlpartnersmgt}
 * 2022-09-28): onboarding and second-level reseller applications here, and, one class per capability port, credit
 * (TencentCredit), bills, vouchers, the reseller hierarchy and spending control. Build it with {@link #builder(TencentConfig)}.
 * Thread-safe; close it to release its connections.
 *
 * <p>Before anything is sent, Tencent's rules are checked (a banned calling code or a trade category outside the
 * vendor's catalog never reaches the wire). Every call waits for a permit of its action's rate limit, so a bulk job
 * runs at the published rate without being throttled; throttled and transient failures are retried with backoff;
 * CreateAccount, which Tencent does not make idempotent, runs at most once per idempotency key: a lost answer is
 * reconciled by looking the customer up by email before anything is created again.
 */
public final class TencentPartnerGateway extends VendorGateway<IntlPartnersClient> {

  private final ResellerId partnerId;
  private final Clock clock;
  private final AtomicReference<TradeCatalog> catalog = new AtomicReference<>();
  private final AtomicReference<CountryCodeList> countryList = new AtomicReference<>();
  private final AtomicReference<Reseller> partner = new AtomicReference<>();

  TencentPartnerGateway(TencentGatewayBuilder b, GatewayBuilder.Settings<TencentConfig> settings) {
    this(b, settings, new IntlPartnersClient(new HttpTransport(settings.config()), settings.pipeline()));
  }

  private TencentPartnerGateway(TencentGatewayBuilder b, GatewayBuilder.Settings<TencentConfig> s,
      IntlPartnersClient client) {
    super(client, s, Map.of(
        CreditPort.class, new TencentCredit(client, s.writes(), s.pageSize(), b.currency),
        BillingPort.class, new TencentBills(client, s.pageSize(), b.currency),
        VoucherPort.class, new TencentVouchers(client, s.pageSize(), b.currency),
        ResellerHierarchyPort.class, new TencentResellers(client, s.writes(), s.pageSize(), b.currency),
        SpendingControlPort.class, new TencentSuspensions(client)));
    this.partnerId = b.partnerId;
    this.clock = s.config().clock();
  }

  /** A builder; give it a {@code config} and a {@code journal}. */
  public static TencentGatewayBuilder builder() {
    return new TencentGatewayBuilder();
  }

  /** A builder for a gateway on {@code config}: the same as {@code builder().config(config)}. */
  public static TencentGatewayBuilder builder(TencentConfig config) {
    return builder().config(config);
  }

  // ---------------------------------------------------------------- the partner and reference data

  @Override
  public Either<GatewayFailure, Reseller> partner() {
    return remembered(partner, () -> client().queryVoucherPool().mapLeft(TencentFailures::toGateway).map(r ->
        new Reseller(partnerId, Option.of(r.agentName()).getOrElse(""), TencentMapping.role(r.accountType()))));
  }

  @Override
  public Either<GatewayFailure, TradeCatalog> tradeCategories() {
    return remembered(catalog,
        () -> client().getTradeConfigList().mapLeft(TencentFailures::toGateway).map(TencentMapping::catalog));
  }

  @Override
  public Either<GatewayFailure, Seq<CountryCallingCode>> countryCodes() {
    return client().getCountryCodes().mapLeft(TencentFailures::toGateway).map(TencentMapping::countries);
  }

  /** Tencent's own list of countries and calling codes, read once and kept, as the trade catalog is. */
  private Either<GatewayFailure, CountryCodeList> countryList() {
    return remembered(countryList, () -> countryCodes().map(codes -> CountryCodeList.of(
        codes.map(c -> new CountryCodeList.Country(c.area().code(), c.callingCode().value())))));
  }

  /** What {@code known} holds, or what {@code read} answers, kept in {@code known} if it is read. */
  private static <T> Either<GatewayFailure, T> remembered(AtomicReference<T> known,
      Supplier<Either<GatewayFailure, T>> read) {
    T value = known.get();
    if (value != null) {
      return Either.right(value);
    }
    synchronized (known) { // one reader at a time: callers starting together wait for its answer, not send their own
      T meanwhile = known.get();
      return meanwhile != null ? Either.right(meanwhile) : read.get().peek(known::set);
    }
  }

  // ---------------------------------------------------------------- onboarding

  /** The journal operation of verification codes sent. */
  static final String SEND_VERIFY_CODE = "tencent.SendVerifyCode";

  /**
   * Sends a code at most once per key, through the write journal. Tencent keeps no record of the codes it sent: after
   * a lost answer the key stays unresolved and is never sent again blindly.
   */
  @Override
  public Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target, IdempotencyKey key) {
    if (!(target instanceof VerificationTarget.Phone phone)) {
      return Either.left(TencentFailures.invalid(List.of(Violation.of(ViolationCode.NOT_ALLOWED, "email",
          "Tencent sends registration verification codes by SMS only"))));
    }
    Seq<Violation> banned = TencentRules.checkCallingCode(phone.callingCode());
    if (!banned.isEmpty()) {
      return Either.left(TencentFailures.invalid(banned));
    }
    String code = phone.callingCode().wire();
    String number = phone.number().digits();
    return sendCodeOnce(key, SEND_VERIFY_CODE, code + " " + number,
        () -> client().sendVerifyCode(SendVerifyCodeRequest.of(code, number)).mapLeft(TencentFailures::toGateway));
  }

  @Override
  public Either<GatewayFailure, CustomerCreated> createCustomer(CustomerRegistration registration, IdempotencyKey key) {
    if (!(registration instanceof TencentRegistration tencent)) {
      return Either.left(TencentFailures.invalid(List.of(Violation.of(ViolationCode.VENDOR_MISMATCH, "registration",
          "is a " + registration.vendor() + " registration but this gateway speaks to Tencent"))));
    }
    // the trade category must be in Tencent's catalog; then (seed 000 l.104-106) CountryCode and Area come from
    // GetCountryCodes, and the area must correspond to the code
    Either<GatewayFailure, Seq<Violation>> refused = tradeCategories()
        .map(trades -> trades.check(tencent.tradeCategory()).fold(bad -> bad, ok -> List.<Violation>empty()))
        .flatMap(bad -> bad.isEmpty() ? countryList().map(tencent::checkAgainst) : Either.right(bad));
    if (refused.isLeft() || !refused.get().isEmpty()) {
      return Either.left(refused.fold(failure -> failure, TencentFailures::invalid));
    }
    return createOnce(key, tencent, () -> createAccount(tencent), () -> findByMail(tencent));
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
    // seed 000 l.121-122: the answer has the account's Uin and Reason, "Binding Results", kept for people
    // an answer without the Uin is not a success to trust: the account may exist, so it is reconciled, never resent
    return client().createAccount(request).mapLeft(TencentFailures::toGateway).flatMap(created -> created.uin() == null
        ? Either.left(new GatewayFailure.OutcomeUnknown("look the customer up by its email",
            TencentFailures.localTrace("response.no_uin", "CreateAccount answered without the account's Uin")))
        : Either.right(new CustomerCreated(CustomerId.of(created.uin()), Option.none(), Customer.Association.BOUND,
            CustomerCreated.Provenance.CREATED, Option.of(created.reason()).filter(reason -> !reason.isBlank()))));
  }

  /**
   * Reconciliation: the customer bound to the partner whose email is exactly the registration's (Tencent's {@code
   * Email} filter matches substrings, so every page of its matches is read until the exact one).
   */
  private Either<GatewayFailure, Option<CustomerCreated>> findByMail(TencentRegistration r) {
    String mail = r.mail().value();
    return PageWalker.find(client().queryCustomersCreditPages(
                QueryCustomersCreditRequest.builder().filterType("Email").filter(mail), pageSize()),
            c -> c.email() != null && c.email().equalsIgnoreCase(mail) && c.clientUin() != null)
        .map(found -> found.map(c -> new CustomerCreated(CustomerId.of(Long.toString(c.clientUin())), Option.none(),
            Customer.Association.BOUND, CustomerCreated.Provenance.RECONCILED)));
  }

  @Override
  public Either<GatewayFailure, Option<Customer>> findCustomer(CustomerId id) {
    Option<Long> uin = TencentMapping.uin(id.value());
    if (uin.isEmpty()) {
      return Either.right(Option.none());
    }
    Either<GatewayFailure, Option<Customer>> found = client()
        .describeCustomerInfo(DescribeCustomerInfoRequest.of(java.util.List.of(uin.get())))
        .mapLeft(TencentFailures::toGateway)
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
    return client().queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), pageSize())
        .map(TencentMapping::customer);
  }

  // ---------------------------------------------------------------- sub-agent applications

  @Override
  public Paged<SubAgentApplication.Pending> pendingApplications() {
    return client().queryPendingSubAgentsV2Pages(pageSize()).map(TencentMapping::pending);
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Approved> approve(ResellerId applicant) {
    return decide(applicant, "pass", null, (app, who) -> app.approve(who, clock.instant()),
        a -> new SubAgentApplication.Approved(a, Option.none(), clock.instant()));
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Rejected> reject(ResellerId applicant, Option<RejectionReason> reason) {
    // RejectReason is optional (seed 001): sent only when the distributor gives one
    return decide(applicant, "reject", reason.map(RejectionReason::text).getOrNull(),
        (app, who) -> app.reject(who, reason, clock.instant()),
        a -> new SubAgentApplication.Rejected(a, Option.none(), clock.instant(), reason));
  }

  /** The journal operation of application decisions, keyed by the applicant: an application is decided once. */
  static final String APPROVE_SUB_AGENT_APPLY = "tencent.ApproveSubAgentApply";

  /**
   * Decides an application: the domain decides whether it may be decided (pending, by a distributor), then Tencent
   * is told, through the write journal under the key {@code decision:<applicant>} (an application is decided once,
   * whichever caller decides it): a decision already journaled is the application's state (so it is refused as
   * already decided, after a restart too). After a lost answer it is reconciled from QueryPendingSubAgentsV2 and
   * QuerySubAgentsDetailV2: still pending, not applied; approved and a sub-agent now, or rejected and gone from both,
   * applied; otherwise unresolved. While a decision's outcome is unknown, the same decision asked again is
   * reconciled (and answered as the first call would have been), not refused as already decided; the other decision is
   * a conflict (the key is the first one's).
   */
  private <A extends SubAgentApplication> Either<GatewayFailure, A> decide(ResellerId applicant, String approveType,
      String reason, BiFunction<SubAgentApplication, Reseller, Either<Rejection, A>> decision,
      Function<SubAgentApplication.Applicant, A> asAsked) {
    Option<Long> uin = TencentMapping.uin(applicant.value());
    if (uin.isEmpty()) {
      return Either.left(TencentFailures.notFound("application of " + applicant));
    }
    Either<GatewayFailure, Reseller> who = partner();
    if (who.isLeft()) {
      return Either.left(who.getLeft());
    }
    IdempotencyKey key = IdempotencyKey.of("decision:" + applicant.value());
    Either<GatewayFailure, Option<SubAgentApplication>> current = currentApplication(applicant, key);
    if (current.isLeft()) {
      return Either.left(current.getLeft());
    }
    boolean unresolved = writes().journal().entry(key).exists(e -> e.state() != JournalEntry.State.DONE);
    if (current.get().isEmpty() && !unresolved) {
      return Either.left(TencentFailures.notFound("application of " + applicant));
    }
    Either<Rejection, A> decided = unresolved && !current.get().exists(SubAgentApplication.Pending.class::isInstance)
        // an earlier decision's answer was lost and the application is no longer pending: reconciled below, not
        // refused (Tencent lists a rejected applicant nowhere, so its details may be gone)
        ? Either.right(asAsked.apply(current.get().map(SubAgentApplication::applicant).getOrElse(
            () -> new SubAgentApplication.Applicant(applicant, applicant.value(), Option.none(), Option.none()))))
        : decision.apply(current.get().get(), who.get());
    if (decided.isLeft()) {
      return Either.left(new GatewayFailure.Rejected(decided.getLeft(),
          TencentFailures.localTrace(decided.getLeft().code().code(), decided.getLeft().message())));
    }
    ApproveSubAgentApplyRequest request = ApproveSubAgentApplyRequest.builder()
        .subAgentUin(uin.get()).approveType(approveType).rejectReason(reason).build();
    A made = decided.get();
    @SuppressWarnings("unchecked")
    Either<GatewayFailure, A> result = writes().run(JournaledWrite.<SubAgentApplication>of(key, APPROVE_SUB_AGENT_APPLY,
            approveType + " " + (reason == null ? "" : reason), DecisionCodec.INSTANCE)
        .apply(() -> client().approveSubAgentApply(request).mapLeft(TencentFailures::toGateway).map(ok -> made))
        .lookup(since -> decisionAt(applicant, made))
        .resolvedByOperator(() -> Either.right(made))
        .describe(a -> "decision on " + a.applicant().id().value()))
        .map(a -> (A) a);
    return result;
  }

  /** Whether Tencent shows {@code made} as applied: the application left the pending list the way it was decided. */
  private Either<GatewayFailure, JournaledWrite.Lookup<SubAgentApplication>> decisionAt(ResellerId applicant,
      SubAgentApplication made) {
    boolean approved = made instanceof SubAgentApplication.Approved;
    return pendingApplication(applicant).flatMap(pending -> pending.isDefined()
        ? Either.right(new JournaledWrite.Lookup.Absent<>())
        : subAgent(applicant).map(agent -> agent.isDefined() == approved
            ? new JournaledWrite.Lookup.Found<>(made)
            : new JournaledWrite.Lookup.CannotTell<>("the application of " + applicant
                + " is no longer pending but was not decided as asked")));
  }

  private Either<GatewayFailure, Option<SubAgentApplication>> currentApplication(ResellerId applicant,
      IdempotencyKey key) {
    Option<SubAgentApplication> known = writes().journal().entry(key)
        .filter(e -> e.state() == JournalEntry.State.DONE)
        .flatMap(JournalEntry::result)
        .map(DecisionCodec.INSTANCE::decode);
    if (known.isDefined()) {
      return Either.right(known);
    }
    return pendingApplication(applicant).flatMap(pending -> pending.isDefined() ? Either.right(pending)
        : subAgent(applicant));
  }

  private Either<GatewayFailure, Option<SubAgentApplication>> pendingApplication(ResellerId applicant) {
    return PageWalker.find(pendingApplications(), p -> p.applicant().id().equals(applicant)).map(Option::narrow);
  }

  /** The applicant as an approved second-level reseller, if it is one. */
  private Either<GatewayFailure, Option<SubAgentApplication>> subAgent(ResellerId applicant) {
    QuerySubAgentsDetailV2Request query = TencentResellers.subAgentByUin(applicant);
    return client().querySubAgentsDetailV2(query).mapLeft(TencentFailures::toGateway)
        .map(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of()))
            .find(s -> s.subAgentUin() != null && applicant.value().equals(Long.toString(s.subAgentUin())))
            .map(s -> new SubAgentApplication.Approved(TencentMapping.applicant(s), Option.none(), clock.instant())));
  }

  @Override
  public void close() {
    client().close();
  }
}
