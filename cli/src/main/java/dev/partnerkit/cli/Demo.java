package dev.partnerkit.cli;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.BudgetPort;
import dev.partnerkit.ports.SpendingControlPort;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.tencent.TencentSandbox;
import java.time.Duration;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.PrintWriter;

/**
 * The demo behind {@code partnerkit demo}: a reseller's day, told step by step against the in-memory vendor. Each
 * step checks what it shows; the run succeeds only if every step behaved as partnerkit promises.
 */
final class Demo {

  private final PrintWriter out;
  private boolean allAsPromised = true;

  Demo(PrintWriter out) {
    this.out = out;
  }

  boolean run() {
    out.println("partnerkit demo: onboarding customers and deciding reseller applications");
    out.println("(partnerkit's real Tencent and Huawei adapters over HTTP against the embedded sandbox, on loopback:");
    out.println(" signed requests, the vendors' envelopes, error codes and rate limits. Nothing leaves this machine.)");
    tencent();
    huawei();
    out.println();
    out.println(allAsPromised ? "Every step behaved as promised." : "SOME STEPS DID NOT BEHAVE AS PROMISED (see above).");
    out.flush();
    return allAsPromised;
  }

  private void tencent() {
    DemoClock clock = new DemoClock();
    try (Sandbox sandbox = Sandbox.builder().clock(clock).build();
        TencentPartnerGateway tencent = TencentPartnerGateway.builder(TencentConfig.builder()
                .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true)
                .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
                .clock(clock).build()).journal(WriteJournal.inMemory())
            .build()) {
      TencentSandbox vendor = sandbox.tencent();
      heading("Tencent Cloud, over HTTP: partnerkit's Tencent adapter against the embedded sandbox at "
          + sandbox.tencentEndpoint());
      out.println("   partner: " + tencent.partner().map(p -> p.name() + " (" + p.role() + ")").getOrElse("?"));
      tencentSteps(tencent, vendor, clock);
    }
  }

  private void tencentSteps(TencentPartnerGateway tencent, TencentSandbox vendor, DemoClock clock) {
    step("1. A registration with mistakes is refused with every violation at once; nothing is sent");
    TencentRegistrationForm bad = TencentRegistrationForm.builder()
        .accountType("business").mail("account@qq").password("ABCabc123").confirmPassword("ABCabc12")
        .phoneNumber("1888888888x").callingCode("86").area("HK").verificationCode("36492")
        .tradeCategory("kghy_01", "").customerName("12345").build();
    long requestsBefore = vendor.requestCount();
    Validation<Seq<Violation>, TencentRegistration> refused = TencentRegistration.validate(bad);
    refused.swap().forEach(vs -> vs.forEach(v -> out.println("     - " + v)));
    expect(refused.isInvalid() && refused.getError().size() >= 8 && vendor.requestCount() == requestsBefore,
        refused.isInvalid() ? refused.getError().size() + " violations, 0 requests to the vendor" : "it was accepted");

    step("2. Onboarding a batch: SMS code, validation against the vendor's industry catalog, CreateAccount");
    TencentRegistration firstRegistration = null;
    for (int n = 1; n <= 4; n++) {
      TencentRegistration registration = tencentRegistration(tencent, vendor, clock, n, "9100000" + n);
      firstRegistration = n == 1 ? registration : firstRegistration;
      report("customer " + n, tencent.createCustomer(registration, IdempotencyKey.of("demo-tencent-" + n)));
    }

    step("3. The same registration with the same idempotency key (a retry): the first result, nothing created");
    int accounts = vendor.accountCount();
    Either<GatewayFailure, CustomerCreated> replay = tencent.createCustomer(firstRegistration, IdempotencyKey.of("demo-tencent-1"));
    report("customer 1 again", replay);
    Either<GatewayFailure, CustomerCreated> reused = tencent.createCustomer(
        tencentRegistration(tencent, vendor, clock, 9, "91000009"), IdempotencyKey.of("demo-tencent-1"));
    report("another customer under the same key", reused);
    expect(replay.isRight() && replay.get().provenance() == CustomerCreated.Provenance.REPLAYED
            && reused.isLeft() && reused.getLeft() instanceof GatewayFailure.Conflict && vendor.accountCount() == accounts,
        "still " + accounts + " accounts at the vendor; a key names one customer only");

    step("4. Tencent creates the account but the connection drops before the answer: the adapter reconciles");
    vendor.faults().dropConnectionAfterWrite("CreateAccount", 1);
    Either<GatewayFailure, CustomerCreated> lost =
        tencent.createCustomer(tencentRegistration(tencent, vendor, clock, 5, "91000005"), IdempotencyKey.of("demo-tencent-5"));
    report("create customer 5 (answer lost)", lost);
    expect(lost.isRight() && lost.get().provenance() == CustomerCreated.Provenance.RECONCILED
            && vendor.accountCount() == accounts + 1,
        "found by email, one account, its id known: " + lost.map(c -> c.id().value()).getOrElse("?"));

    step("5. At most 5 accounts per phone number: the sixth is refused");
    for (int n = 10; n <= 14; n++) {
      report("account " + (n - 9) + " on +852 92000000", tencent.createCustomer(
          tencentRegistration(tencent, vendor, clock, n, "92000000"), IdempotencyKey.of("demo-phone-" + n)));
    }
    Either<GatewayFailure, ?> sixth = tencent.sendVerificationCode(
        VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse("92000000").get()));
    report("verification code for a sixth account on +852 92000000", sixth);
    expect(sixth.isLeft() && sixth.getLeft() instanceof GatewayFailure.Rejected, "Tencent refused the sixth before it could start");

    step("6. A banned calling code (+86, +7, +380 at Tencent) is refused before any request");
    requestsBefore = vendor.requestCount();
    Either<GatewayFailure, ?> banned = tencent.sendVerificationCode(
        VerificationTarget.phone(CallingCode.parse("86").get(), PhoneNumber.parse("13800138000").get()));
    report("verification code to +86 13800138000", banned);
    expect(banned.isLeft() && vendor.requestCount() == requestsBefore, "0 requests to the vendor");

    step("7. A throttled burst: the vendor answers RequestLimitExceeded twice, the adapter backs off and retries");
    long servedBefore = vendor.requestCount("GetCountryCodes");
    long limitedBefore = vendor.throttledCount("GetCountryCodes");
    vendor.faults().throttle("GetCountryCodes", 2);
    Either<GatewayFailure, Seq<CountryCallingCode>> countries = tencent.countryCodes();
    report("country codes", countries.map(c -> c.size() + " countries"));
    long served = vendor.requestCount("GetCountryCodes") - servedBefore;
    long throttled = 2 - vendor.faults().pending("GetCountryCodes")
        + vendor.throttledCount("GetCountryCodes") - limitedBefore;
    out.println("     the sandbox's counts: " + (served + throttled) + " GetCountryCodes requests for this one call, "
        + throttled + " answered RequestLimitExceeded, " + served + " served; the adapter retried "
        + (served + throttled - 1) + " times");
    expect(countries.isRight() && throttled >= 2 && served == 1,
        "both throttled answers absorbed by the adapter's retries; the caller got the list");

    step("8. Second-level reseller applications: approve one, reject one with its reason and one without (the reason "
        + "is optional), never twice");
    ResellerId northwind = ResellerId.of(Long.toString(vendor.seedSubAgentApplication("Northwind Cloud", "ops@northwind.example", "")));
    ResellerId contoso = ResellerId.of(Long.toString(vendor.seedSubAgentApplication("Contoso Hosting", "hello@contoso.example", "")));
    ResellerId fabrikam = ResellerId.of(Long.toString(vendor.seedSubAgentApplication("Fabrikam Cloud", "it@fabrikam.example", "")));
    out.println("     pending: " + tencent.pendingApplications().stream().map(p -> p.applicant().name()).toList());
    report("approve Northwind Cloud", tencent.approve(northwind));
    report("reject Contoso Hosting", tencent.reject(contoso, io.vavr.control.Option.some(RejectionReason.parse("Business licence missing").get())));
    report("reject Fabrikam Cloud, giving no reason", tencent.reject(fabrikam, io.vavr.control.Option.none()));
    Either<GatewayFailure, ?> twice = tencent.approve(contoso);
    report("approve Contoso Hosting after its rejection", twice);
    expect(twice.isLeft() && tencent.pendingApplications().toList().get().isEmpty(), "decided once each, nothing pending");

    step("9. Credit: move 250.00 USD of the partner's credit to a customer, and try to move more than is left");
    CreditPort credit = tencent.capability(CreditPort.class).get();
    Customer customer = tencent.customers().stream().findFirst().get();
    report("allocate 250.00 USD to " + customer.id(), credit.allocateCredit(customer.id(), Money.of("250.00", "USD"), IdempotencyKey.of("demo-credit-1")));
    report("allocate 9999999.00 USD", credit.allocateCredit(customer.id(), Money.of("9999999.00", "USD"), IdempotencyKey.of("demo-credit-2")));
    out.println("     partner credit now: " + credit.partnerCredit().map(c -> "remaining " + c.remaining() + " of " + c.total()).getOrElse("?"));
    expect(credit.customerCredit(customer.id()).map(c -> c.credit().equals(Money.of("250.00", "USD"))).getOrElse(false),
        "the customer holds 250.00 USD");

    out.println();
    out.println("   Tencent customers now (" + tencent.customers().forEach(c -> {}).get() + "), "
        + vendor.requestCount() + " signed requests served by the sandbox:");
    tencent.customers().stream().forEach(c -> out.println("     " + c.id() + "  " + c.name().getOrElse("-") + "  " + c.email().getOrElse("-")));
  }

  private void huawei() {
    try (Sandbox sandbox = Sandbox.builder().build();
        HuaweiPartnerGateway china = huaweiGateway(sandbox, dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA);
        HuaweiPartnerGateway international = huaweiGateway(sandbox, dev.partnerkit.sandbox.huawei.HuaweiSite.INTERNATIONAL)) {
      heading("Huawei Cloud, over HTTP: partnerkit's Huawei adapter against the embedded sandbox (China at "
          + sandbox.huaweiEndpoint(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA) + ", International at " + sandbox.huaweiEndpoint(dev.partnerkit.sandbox.huawei.HuaweiSite.INTERNATIONAL) + ")");
      huaweiChina(china, sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA));
      huaweiInternational(international, sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.INTERNATIONAL));
    }
  }

  private static HuaweiPartnerGateway huaweiGateway(Sandbox sandbox, dev.partnerkit.sandbox.huawei.HuaweiSite site) {
    return HuaweiPartnerGateway.builder(HuaweiConfig.builder(HuaweiSite.valueOf(site.name()))
            .endpoint(sandbox.huaweiEndpoint(site)).allowInsecureHttp(true).environment(java.util.Map.of())
            .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
                .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
            .build()).journal(WriteJournal.inMemory())
        .build();
  }

  private void huaweiChina(HuaweiPartnerGateway huawei, HuaweiSandbox vendor) {
    step("10. Huawei's rules: platform ids, password against the account name, mainland China mobile");
    long requestsBefore = vendor.requestCount();
    Validation<Seq<Violation>, HuaweiRegistration> refused = HuaweiRegistration.validate(
        HuaweiRegistrationForm.builder().accountName("acme_ops").password("spo_emca").mobile("85291234567").build(), HuaweiSite.CHINA);
    refused.swap().forEach(vs -> vs.forEach(v -> out.println("     - " + v)));
    expect(refused.isInvalid() && refused.getError().size() >= 4 && vendor.requestCount() == requestsBefore,
        refused.isInvalid() ? refused.getError().size() + " violations, 0 requests to the vendor" : "accepted");

    step("11. China: the account is created but its association with the partner lags (CBC.99000050)");
    vendor.faults().injectOnce(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.associationLag());
    HuaweiRegistration registration = huaweiRegistration(huawei, vendor, "crm-user-4711", "acme_ops", "13800138000");
    Either<GatewayFailure, CustomerCreated> pending = huawei.createCustomer(registration, IdempotencyKey.of("demo-huawei-1"));
    report("create acme_ops (HTTP 500 CBC.99000050 with the ids)", pending);
    long listed = huawei.customers().forEach(c -> {}).get();
    vendor.completeAssociations();
    long listedAfter = huawei.customers().forEach(c -> {}).get();
    out.println("     listed before the association completes: " + listed + ", after: " + listedAfter);
    Either<GatewayFailure, CustomerCreated> again = huawei.createCustomer(registration, IdempotencyKey.of("demo-huawei-1"));
    report("create acme_ops again, same key", again);
    expect(pending.isRight() && pending.get().association() == Customer.Association.PENDING && listedAfter == listed + 1
            && again.isRight() && again.get().id().equals(pending.get().id())
            && again.get().association() == Customer.Association.BOUND,
        "one account, known by its id from the first answer, bound once Huawei caught up");

    step("12. China: the connection drops after Huawei created the account; the adapter finds it by xaccount_id");
    vendor.faults().injectOnce(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.dropConnectionAfterWrite());
    Either<GatewayFailure, CustomerCreated> lost = huawei.createCustomer(
        huaweiRegistration(huawei, vendor, "crm-user-4712", "globex_it", "13900139000"), IdempotencyKey.of("demo-huawei-2"));
    report("create globex_it (answer lost)", lost);
    expect(lost.isRight() && lost.get().provenance() == CustomerCreated.Provenance.RECONCILED
            && vendor.requestCount(HuaweiOperation.CREATE_SUB_CUSTOMER) == 2,
        "reconciled; CreateSubCustomer was sent once for it");
  }

  private void huaweiInternational(HuaweiPartnerGateway huawei, HuaweiSandbox vendor) {
    step("13. International: freeze a batch (one id is not the partner's), then set a monthly budget");
    VerificationTarget mail = VerificationTarget.mail(dev.partnerkit.domain.Email.parse("it@initech.example").get());
    huawei.sendVerificationCode(mail).get();
    HuaweiRegistration registration = HuaweiRegistration.validate(HuaweiRegistrationForm.builder()
        .xaccountId("crm-user-5001").xaccountType("partnerkit_IDP").accountName("initech_it").password("Initech-2026")
        .mail("it@initech.example").area("MX").verificationCode(vendor.lastVerificationCode("it@initech.example").orElseThrow())
        .build(), HuaweiSite.INTERNATIONAL).get();
    CustomerCreated initech = huawei.createCustomer(registration, IdempotencyKey.of("demo-huawei-3")).get();
    report("create initech_it", Either.right(initech));
    SpendingControlPort control = huawei.capability(SpendingControlPort.class).get();
    var frozen = control.suspend(io.vavr.collection.List.of(initech.id(), CustomerId.of("ffffffffffffffffffffffffffffffff")), "invoice overdue");
    report("freeze initech_it and a stranger", frozen.map(o -> "frozen " + o.done().size() + ", not frozen "
        + o.notDone().map(n -> n.customer() + " (" + n.trace().code() + ")").mkString(", ")));
    BudgetPort budgets = huawei.capability(BudgetPort.class).get();
    report("set a monthly budget of 500 USD", budgets.setMonthlyBudget(initech.id(), Money.of("500", "USD")));
    Either<GatewayFailure, BudgetPort.Budget> budget = budgets.budget(initech.id());
    report("read the budget", budget.map(b -> b.amount() + ", used " + b.used()));
    expect(frozen.isRight() && frozen.get().done().size() == 1 && frozen.get().notDone().size() == 1
            && budget.isRight() && budget.get().amount().equals(Money.of("500", "USD")),
        "the batch said who was frozen and who was not; the budget set is the budget read");
  }

  private HuaweiRegistration huaweiRegistration(HuaweiPartnerGateway huawei, HuaweiSandbox vendor, String user, String name, String mobile) {
    huawei.sendVerificationCode(VerificationTarget.phone(CallingCode.parse("86").get(), PhoneNumber.parse(mobile).get())).get();
    return HuaweiRegistration.validate(HuaweiRegistrationForm.builder()
        .xaccountId(user).xaccountType("partnerkit_IDP").accountName(name).password("Welcome-2026")
        .mobile(mobile).verificationCode(vendor.lastVerificationCode(mobile).orElseThrow()).build(), HuaweiSite.CHINA).get();
  }

  private TencentRegistration tencentRegistration(TencentPartnerGateway gateway, TencentSandbox vendor, DemoClock clock,
      int n, String phone) {
    VerificationTarget to = VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(phone).get());
    gateway.sendVerificationCode(to).get();
    String code = vendor.lastVerificationCode("852", phone).orElseThrow();   // what the SMS carried
    clock.skip(Duration.ofSeconds(61));                                       // Tencent: one code a minute per phone
    TencentRegistrationForm form = TencentRegistrationForm.builder()
        .accountType(n % 2 == 0 ? "company" : "personal").mail("customer" + n + "@example.com")
        .password("Welcome!2026").confirmPassword("Welcome!2026").phoneNumber(phone).callingCode("852").area("HK")
        .verificationCode(code).tradeCategory("kghy_01", "kghy_0101")
        .customerName(n % 2 == 0 ? "Example Trading " + n + " Ltd" : "Customer Number " + n).build();
    return TencentRegistration.validate(form, gateway.tradeCategories().get()).get();
  }

  private void heading(String text) {
    out.println();
    out.println("== " + text);
  }

  private void step(String text) {
    out.println();
    out.println(" " + text);
  }

  private void report(String what, Either<GatewayFailure, ?> result) {
    out.println("     " + what + ": " + result.fold(f -> "FAILED " + f.kind() + " - " + f.message(), Demo::describe));
  }

  private static String describe(Object value) {
    if (value instanceof CustomerCreated c) {
      return c.provenance() + " " + c.id() + c.accountName().map(n -> " (" + n + ")").getOrElse("") + ", association " + c.association();
    }
    if (value instanceof SubAgentApplication.Rejected r) {
      return r.reason().map(why -> "rejected, reason: " + why.text()).getOrElse("rejected, no reason given");
    }
    if (value instanceof SubAgentApplication.Approved) {
      return "approved";
    }
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof CreditPort.CreditAllocation a) {
      return "done, customer credit now " + a.customerCreditAfter();
    }
    return "ok";
  }

  private void expect(boolean held, String what) {
    out.println("   " + (held ? "=> as promised: " : "=> NOT AS PROMISED: ") + what);
    allAsPromised &= held;
  }
}
