package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.adapter.huawei.api.CustomerInformation;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequestBuilder;
import dev.partnerkit.adapter.huawei.api.SendVerificationMessageCodeRequest;
import dev.partnerkit.adapter.huawei.api.SendVerificationMessageCodeRequestBuilder;
import dev.partnerkit.adapter.support.GatewayBuilder;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.support.VendorGateway;
import dev.partnerkit.domain.Area;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VendorTrace;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.BudgetPort;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.SpendingControlPort;
import dev.partnerkit.ports.VoucherPort;

/**
 * partnerkit's {@link PartnerAccountGateway} on Huawei Cloud partner BSS, China ({@code bss}) or International
 * ({@code bssintl}), chosen by the {@link HuaweiConfig}'s site. Build it with {@link #builder(HuaweiConfig)}.
 * Thread-safe; close it to release its connections.
 *
 * <p>Huawei's rules for the site are checked before anything is sent. CreateSubCustomer runs at most once per
 * idempotency key: Huawei's {@code CBC.99000050} (HTTP 500 after the account was made, association with the partner
 * pending) is a created account with {@code Association.PENDING} and its ids; a lost answer is reconciled through
 * ListSubCustomers by {@code xaccount_id} before anything is created again.
 *
 * <p>What Huawei does not have is reported as such, not faked: it has no industry catalog (an empty catalog), no
 * country list of its own (China: +86 only; International: every area libphonenumber knows), and no second-level
 * reseller applications (none pending; deciding one is not found). Capability ports follow the site: China has
 * {@link CreditPort} (funds), {@link BillingPort}, {@link VoucherPort} (coupons) and {@link ResellerHierarchyPort};
 * International has {@link SpendingControlPort} (freeze) and {@link BudgetPort}.
 */
public final class HuaweiPartnerGateway extends VendorGateway<BssClient> {

  private final HuaweiSite site;
  private final Reseller partner;

  HuaweiPartnerGateway(HuaweiGatewayBuilder b, GatewayBuilder.Settings<HuaweiConfig> settings) {
    this(b, settings, new BssClient(settings.config(), new BssCaller(settings.config()), settings.pipeline()));
  }

  private HuaweiPartnerGateway(HuaweiGatewayBuilder b, GatewayBuilder.Settings<HuaweiConfig> s, BssClient client) {
    super(client, s, capabilitiesOf(s.config().site(), client, s));
    this.site = s.config().site();
    this.partner = b.partner;
  }

  /** A builder; give it a {@code config} and a {@code journal}. */
  public static HuaweiGatewayBuilder builder() {
    return new HuaweiGatewayBuilder();
  }

  /** A builder for a gateway on {@code config}: the same as {@code builder().config(config)}. */
  public static HuaweiGatewayBuilder builder(HuaweiConfig config) {
    return builder().config(config);
  }

  @Override
  public Either<GatewayFailure, Reseller> partner() {
    return Either.right(partner);
  }

  /** The journal operation of verification codes sent. */
  static final String SEND_VERIFICATION_MESSAGE_CODE = "huawei.SendVerificationMessageCode";

  /**
   * Sends a code at most once per key, through the write journal. Huawei keeps no record of the codes it sent: after
   * a lost answer the key stays unresolved and is never sent again blindly.
   */
  @Override
  public Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target, IdempotencyKey key) {
    SendVerificationMessageCodeRequestBuilder request = SendVerificationMessageCodeRequest.builder();
    if (site == HuaweiSite.CHINA) {
      if (!(target instanceof VerificationTarget.Phone phone) || phone.callingCode().value() != 86) {
        return Either.left(invalid(Violation.of(ViolationCode.NOT_ALLOWED, HuaweiRegistration.MOBILE,
            "Huawei Cloud China sends verification codes by SMS to mainland China mobiles (+86) only")));
      }
      request.receiverType(1).mobilePhone(phone.number().digits());
    } else {
      if (!(target instanceof VerificationTarget.Mail mail)) {
        return Either.left(invalid(Violation.of(ViolationCode.NOT_ALLOWED, HuaweiRegistration.MOBILE,
            "Huawei Cloud International sends verification codes by email only")));
      }
      request.receiverType(2).email(mail.address().value());
    }
    String to = target instanceof VerificationTarget.Phone phone ? phone.number().digits()
        : ((VerificationTarget.Mail) target).address().value();
    return sendCodeOnce(key, SEND_VERIFICATION_MESSAGE_CODE, site + " " + to,
        () -> client().sendVerificationMessageCode(request.build()).mapLeft(HuaweiFailures::toGateway));
  }

  @Override
  public Either<GatewayFailure, CustomerCreated> createCustomer(CustomerRegistration registration, IdempotencyKey key) {
    if (!(registration instanceof HuaweiRegistration huawei) || huawei.site() != site) {
      return Either.left(invalid(Violation.of(ViolationCode.VENDOR_MISMATCH, "registration",
          "is not a Huawei Cloud " + site + " registration; this gateway speaks to Huawei Cloud " + site)));
    }
    return createOnce(key, huawei, () -> createSubCustomer(huawei), () -> findByPlatformUser(huawei))
        .map(this::withCurrentAssociation);
  }

  /** A replayed result whose association was pending says whether Huawei has bound the customer since. */
  private CustomerCreated withCurrentAssociation(CustomerCreated result) {
    if (result.association() != Customer.Association.PENDING || result.provenance() != CustomerCreated.Provenance.REPLAYED) {
      return result;
    }
    return findCustomer(result.id()).toOption().flatMap(found -> found)
        .map(found -> new CustomerCreated(result.id(), result.accountName(), Customer.Association.BOUND, result.provenance()))
        .getOrElse(result);
  }

  private Either<GatewayFailure, CustomerCreated> createSubCustomer(HuaweiRegistration r) {
    CreateSubCustomerRequest request = CreateSubCustomerRequest.builder()
        .xaccountId(r.xaccountId())
        .xaccountType(r.xaccountType())
        .domainName(r.accountName().map(Object::toString).getOrNull())
        .mobilePhone(r.mobile().map(p -> p.digits()).getOrNull())
        .email(r.mail().map(m -> m.value()).getOrNull())
        .domainArea(r.area().map(Area::code).getOrNull())
        .verificationCode(r.verificationCode().map(c -> c.secret()).getOrNull())
        .password(r.password().getOrNull())
        .isCloseMarketMs(r.closeMarketingMessages() ? "true" : null)
        .cooperationType(r.consultingSale() ? "1" : null)
        .indirectPartnerId(r.indirectResellerId().getOrNull())
        // seed 003 l.22: only with include_association_result=true does the answer say whether the customer is
        // associated with the partner; so a 200 means bound, and CBC.99000050 means created but not yet bound
        .includeAssociationResult(true)
        .build();
    Either<HuaweiCallFailure, CustomerCreated> created = client().createSubCustomer(request)
        .map(ok -> new CustomerCreated(CustomerId.of(ok.domainId()), Option.of(ok.domainName()),
            Customer.Association.BOUND, CustomerCreated.Provenance.CREATED));
    if (created.isLeft() && created.getLeft().isAssociationPending() && created.getLeft().createdCustomer().isDefined()) {
      HuaweiCallFailure.CreatedCustomer made = created.getLeft().createdCustomer().get();
      return Either.right(new CustomerCreated(CustomerId.of(made.domainId()), Option.of(made.domainName()),
          Customer.Association.PENDING, CustomerCreated.Provenance.CREATED));
    }
    return created.mapLeft(HuaweiFailures::toGateway);
  }

  /**
   * Reconciliation: the associated customer with the registration's {@code xaccount_id}, if any. With an account
   * name the search is one call; without one, the partner's customers are scanned page by page.
   */
  private Either<GatewayFailure, Option<CustomerCreated>> findByPlatformUser(HuaweiRegistration r) {
    ListSubCustomersRequestBuilder query = ListSubCustomersRequest.builder();
    r.accountName().forEach(n -> query.accountName(n.value()));
    return PageWalker.find(client().listSubCustomersPages(query.build(), pageSize()),
            c -> r.xaccountId().equals(c.xaccountId()) && r.xaccountType().equals(c.xaccountType()))
        .map(found -> found.map(c -> new CustomerCreated(CustomerId.of(c.customerId()), Option.of(c.accountName()),
            Customer.Association.BOUND, CustomerCreated.Provenance.RECONCILED)));
  }

  @Override
  public Either<GatewayFailure, Option<Customer>> findCustomer(CustomerId id) {
    return client()
        .listSubCustomers(ListSubCustomersRequest.builder().customerId(id.value()).offset(0).limit(1).build())
        .mapLeft(HuaweiFailures::toGateway)
        .map(r -> List.ofAll(Option.of(r.customerInfos()).getOrElse(java.util.List.of()))
            .find(c -> id.value().equals(c.customerId())).map(HuaweiPartnerGateway::customer));
  }

  @Override
  public Paged<Customer> customers() {
    return client().listSubCustomersPages(ListSubCustomersRequest.builder().build(), pageSize())
        .map(HuaweiPartnerGateway::customer);
  }

  private static Customer customer(CustomerInformation c) {
    return new Customer(CustomerId.of(c.customerId()), Vendor.HUAWEI, present(c.accountName()), present(c.customer()),
        present(c.email()), present(c.telephone()), Customer.Association.BOUND, time(c.associatedOn()));
  }

  @Override
  public Either<GatewayFailure, TradeCatalog> tradeCategories() {
    return Either.right(TradeCatalog.of(List.empty()));
  }

  @Override
  public Either<GatewayFailure, Seq<CountryCallingCode>> countryCodes() {
    if (site == HuaweiSite.CHINA) {
      Area cn = Area.parse("CN").get();
      return Either.right(List.of(new CountryCallingCode(cn, cn.callingCode(), "China")));
    }
    return Either.right(List.of(Locale.getISOCountries())
        .flatMap(code -> Area.parse(code).toOption())
        .map(a -> new CountryCallingCode(a, a.callingCode(), new Locale("", a.code()).getDisplayCountry(Locale.ENGLISH))));
  }

  @Override
  public Paged<SubAgentApplication.Pending> pendingApplications() {
    return PageWalker.none();
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Approved> approve(ResellerId applicant) {
    return Either.left(noApplications(applicant));
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Rejected> reject(ResellerId applicant, Option<RejectionReason> reason) {
    return Either.left(noApplications(applicant));
  }

  private static GatewayFailure noApplications(ResellerId applicant) {
    return new GatewayFailure.NotFound("application of " + applicant, VendorTrace.local(HuaweiCallFailure.SOURCE,
        "applications.none", "Huawei's partner API has no second-level reseller applications to decide"));
  }

  /**
   * What each site has: China moves funds, bills, issues coupons and has cloud resellers; International freezes
   * customers and sets their budgets.
   */
  private static Map<Class<? extends Capability>, Capability> capabilitiesOf(HuaweiSite site, BssClient client,
      GatewayBuilder.Settings<HuaweiConfig> s) {
    if (site == HuaweiSite.CHINA) {
      HuaweiTransfers transfers = new HuaweiTransfers(client, s.pageSize(), s.writes());
      HuaweiFunds funds = new HuaweiFunds(client, "CNY", transfers);
      return Map.of(
          CreditPort.class, funds,
          BillingPort.class, new HuaweiBills(client, s.pageSize(), "CNY"),
          VoucherPort.class, new HuaweiCoupons(client, s.pageSize(), "CNY"),
          ResellerHierarchyPort.class,
          new HuaweiResellers(client, s.pageSize(), funds, HuaweiPartnerGateway::customer, transfers));
    }
    return Map.of(
        SpendingControlPort.class, new HuaweiFreezes(client),
        BudgetPort.class, new HuaweiBudgets(client, "USD"));
  }

  @Override
  public void close() {
    client().close();
  }

  private static GatewayFailure invalid(Violation violation) {
    return new GatewayFailure.InvalidRequest(List.of(violation),
        VendorTrace.local(HuaweiCallFailure.SOURCE, "invalid_request", "refused before sending"));
  }

  private static Option<String> present(String s) {
    return Option.of(s).filter(v -> !v.isBlank());
  }

  /** Huawei reports times in UTC as {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
  private static Option<Instant> time(String wire) {
    return Option.of(wire).flatMap(w -> Try.of(() -> Instant.parse(w)).orElse(Try.of(() -> OffsetDateTime.parse(w).toInstant())).toOption());
  }

}
