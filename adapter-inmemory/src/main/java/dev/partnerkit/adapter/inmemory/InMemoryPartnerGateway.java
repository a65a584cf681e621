package dev.partnerkit.adapter.inmemory;

import dev.partnerkit.domain.Area;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.PhoneQuota;
import dev.partnerkit.domain.Rejection;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRules;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.Page;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.SpendingControlPort;
import dev.partnerkit.ports.BudgetPort;
import dev.partnerkit.ports.VendorTrace;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.ports.VoucherPort;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An in-memory fake of every partnerkit port, applying the chosen vendor's rules, for the tests of services that
 * embed partnerkit. Thread-safe; time comes from an injected {@link Clock} and ids from an injected source, so tests
 * are repeatable.
 *
 * <p>It behaves as the real adapters promise: vendor rules are checked before anything "reaches the vendor" (see
 * {@link #vendorCalls()}), an idempotency key replayed returns the first result and creates nothing, the sixth
 * Tencent account on one phone is refused, an application is decided once. {@link #faults()} makes the next calls
 * fail (rate-limited, unavailable, outcome unknown with the write applied, Huawei association pending).
 *
 * <pre>{@code
 * InMemoryPartnerGateway gateway = InMemoryPartnerGateway.tencent().build();
 * VerificationTarget phone = VerificationTarget.phone(callingCode, number);
 * gateway.sendVerificationCode(phone);
 * String code = gateway.lastVerificationCode(phone).get();   // what the customer would receive
 * }</pre>
 */
public final class InMemoryPartnerGateway
    implements PartnerAccountGateway, CreditPort, BillingPort, VoucherPort, ResellerHierarchyPort, SpendingControlPort,
        BudgetPort {

  private static final String SOURCE = "in-memory";
  private static final int PAGE_SIZE = 100;

  private final Vendor vendor;
  private final Option<HuaweiSite> site;
  private final Reseller partner;
  private final Clock clock;
  private final Supplier<String> customerIds;
  private final Supplier<String> verificationCodes;
  private final TradeCatalog catalog;
  private final Seq<CountryCallingCode> countries;
  private final String currency;
  private final Duration codeValidity;
  private final Set<Class<? extends Capability>> capabilities;
  private final Faults faults = new Faults();
  private final AtomicLong vendorCalls = new AtomicLong();

  // state, guarded by this
  private final Map<CustomerId, StoredCustomer> customers = new LinkedHashMap<>();
  private final Map<IdempotencyKey, Replay> replays = new LinkedHashMap<>();
  private final Map<String, SentCode> codes = new LinkedHashMap<>();
  private final Map<ResellerId, SubAgentApplication> applications = new LinkedHashMap<>();
  private final Map<ResellerId, SubReseller> subResellers = new LinkedHashMap<>();
  private final Map<CustomerId, ResellerId> indirect = new LinkedHashMap<>();
  private final Map<CustomerId, Money> credit = new LinkedHashMap<>();
  private final Map<IdempotencyKey, Keyed<CreditAllocation>> creditAllocations = new LinkedHashMap<>();
  private final Map<IdempotencyKey, Keyed<SubReseller>> poolAllocations = new LinkedHashMap<>();
  /** Verification codes sent, by key, and those whose answer was lost (vendors keep no record of codes). */
  private final Map<IdempotencyKey, Keyed<Done>> codeSends = new LinkedHashMap<>();
  private final java.util.Set<IdempotencyKey> unresolvedCodes = new java.util.HashSet<>();
  /** Decisions whose answer was lost: the next decision on the applicant looks them up. */
  private final Map<ResellerId, SubAgentApplication> unresolvedDecisions = new LinkedHashMap<>();
  /** Tencent pool top-ups whose answer was lost: Tencent keeps no history, so they stay unknown until resolved. */
  private final java.util.Set<IdempotencyKey> unresolvedPools = new java.util.HashSet<>();
  private final java.util.List<Seeded.Bill> bills = new ArrayList<>();
  private final java.util.List<Voucher> vouchers = new ArrayList<>();
  private final java.util.Set<CustomerId> suspended = new java.util.HashSet<>();
  private final Map<CustomerId, Money> budgets = new LinkedHashMap<>();
  private Money partnerCreditTotal;
  private Money partnerCreditAllocated;

  private record StoredCustomer(Customer customer, CustomerRegistration registration) {}

  private record Replay(CustomerRegistration registration, CustomerCreated result) {}

  private record SentCode(String code, Instant sentAt) {}

  private InMemoryPartnerGateway(InMemoryGatewayBuilder b) {
    this.vendor = b.vendor;
    this.site = b.site;
    this.partner = b.partner;
    this.clock = b.clock;
    this.customerIds = b.customerIds;
    this.verificationCodes = b.verificationCodes;
    this.catalog = b.catalog;
    this.countries = b.countries;
    this.currency = b.currency;
    this.codeValidity = b.codeValidity;
    this.capabilities = b.capabilities;
    this.partnerCreditTotal = b.partnerCredit;
    this.partnerCreditAllocated = Money.zero(b.currency);
  }

  /** A builder for a fake that applies Tencent's rules. */
  public static InMemoryGatewayBuilder tencent() {
    return new InMemoryGatewayBuilder(Vendor.TENCENT, Option.none());
  }

  /** A builder for a fake that applies Huawei's rules for {@code site}. */
  public static InMemoryGatewayBuilder huawei(HuaweiSite site) {
    return new InMemoryGatewayBuilder(Vendor.HUAWEI, Option.some(site));
  }

  static InMemoryPartnerGateway build(InMemoryGatewayBuilder b) {
    return new InMemoryPartnerGateway(b);
  }

  // ---------------------------------------------------------------- test controls

  /** The faults to inject into the next calls. */
  public Faults faults() {
    return faults;
  }

  /**
   * How many calls reached "the vendor": passed the local checks that a real adapter makes before sending. A call
   * refused for bad input does not count.
   */
  public long vendorCalls() {
    return vendorCalls.get();
  }

  /** The last verification code sent to this phone or email address and not used yet, as the customer received it. */
  public synchronized Option<String> lastVerificationCode(VerificationTarget target) {
    return Option.of(codes.get(targetKey(target))).map(SentCode::code);
  }

  /** Adds a pending second-level reseller application, as if the reseller had applied. */
  public synchronized InMemoryPartnerGateway seedApplication(SubAgentApplication.Applicant applicant) {
    applications.put(applicant.id(), new SubAgentApplication.Pending(applicant, Option.some(clock.instant())));
    return this;
  }

  /** Adds a bill line for a customer. */
  public synchronized InMemoryPartnerGateway seedBillLine(CustomerId customer, BillLine line) {
    bills.add(new Seeded.Bill(customer, line));
    return this;
  }

  /** Adds a voucher. */
  public synchronized InMemoryPartnerGateway seedVoucher(Voucher voucher) {
    vouchers.add(voucher);
    return this;
  }

  /** Adds a second-level reseller (as if approved, or as Huawei's cloud resellers are). */
  public synchronized InMemoryPartnerGateway seedSubReseller(Reseller reseller) {
    subResellers.put(reseller.id(), new SubReseller(reseller, 0, Money.zero(currency), Money.zero(currency)));
    return this;
  }

  /** Whether the customer is suspended (frozen) now. */
  public synchronized boolean isSuspended(CustomerId customer) {
    return suspended.contains(customer);
  }

  /** Completes every pending Huawei association: those customers now appear in {@link #customers()}. */
  public synchronized int completePendingAssociations() {
    int n = 0;
    for (var e : customers.entrySet()) {
      Customer c = e.getValue().customer();
      if (c.association() == Customer.Association.PENDING) {
        e.setValue(
            new StoredCustomer(
                new Customer(c.id(), c.vendor(), c.accountName(), c.name(), c.email(), c.phone(),
                    Customer.Association.BOUND, c.createdAt()),
                e.getValue().registration()));
        n++;
      }
    }
    return n;
  }

  /** The vendor whose rules this fake applies. */
  public Vendor vendor() {
    return vendor;
  }

  // ---------------------------------------------------------------- PartnerAccountGateway

  @Override
  public Either<GatewayFailure, Reseller> partner() {
    return call(Operation.PARTNER, () -> Either.right(partner));
  }

  /**
   * As the adapters: at most one code per key; the same key again answers {@code Done} and sends nothing, for another
   * target it is a conflict; after a lost answer ({@link Fault#OUTCOME_UNKNOWN}) the key stays unknown, sends nothing,
   * until {@link #resolveUnknown} (vendors keep no record of the codes they sent).
   */
  @Override
  public Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target, IdempotencyKey key) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(key, "key");
    Seq<Violation> violations = checkTarget(target);
    if (!violations.isEmpty()) {
      return Either.left(invalid(violations));
    }
    String request = targetKey(target);
    synchronized (this) {
      Keyed<Done> earlier = codeSends.get(key);
      if (earlier != null && (!earlier.request().equals(request) || !unresolvedCodes.contains(key))) {
        return earlier.replay(key, request);   // sends nothing: Done, or a conflict
      }
      if (earlier != null) {
        return Either.left(new GatewayFailure.OutcomeUnknown("the code under key " + key + " may have been sent and"
            + " the vendor keeps no record of codes: resolve the key (resolveUnknown) or ask for a code under a new key",
            trace("idempotency.unresolved", "the vendor cannot tell")));
      }
    }
    Either<GatewayFailure, Done> result = write(
        Operation.SEND_VERIFICATION_CODE,
        () -> {
          if (vendor == Vendor.TENCENT && target instanceof VerificationTarget.Phone p) {
            // like Tencent, no code for a phone that already holds its quota of accounts
            int onPhone = (int) customers.values().stream()
                .filter(c -> c.registration().phone().contains(p.number())).count();
            Either<Rejection, ?> quota = PhoneQuota.TENCENT.allowOneMore(p.number(), onPhone);
            if (quota.isLeft()) {
              return Either.left(new GatewayFailure.Rejected(quota.getLeft(), trace(quota.getLeft().code().code(), quota.getLeft().message())));
            }
          }
          codes.put(targetKey(target), new SentCode(verificationCodes.get(), clock.instant()));
          codeSends.put(key, new Keyed<>(request, Done.DONE));
          return Either.right(Done.DONE);
        },
        "ask the customer whether the code came; ask for another under a new key");
    if (result.isLeft() && result.getLeft().kind() == FailureKind.OUTCOME_UNKNOWN) {
      synchronized (this) {
        if (codeSends.containsKey(key)) {
          unresolvedCodes.add(key);
        }
      }
    }
    return result;
  }

  private Seq<Violation> checkTarget(VerificationTarget target) {
    if (target instanceof VerificationTarget.Phone p) {
      if (vendor == Vendor.TENCENT) {
        return TencentRules.checkCallingCode(p.callingCode());
      }
      if (site.contains(HuaweiSite.INTERNATIONAL)) {
        return List.of(Violation.of(ViolationCode.NOT_ALLOWED, "mobile",
            "Huawei Cloud International sends verification codes by email"));
      }
      return p.callingCode().value() == 86
          ? List.empty()
          : List.of(Violation.of(ViolationCode.PHONE_NOT_MAINLAND_CHINA_MOBILE, "mobile",
              "Huawei Cloud China sends verification codes to mainland China mobiles (+86) only"));
    }
    if (vendor == Vendor.TENCENT || site.contains(HuaweiSite.CHINA)) {
      return List.of(Violation.of(ViolationCode.NOT_ALLOWED, "email",
          vendor == Vendor.TENCENT ? "Tencent sends verification codes by SMS" : "Huawei Cloud China sends verification codes by SMS"));
    }
    return List.empty();
  }

  private static String targetKey(VerificationTarget target) {
    return target instanceof VerificationTarget.Phone p ? p.number().digits() : ((VerificationTarget.Mail) target).address().value();
  }

  @Override
  public Either<GatewayFailure, CustomerCreated> createCustomer(CustomerRegistration registration, IdempotencyKey key) {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(key, "key");
    Seq<Violation> violations = checkRegistration(registration);
    if (!violations.isEmpty()) {
      return Either.left(invalid(violations));
    }
    return write(Operation.CREATE_CUSTOMER, () -> replayOrCreate(registration, key),
        "call createCustomer again with the same idempotency key");
  }

  /** Under the lock: the first result of {@code key}, a conflict if the key is another customer's, or a new account. */
  private Either<GatewayFailure, CustomerCreated> replayOrCreate(CustomerRegistration registration, IdempotencyKey key) {
    Replay replay = replays.get(key);
    if (replay == null) {
      return create(registration, key);
    }
    return replay.registration().identity().equals(registration.identity())
        ? Either.right(currentAssociation(replay.result()).asReplay())
        : Either.left(new GatewayFailure.Conflict(
            "idempotency key " + key + " was used for another customer",
            trace("idempotency.key_reused", "the key belongs to another registration")));
  }

  /** The earlier result with the association as it stands now (a pending Huawei association may have completed). */
  private CustomerCreated currentAssociation(CustomerCreated earlier) {
    return Option.of(customers.get(earlier.id()))
        .map(s -> new CustomerCreated(earlier.id(), earlier.accountName(), s.customer().association(), earlier.provenance()))
        .getOrElse(earlier);
  }

  private Seq<Violation> checkRegistration(CustomerRegistration registration) {
    if (registration.vendor() != vendor) {
      return List.of(Violation.of(ViolationCode.VENDOR_MISMATCH, "registration",
          "is a " + registration.vendor() + " registration but this gateway speaks to " + vendor));
    }
    if (registration instanceof HuaweiRegistration h && !site.contains(h.site())) {
      return List.of(Violation.of(ViolationCode.VENDOR_MISMATCH, "registration",
          "is for Huawei Cloud " + h.site() + " but this gateway speaks to Huawei Cloud " + site.get()));
    }
    if (registration instanceof TencentRegistration t) {
      return catalog.check(t.tradeCategory()).fold(e -> e, ok -> List.empty());
    }
    return List.empty();
  }

  private Either<GatewayFailure, CustomerCreated> create(CustomerRegistration registration, IdempotencyKey key) {
    Either<GatewayFailure, Done> allowed = checkBusinessRules(registration);
    if (allowed.isLeft()) {
      return Either.left(allowed.getLeft());
    }
    CustomerId id = CustomerId.of(customerIds.get());
    Option<String> accountName = registration instanceof HuaweiRegistration h
        ? Option.some(h.accountName().map(Object::toString).getOrElse(() -> "hw" + id.value()))
        : Option.none();
    Customer customer = new Customer(id, vendor, accountName,
        registration instanceof TencentRegistration t ? t.customerName().map(Object::toString) : Option.none(),
        registration.email().map(Object::toString), registration.phone().map(Object::toString),
        Customer.Association.BOUND, Option.some(clock.instant()));
    customers.put(id, new StoredCustomer(customer, registration));
    credit.put(id, Money.zero(currency));
    if (registration instanceof HuaweiRegistration h && h.indirectResellerId().isDefined()) {
      indirect.put(id, ResellerId.of(h.indirectResellerId().get()));
    }
    registration.phone().forEach(p -> codes.remove(p.digits()));
    registration.email().forEach(m -> codes.remove(m.value()));
    CustomerCreated result = new CustomerCreated(id, accountName, customer.association(), CustomerCreated.Provenance.CREATED);
    replays.put(key, new Replay(registration, result));
    return Either.right(result);
  }

  /** Checks the rules that depend on existing state: the verification code, uniqueness, the phone quota. */
  private Either<GatewayFailure, Done> checkBusinessRules(CustomerRegistration registration) {
    Option<String> codeTarget = registration.phone().map(p -> p.digits()).orElse(registration.email().map(m -> m.value()));
    Option<dev.partnerkit.domain.VerificationCode> code = registration instanceof TencentRegistration t
        ? Option.some(t.verificationCode()) : ((HuaweiRegistration) registration).verificationCode();
    if (code.isDefined()) {
      SentCode sent = codeTarget.map(codes::get).getOrNull();
      boolean valid = sent != null
          && sent.code().equals(code.get().secret().reveal())
          && !clock.instant().isAfter(sent.sentAt().plus(codeValidity));
      if (!valid) {
        return rejected(RejectionCode.VERIFICATION_CODE_INVALID, "the verification code is wrong, expired, or was not sent to this contact");
      }
    }
    if (registration instanceof TencentRegistration t) {
      if (customers.values().stream().anyMatch(c -> c.registration().email().contains(t.mail()))) {
        return Either.left(new GatewayFailure.Conflict("an account with email " + t.mail() + " exists already",
            trace("mail.registered", "the email address is registered")));
      }
      int onPhone = (int) customers.values().stream()
          .filter(c -> c.registration().phone().contains(t.phoneNumber())).count();
      Either<Rejection, ?> quota = PhoneQuota.TENCENT.allowOneMore(t.phoneNumber(), onPhone);
      if (quota.isLeft()) {
        return Either.left(new GatewayFailure.Rejected(quota.getLeft(), trace(quota.getLeft().code().code(), quota.getLeft().message())));
      }
      return Either.right(Done.DONE);
    }
    HuaweiRegistration h = (HuaweiRegistration) registration;
    for (StoredCustomer c : customers.values()) {
      if (c.registration() instanceof HuaweiRegistration other) {
        if (other.xaccountId().equals(h.xaccountId()) && other.xaccountType().equals(h.xaccountType())) {
          return Either.left(new GatewayFailure.Conflict("a customer with xaccount_id " + h.xaccountId() + " exists already: " + c.customer().id(),
              trace("xaccount_id.duplicate", "duplicate xaccount_id")));
        }
        if (h.accountName().isDefined() && other.accountName().equals(h.accountName())) {
          return Either.left(new GatewayFailure.Conflict("the account name " + h.accountName().get() + " is taken",
              trace("account_name.taken", "the account name exists")));
        }
      }
    }
    return Either.right(Done.DONE);
  }

  @Override
  public Either<GatewayFailure, Option<Customer>> findCustomer(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return call(Operation.FIND_CUSTOMER, () -> Either.right(Option.of(customers.get(id)).map(StoredCustomer::customer)));
  }

  @Override
  public Paged<Customer> customers() {
    return page(Operation.LIST_CUSTOMERS, () -> List.ofAll(customers.values()).map(StoredCustomer::customer)
        .filter(c -> c.association() == Customer.Association.BOUND));
  }

  @Override
  public Either<GatewayFailure, TradeCatalog> tradeCategories() {
    return call(Operation.TRADE_CATEGORIES, () -> Either.right(catalog));
  }

  @Override
  public Either<GatewayFailure, Seq<CountryCallingCode>> countryCodes() {
    return call(Operation.COUNTRY_CODES, () -> Either.right(countries));
  }

  @Override
  public Paged<SubAgentApplication.Pending> pendingApplications() {
    return page(Operation.PENDING_APPLICATIONS, () -> List.ofAll(applications.values())
        .filter(a -> a instanceof SubAgentApplication.Pending).map(a -> (SubAgentApplication.Pending) a));
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Approved> approve(ResellerId applicant) {
    Objects.requireNonNull(applicant, "applicant");
    return decideOnce(Operation.APPROVE, applicant, app -> app.approve(partner, clock.instant()),
        lost -> lost instanceof SubAgentApplication.Approved);
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Rejected> reject(ResellerId applicant, Option<RejectionReason> reason) {
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(reason, "reason");
    return decideOnce(Operation.REJECT, applicant, app -> app.reject(partner, reason, clock.instant()),
        lost -> lost instanceof SubAgentApplication.Rejected r && r.reason().equals(reason));
  }

  /**
   * A decision, as the adapters journal it under its applicant: a decision whose answer was lost is looked up first
   * (never sent again); asked again the same way it answers as the first; asked the other way while its outcome is
   * unknown it is a conflict (the journal's key {@code decision:<applicant>} is another request's); once known, any
   * further decision is refused as already decided.
   */
  @SuppressWarnings("unchecked")
  private <A extends SubAgentApplication> Either<GatewayFailure, A> decideOnce(Operation op, ResellerId applicant,
      java.util.function.Function<SubAgentApplication, Either<Rejection, A>> decision,
      java.util.function.Predicate<SubAgentApplication> sameDecision) {
    synchronized (this) {
      SubAgentApplication lost = unresolvedDecisions.get(applicant);
      if (lost != null) {
        vendorCalls.incrementAndGet();   // the adapters look the application up at the vendor
        if (!sameDecision.test(lost)) {
          return Either.left(new GatewayFailure.Conflict("the decision on the application of " + applicant
              + " whose answer was lost was another one; call again with that decision to reconcile it",
              trace("idempotency.key_reused", "the key belongs to another request")));
        }
        unresolvedDecisions.remove(applicant);
        return Either.right((A) lost);
      }
    }
    Either<GatewayFailure, A> result = write(op, () -> decide(applicant, decision),
        "decide the application again the same way: it is looked up, never decided twice");
    if (result.isLeft() && result.getLeft().kind() == FailureKind.OUTCOME_UNKNOWN) {
      synchronized (this) {
        SubAgentApplication now = applications.get(applicant);
        if (now != null && !(now instanceof SubAgentApplication.Pending)) {
          unresolvedDecisions.put(applicant, now);
        }
      }
    }
    return result;
  }

  private <A extends SubAgentApplication> Either<GatewayFailure, A> decide(
      ResellerId applicant, java.util.function.Function<SubAgentApplication, Either<Rejection, A>> decision) {
    SubAgentApplication app = applications.get(applicant);
    if (app == null) {
      return Either.left(new GatewayFailure.NotFound("application of " + applicant, trace("application.not_found", "no such application")));
    }
    Either<Rejection, A> decided = decision.apply(app);
    if (decided.isLeft()) {
      return Either.left(new GatewayFailure.Rejected(decided.getLeft(), trace(decided.getLeft().code().code(), decided.getLeft().message())));
    }
    applications.put(applicant, decided.get());
    if (decided.get() instanceof SubAgentApplication.Approved a) {
      subResellers.put(applicant, new SubReseller(
          new Reseller(applicant, a.applicant().name(), ResellerRole.SECOND_LEVEL_RESELLER), 0, Money.zero(currency), Money.zero(currency)));
    }
    return Either.right(decided.get());
  }

  @Override
  public Set<Class<? extends Capability>> capabilities() {
    return capabilities;
  }

  // ---------------------------------------------------------------- CreditPort

  @Override
  public Either<GatewayFailure, PartnerCredit> partnerCredit() {
    return call(Operation.PARTNER_CREDIT, () -> Either.right(new PartnerCredit(partnerCreditTotal, partnerCreditAllocated,
        partnerCreditTotal.minus(partnerCreditAllocated))));
  }

  @Override
  public Either<GatewayFailure, CustomerCredit> customerCredit(CustomerId customer) {
    return call(Operation.CUSTOMER_CREDIT, () -> Option.of(credit.get(customer))
        .<Either<GatewayFailure, CustomerCredit>>map(c -> Either.right(new CustomerCredit(customer, c, c)))
        .getOrElse(() -> Either.left(notFound("customer " + customer))));
  }

  @Override
  public Either<GatewayFailure, CreditAllocation> allocateCredit(CustomerId customer, Money amount, IdempotencyKey key) {
    Seq<Violation> v = amount.checkPositiveIn(currency);
    if (!v.isEmpty()) {
      return Either.left(invalid(v));
    }
    String request = customer.value() + " " + amount.amount().stripTrailingZeros().toPlainString() + " " + amount.currency();
    return write(Operation.ALLOCATE_CREDIT, () -> {
      Keyed<CreditAllocation> earlier = creditAllocations.get(key);
      if (earlier != null) {
        return earlier.replay(key, request);
      }
      Money current = credit.get(customer);
      if (current == null) {
        return Either.left(notFound("customer " + customer));
      }
      Either<GatewayFailure, Money> debit = debitPartner(amount);
      if (debit.isLeft()) {
        return Either.left(debit.getLeft());
      }
      Money after = current.plus(amount);
      credit.put(customer, after);
      CreditAllocation allocation = new CreditAllocation(customer, amount, after);
      creditAllocations.put(key, new Keyed<>(request, allocation));
      return Either.right(allocation);
    }, "call allocateCredit again with the same key: it is reconciled, never applied twice");
  }

  /** A write recorded under an idempotency key, with the request it was for (as the adapters' write journal). */
  private record Keyed<T>(String request, T result) {
    Either<GatewayFailure, T> replay(IdempotencyKey key, String asked) {
      return request.equals(asked) ? Either.right(result) : Either.left(new GatewayFailure.Conflict(
          "idempotency key " + key + " was used for another request", trace("idempotency.key_reused",
              "the key belongs to another request")));
    }
  }

  private Either<GatewayFailure, Money> debitPartner(Money amount) {
    Money remaining = partnerCreditTotal.minus(partnerCreditAllocated);
    if (remaining.isLessThan(amount)) {
      return rejected(RejectionCode.INSUFFICIENT_CREDIT, "the partner has " + remaining + " of credit left, less than " + amount);
    }
    partnerCreditAllocated = partnerCreditAllocated.plus(amount);
    return Either.right(amount);
  }

  // ---------------------------------------------------------------- BillingPort

  @Override
  public Either<GatewayFailure, BillSummary> billSummary(CustomerId customer, YearMonth month) {
    return call(Operation.BILL_SUMMARY, () -> {
      if (!customers.containsKey(customer)) {
        return Either.left(notFound("customer " + customer));
      }
      Money total = billsOf(customer, month).foldLeft(Money.zero(currency), (sum, l) -> sum.plus(l.amount()));
      return Either.right(new BillSummary(customer, month, total));
    });
  }

  @Override
  public Paged<BillLine> billLines(CustomerId customer, YearMonth month) {
    return page(Operation.BILL_LINES, () -> billsOf(customer, month));
  }

  private Seq<BillLine> billsOf(CustomerId customer, YearMonth month) {
    return List.ofAll(bills).filter(b -> b.customer().equals(customer) && YearMonth.from(b.line().day()).equals(month)).map(Seeded.Bill::line);
  }

  // ---------------------------------------------------------------- VoucherPort

  @Override
  public Paged<Voucher> vouchers(CustomerId customer) {
    return page(Operation.VOUCHERS, () -> List.ofAll(vouchers).filter(v -> v.customer().equals(customer)));
  }

  // ---------------------------------------------------------------- ResellerHierarchyPort

  @Override
  public Paged<SubReseller> subResellers() {
    return page(Operation.SUB_RESELLERS, () -> List.ofAll(subResellers.values()).map(s -> new SubReseller(
        s.reseller(), indirect.values().stream().filter(s.reseller().id()::equals).count(), s.creditPool(), s.remainingCredit())));
  }

  @Override
  public Paged<Customer> indirectCustomers(ResellerId subReseller) {
    return page(Operation.INDIRECT_CUSTOMERS, () -> List.ofAll(customers.values()).map(StoredCustomer::customer)
        .filter(c -> indirect.get(c.id()) != null && indirect.get(c.id()).equals(subReseller)));
  }

  @Override
  public Either<GatewayFailure, SubReseller> allocateCreditPool(ResellerId subReseller, Money amount, IdempotencyKey key) {
    Seq<Violation> v = amount.checkPositiveIn(currency);
    if (!v.isEmpty()) {
      return Either.left(invalid(v));
    }
    String request = subReseller.value() + " " + amount.amount().stripTrailingZeros().toPlainString() + " " + amount.currency();
    synchronized (this) {
      if (unresolvedPools.contains(key)) {
        // as the adapters' journal: another request under the key is a conflict; the same one is never sent again
        Keyed<SubReseller> earlier = poolAllocations.get(key);
        if (earlier != null && !earlier.request().equals(request)) {
          return earlier.replay(key, request);
        }
        return Either.left(new GatewayFailure.OutcomeUnknown("the top-up under key " + key + " may have been applied"
            + " and Tencent keeps no record of pool top-ups: resolve the key (resolveUnknown) after checking",
            trace("idempotency.unresolved", "the vendor cannot tell")));
      }
    }
    Either<GatewayFailure, SubReseller> result = write(Operation.ALLOCATE_CREDIT_POOL, () -> {
      Keyed<SubReseller> earlier = poolAllocations.get(key);
      if (earlier != null) {
        return earlier.replay(key, request);
      }
      SubReseller current = subResellers.get(subReseller);
      if (current == null) {
        return Either.left(notFound("second-level reseller " + subReseller));
      }
      Either<GatewayFailure, Money> debit = debitPartner(amount);
      if (debit.isLeft()) {
        return Either.left(debit.getLeft());
      }
      SubReseller after = new SubReseller(current.reseller(), current.customerCount(),
          current.creditPool().plus(amount), current.remainingCredit().plus(amount));
      subResellers.put(subReseller, after);
      poolAllocations.put(key, new Keyed<>(request, after));
      return Either.right(after);
    }, "call allocateCreditPool again with the same key: it is reconciled where the vendor can tell, never applied twice");
    if (vendor == Vendor.TENCENT && result.isLeft() && result.getLeft().kind() == FailureKind.OUTCOME_UNKNOWN) {
      synchronized (this) {
        if (poolAllocations.containsKey(key)) {
          unresolvedPools.add(key);
        }
      }
    }
    return result;
  }

  /**
   * An operator's resolution of a key left unknown (a Tencent pool top-up or a verification code whose answer was
   * lost), as the adapters' {@code WriteJournal.resolve}: applied, a retry replays; not applied, the key is forgotten
   * and a retry applies the write (the operator's word is taken, as the adapters do).
   */
  public synchronized void resolveUnknown(IdempotencyKey key, boolean applied) {
    if (unresolvedPools.remove(key) && !applied) {
      poolAllocations.remove(key);
    }
    if (unresolvedCodes.remove(key) && !applied) {
      codeSends.remove(key);
    }
  }

  // ---------------------------------------------------------------- SpendingControlPort

  @Override
  public Either<GatewayFailure, BatchOutcome> suspend(Seq<CustomerId> customers, String reason) {
    return control(Operation.SUSPEND, customers, reason, true);
  }

  @Override
  public Either<GatewayFailure, BatchOutcome> resume(Seq<CustomerId> customers, String reason) {
    return control(Operation.RESUME, customers, reason, false);
  }

  private Either<GatewayFailure, BatchOutcome> control(Operation op, Seq<CustomerId> customers, String reason, boolean suspend) {
    if (reason == null || reason.isBlank()) {
      return Either.left(invalid(List.of(Violation.of(ViolationCode.REQUIRED, "reason", "a reason is required"))));
    }
    return write(op, () -> {
      Seq<CustomerId> done = List.empty();
      Seq<NotDone> notDone = List.empty();
      for (CustomerId c : customers.distinct()) {
        if (!this.customers.containsKey(c)) {
          notDone = notDone.append(new NotDone(c, trace("customer.unknown", "not a customer of the partner")));
        } else {
          if (suspend) {
            suspended.add(c);
          } else {
            suspended.remove(c);
          }
          done = done.append(c);
        }
      }
      return Either.right(new BatchOutcome(done, notDone));
    }, "read the customers' state before trying again");
  }

  // ---------------------------------------------------------------- BudgetPort

  @Override
  public Either<GatewayFailure, Budget> budget(CustomerId customer) {
    return call(Operation.BUDGET, () -> customers.containsKey(customer)
        ? Either.right(new Budget(customer, budgets.getOrDefault(customer, Money.zero(currency)),
            billsOf(customer, YearMonth.now(clock)).foldLeft(Money.zero(currency), (sum, l) -> sum.plus(l.amount()))))
        : Either.left(notFound("customer " + customer)));
  }

  @Override
  public Either<GatewayFailure, Done> setMonthlyBudget(CustomerId customer, Money amount) {
    Seq<Violation> v = amount.checkPositiveIn(currency);
    if (!v.isEmpty()) {
      return Either.left(invalid(v));
    }
    return write(Operation.SET_BUDGET, () -> {
      if (!customers.containsKey(customer)) {
        return Either.left(notFound("customer " + customer));
      }
      budgets.put(customer, amount);
      return Either.right(Done.DONE);
    }, "read the budget before setting it again");
  }

  // ---------------------------------------------------------------- plumbing

  /** A read: a queued fault fails it; otherwise it runs under the lock. */
  private <T> Either<GatewayFailure, T> call(Operation op, Supplier<Either<GatewayFailure, T>> body) {
    Option<Fault> fault = faults.take(op);
    vendorCalls.incrementAndGet();
    if (fault.isDefined() && fault.get() != Fault.ASSOCIATION_PENDING) {
      return Either.left(failureFor(fault.get(), "retry"));
    }
    synchronized (this) {
      return body.get();
    }
  }

  /** A write: OUTCOME_UNKNOWN applies it and then loses the answer; ASSOCIATION_PENDING marks a Huawei create. */
  private <T> Either<GatewayFailure, T> write(Operation op, Supplier<Either<GatewayFailure, T>> body, String howToReconcile) {
    Option<Fault> fault = faults.take(op);
    vendorCalls.incrementAndGet();
    if (fault.contains(Fault.RATE_LIMITED) || fault.contains(Fault.UNAVAILABLE)) {
      return Either.left(failureFor(fault.get(), howToReconcile));
    }
    synchronized (this) {
      Either<GatewayFailure, T> result = body.get();
      if (fault.contains(Fault.ASSOCIATION_PENDING) && result.isRight() && result.get() instanceof CustomerCreated created
          && created.provenance() == CustomerCreated.Provenance.CREATED && vendor == Vendor.HUAWEI) {
        markPending(created.id());
        CustomerCreated pending = new CustomerCreated(created.id(), created.accountName(), Customer.Association.PENDING, created.provenance());
        replaceReplay(created, pending);
        @SuppressWarnings("unchecked")
        T t = (T) pending;
        return Either.right(t);
      }
      if (fault.contains(Fault.OUTCOME_UNKNOWN) && result.isRight()) {
        return Either.left(failureFor(Fault.OUTCOME_UNKNOWN, howToReconcile));
      }
      return result;
    }
  }

  private void markPending(CustomerId id) {
    StoredCustomer s = customers.get(id);
    Customer c = s.customer();
    customers.put(id, new StoredCustomer(new Customer(c.id(), c.vendor(), c.accountName(), c.name(), c.email(), c.phone(),
        Customer.Association.PENDING, c.createdAt()), s.registration()));
  }

  private void replaceReplay(CustomerCreated before, CustomerCreated after) {
    replays.replaceAll((k, r) -> r.result().equals(before) ? new Replay(r.registration(), after) : r);
  }

  private <T> Paged<T> page(Operation op, Supplier<Seq<T>> all) {
    return pageNumber -> call(op, () -> {
      Seq<T> items = all.get();
      Seq<T> page = items.drop((pageNumber - 1) * PAGE_SIZE).take(PAGE_SIZE);
      return Either.right(new Page<>(page, items.size() > pageNumber * PAGE_SIZE));
    });
  }

  private GatewayFailure failureFor(Fault fault, String howToReconcile) {
    return switch (fault) {
      case RATE_LIMITED -> new GatewayFailure.RateLimited(Option.some(Duration.ofSeconds(1)), trace("fault.rate_limited", "injected: rate limited"));
      case UNAVAILABLE -> new GatewayFailure.Unavailable(trace("fault.unavailable", "injected: unavailable"));
      case OUTCOME_UNKNOWN -> new GatewayFailure.OutcomeUnknown(howToReconcile, trace("fault.outcome_unknown", "injected: the answer was lost after the write"));
      case ASSOCIATION_PENDING -> new GatewayFailure.Unavailable(trace("fault.association_pending", "injected"));
    };
  }

  private static VendorTrace trace(String code, String message) {
    return VendorTrace.local(SOURCE, code, message);
  }

  private static GatewayFailure invalid(Seq<Violation> violations) {
    return new GatewayFailure.InvalidRequest(violations, trace("invalid_request", "refused before sending"));
  }

  private static GatewayFailure notFound(String what) {
    return new GatewayFailure.NotFound(what, trace("not_found", what + " does not exist"));
  }

  private static <T> Either<GatewayFailure, T> rejected(RejectionCode code, String message) {
    return Either.left(new GatewayFailure.Rejected(Rejection.of(code, message), trace(code.code(), message)));
  }

  /** Seeded data kept as given. */
  static final class Seeded {
    private Seeded() {}

    record Bill(CustomerId customer, BillLine line) {}
  }

  /**
   * The countries the fake answers with by default: every ISO 3166 region that has telephone numbering, less those
   * whose calling code Tencent refuses when the vendor is Tencent; only mainland China for Huawei Cloud China.
   */
  static Seq<CountryCallingCode> defaultCountries(Vendor vendor, Option<HuaweiSite> site) {
    return List.of(java.util.Locale.getISOCountries())
        .flatMap(r -> Area.parse(r).toOption())
        .filter(a -> vendor != Vendor.TENCENT || !TencentRules.BANNED_CALLING_CODES.contains(a.callingCode().value()))
        .filter(a -> !site.contains(HuaweiSite.CHINA) || a.code().equals("CN"))
        .map(a -> new CountryCallingCode(a, a.callingCode(), new java.util.Locale("", a.code()).getDisplayCountry(java.util.Locale.ENGLISH)))
        .sortBy(c -> c.area().code());
  }

  static Set<Class<? extends Capability>> defaultCapabilities(Vendor vendor, Option<HuaweiSite> site) {
    if (vendor == Vendor.TENCENT) {
      return HashSet.of(CreditPort.class, BillingPort.class, VoucherPort.class, ResellerHierarchyPort.class,
          SpendingControlPort.class);
    }
    return site.contains(HuaweiSite.CHINA)
        ? HashSet.of(CreditPort.class, BillingPort.class, VoucherPort.class, ResellerHierarchyPort.class)
        : HashSet.of(SpendingControlPort.class, BudgetPort.class);
  }
}
