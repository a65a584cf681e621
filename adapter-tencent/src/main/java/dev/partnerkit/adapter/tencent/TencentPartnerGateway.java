package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.GatewayBuilder;
import dev.partnerkit.adapter.support.IdempotentCreate;
import dev.partnerkit.adapter.support.IdempotentWrite;
import dev.partnerkit.adapter.support.JournalCodecs;
import dev.partnerkit.adapter.support.JournaledWrite;
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
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.GatewayException;
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
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

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
public final class TencentPartnerGateway implements PartnerAccountGateway {

  private final IntlPartnersClient client;
  private final IdempotentWrite writes;
  private final IdempotentCreate creates;
  private final int pageSize;
  private final ResellerId partnerId;
  private final java.time.Clock clock;
  private volatile TradeCatalog catalog;
  private volatile CountryCodeList countryList;
  private volatile Reseller partner;
  private final Map<Class<? extends Capability>, Capability> capabilities;

  TencentPartnerGateway(TencentGatewayBuilder b, GatewayBuilder.Settings settings) {
    this.client = new IntlPartnersClient(new HttpTransport(b.config), settings.pipeline());
    this.clock = b.config.clock();
    this.writes = new IdempotentWrite(settings.journal(), clock, TencentCallFailure.SOURCE, settings.listener());
    this.creates = new IdempotentCreate(writes);
    this.pageSize = settings.pageSize();
    String currency = b.currency;
    this.partnerId = b.partnerId;
    this.capabilities = Map.of(
        CreditPort.class, new TencentCredit(client, writes, pageSize, currency),
        BillingPort.class, new TencentBills(client, pageSize, currency),
        VoucherPort.class, new TencentVouchers(client, pageSize, currency),
        ResellerHierarchyPort.class, new TencentResellers(client, writes, pageSize, currency),
        SpendingControlPort.class, new TencentSuspensions(client));
  }

  /** A builder; give it a {@code config} and a {@code journal}. */
  public static TencentGatewayBuilder builder() {
    return new TencentGatewayBuilder();
  }

  /** A builder for a gateway on {@code config}: the same as {@code builder().config(config)}. */
  public static TencentGatewayBuilder builder(TencentConfig config) {
    return builder().config(config);
  }

  /**
   * The gateway's own typed client: every action of intlpartnersmgt, sharing this gateway's connections, rate limiter,
   * retry policy and listeners. Do not close it; close the gateway.
   */
  public IntlPartnersClient client() {
    return client;
  }

  // ---------------------------------------------------------------- the partner and reference data

  @Override
  public Either<GatewayFailure, Reseller> partner() {
    Reseller known = partner;
    if (known != null) {
      return Either.right(known);
    }
    return client.queryVoucherPool().mapLeft(TencentFailures::toGateway).map(r -> {
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
    return client.getTradeConfigList().mapLeft(TencentFailures::toGateway).map(r -> {
      TradeCatalog c = TencentMapping.catalog(r);
      catalog = c;
      return c;
    });
  }

  @Override
  public Either<GatewayFailure, Seq<CountryCallingCode>> countryCodes() {
    return client.getCountryCodes().mapLeft(TencentFailures::toGateway).map(TencentMapping::countries);
  }

  /** Tencent's own list of countries and calling codes, read once and kept, as the trade catalog is. */
  private Either<GatewayFailure, CountryCodeList> countryList() {
    CountryCodeList known = countryList;
    if (known != null) {
      return Either.right(known);
    }
    return countryCodes().map(codes -> {
      CountryCodeList list = CountryCodeList.of(
          codes.map(c -> new CountryCodeList.Country(c.area().code(), c.callingCode().value())));
      countryList = list;
      return list;
    });
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
    return writes.run(JournaledWrite.of(key, SEND_VERIFY_CODE, phone.callingCode().wire() + " " + phone.number().digits(),
            JournalCodecs.DONE)
        .apply(() -> client.sendVerifyCode(SendVerifyCodeRequest.of(phone.callingCode().wire(), phone.number().digits()))
            .mapLeft(TencentFailures::toGateway).map(r -> Done.DONE))
        .resolvedByOperator(() -> Either.right(Done.DONE))
        .describe(d -> "a code sent"));
  }

  @Override
  public Either<GatewayFailure, CustomerCreated> createCustomer(CustomerRegistration registration, IdempotencyKey key) {
    if (!(registration instanceof TencentRegistration tencent)) {
      return Either.left(TencentFailures.invalid(List.of(Violation.of(ViolationCode.VENDOR_MISMATCH, "registration",
          "is a " + registration.vendor() + " registration but this gateway speaks to Tencent"))));
    }
    Either<GatewayFailure, TradeCatalog> trades = tradeCategories();
    if (trades.isLeft()) {
      return Either.left(trades.getLeft());
    }
    var inCatalog = trades.get().check(tencent.tradeCategory());
    if (inCatalog.isInvalid()) {
      return Either.left(TencentFailures.invalid(inCatalog.getError()));
    }
    // seed 000 l.104-106: CountryCode and Area come from GetCountryCodes, and the area must correspond to the code
    Either<GatewayFailure, CountryCodeList> countries = countryList();
    if (countries.isLeft()) {
      return Either.left(countries.getLeft());
    }
    Seq<Violation> onTheList = tencent.checkAgainst(countries.get());
    if (!onTheList.isEmpty()) {
      return Either.left(TencentFailures.invalid(onTheList));
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
    // seed 000 l.121-122: the answer has the account's Uin and Reason, "Binding Results", kept for people
    return client.createAccount(request).mapLeft(TencentFailures::toGateway).map(created -> new CustomerCreated(
        CustomerId.of(created.uin()), Option.none(), Customer.Association.BOUND, CustomerCreated.Provenance.CREATED,
        Option.of(created.reason()).filter(reason -> !reason.isBlank())));
  }

  /**
   * Reconciliation: the customer bound to the partner whose email is exactly the registration's (Tencent's {@code
   * Email} filter matches substrings, so every page of its matches is read until the exact one).
   */
  private Either<GatewayFailure, Option<CustomerCreated>> findByMail(TencentRegistration r) {
    String mail = r.mail().value();
    try {
      return Either.right(Option.ofOptional(client.queryCustomersCreditPages(
                  QueryCustomersCreditRequest.builder().filterType("Email").filter(mail), pageSize).stream()
              .filter(c -> c.email() != null && c.email().equalsIgnoreCase(mail) && c.clientUin() != null)
              .findFirst())
          .map(c -> new CustomerCreated(CustomerId.of(Long.toString(c.clientUin())), Option.none(),
              Customer.Association.BOUND, CustomerCreated.Provenance.RECONCILED)));
    } catch (GatewayException e) {
      return Either.left(e.failure());
    }
  }

  @Override
  public Either<GatewayFailure, Option<Customer>> findCustomer(CustomerId id) {
    Option<Long> uin = TencentMapping.uin(id.value());
    if (uin.isEmpty()) {
      return Either.right(Option.none());
    }
    Either<GatewayFailure, Option<Customer>> found = client.describeCustomerInfo(DescribeCustomerInfoRequest.of(java.util.List.of(uin.get()))).mapLeft(TencentFailures::toGateway)
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
    return client.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), pageSize)
        .map(TencentMapping::customer);
  }

  // ---------------------------------------------------------------- sub-agent applications

  @Override
  public Paged<SubAgentApplication.Pending> pendingApplications() {
    return client.queryPendingSubAgentsV2Pages(pageSize).map(TencentMapping::pending);
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
    boolean unresolved = writes.journal().entry(key)
        .exists(e -> e.state() != dev.partnerkit.adapter.support.JournalEntry.State.DONE);
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
    Either<GatewayFailure, A> result = writes.run(JournaledWrite.<SubAgentApplication>of(key, APPROVE_SUB_AGENT_APPLY,
            approveType + " " + (reason == null ? "" : reason), DecisionCodec.INSTANCE)
        .apply(() -> client.approveSubAgentApply(request).mapLeft(TencentFailures::toGateway).map(ok -> made))
        .lookup(since -> decisionAt(applicant, made))
        .resolvedByOperator(() -> Either.right(made))
        .describe(a -> "decision on " + a.applicant().id().value()))
        .map(a -> (A) a);
    return result;
  }

  /** Whether Tencent shows {@code made} as applied: the application left the pending list the way it was decided. */
  private Either<GatewayFailure, JournaledWrite.Lookup<SubAgentApplication>> decisionAt(ResellerId applicant,
      SubAgentApplication made) {
    Either<GatewayFailure, Option<SubAgentApplication>> pending = pendingApplication(applicant);
    if (pending.isLeft()) {
      return Either.left(pending.getLeft());
    }
    if (pending.get().isDefined()) {
      return Either.right(new JournaledWrite.Lookup.Absent<>());
    }
    Either<GatewayFailure, Option<SubAgentApplication>> agent = subAgent(applicant);
    if (agent.isLeft()) {
      return Either.left(agent.getLeft());
    }
    boolean approved = made instanceof SubAgentApplication.Approved;
    if (agent.get().isDefined() == approved) {
      return Either.right(new JournaledWrite.Lookup.Found<>(made));
    }
    return Either.right(new JournaledWrite.Lookup.CannotTell<>("the application of " + applicant
        + " is no longer pending but was not decided as asked"));
  }

  private Either<GatewayFailure, Option<SubAgentApplication>> currentApplication(ResellerId applicant,
      IdempotencyKey key) {
    Option<SubAgentApplication> known = writes.journal().entry(key)
        .filter(e -> e.state() == dev.partnerkit.adapter.support.JournalEntry.State.DONE)
        .flatMap(e -> e.result())
        .map(DecisionCodec.INSTANCE::decode);
    if (known.isDefined()) {
      return Either.right(known);
    }
    Either<GatewayFailure, Option<SubAgentApplication>> pending = pendingApplication(applicant);
    if (pending.isLeft() || pending.get().isDefined()) {
      return pending;
    }
    return subAgent(applicant);
  }

  private Either<GatewayFailure, Option<SubAgentApplication>> pendingApplication(ResellerId applicant) {
    java.util.List<SubAgentApplication.Pending> match = new java.util.ArrayList<>();
    Either<GatewayFailure, Long> scanned = pendingApplications().forEach(p -> {
      if (p.applicant().id().equals(applicant)) {
        match.add(p);
      }
    });
    if (scanned.isLeft()) {
      return Either.left(scanned.getLeft());
    }
    return Either.right(match.isEmpty() ? Option.none() : Option.some(match.get(0)));
  }

  /** The applicant as an approved second-level reseller, if it is one. */
  private Either<GatewayFailure, Option<SubAgentApplication>> subAgent(ResellerId applicant) {
    QuerySubAgentsDetailV2Request query = TencentResellers.subAgentByUin(applicant);
    return client.querySubAgentsDetailV2(query).mapLeft(TencentFailures::toGateway)
        .map(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of()))
            .find(s -> s.subAgentUin() != null && applicant.value().equals(Long.toString(s.subAgentUin())))
            .map(s -> new SubAgentApplication.Approved(TencentMapping.applicant(s), Option.none(), clock.instant())));
  }

  @Override
  public Set<Class<? extends Capability>> capabilities() {
    return HashSet.ofAll(capabilities.keySet());
  }

  @Override
  public <P extends Capability> Option<P> capability(Class<P> port) {
    return Option.of(capabilities.get(port)).map(port::cast);
  }

  @Override
  public void close() {
    client.close();
  }
}
