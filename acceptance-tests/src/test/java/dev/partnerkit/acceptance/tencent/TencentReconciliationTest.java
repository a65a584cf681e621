package dev.partnerkit.acceptance.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.support.IdempotentCreate;
import dev.partnerkit.adapter.support.JournalEntry;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciliation of creates through the Tencent adapter against the sandbox, for the holes found in issue 13: the
 * lookup used to read only page 1 of Tencent's substring {@code Email} filter, and a fresh key meeting an existing
 * account never said which account it was; and of decisions, which were kept in memory only (after a restart a
 * rejected application answered NOT_FOUND).
 */
class TencentReconciliationTest {

  private final Sandbox sandbox = Sandbox.builder().withoutRateLimits().build();
  private final WriteJournal journal = WriteJournal.inMemory();
  private final TencentPartnerGateway gateway = TencentPartnerGateway.builder(TencentConfig.builder()
          .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true)
          .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY))).build())
      .journal(journal).scaleRateLimits(40).build();
  private final Map<String, String> codes = new HashMap<>();

  @AfterEach
  void close() {
    gateway.close();
    sandbox.close();
  }

  @Test
  void a_create_of_unknown_outcome_is_found_past_the_first_page_of_customers_whose_mail_contains_its_mail() {
    TencentRegistration ann = registration("ann@acme.example", 0);
    String annUin = gateway.createCustomer(ann, IdempotencyKey.of("seed-ann")).get().id().value();
    IdempotencyKey lost = IdempotencyKey.of("k-ann");   // an attempt whose answer was lost, its account not found yet
    journal.claim(lost, IdempotentCreate.OPERATION, JournalEntry.fingerprint(ann.identity()), Instant.now());
    journal.unknown(lost, Instant.now());
    for (int n = 1; n <= 110; n++) {   // newer customers whose mail contains ann's: they fill page 1 of the filter
      gateway.createCustomer(registration("x" + n + "ann@acme.example", n), IdempotencyKey.of("newer-" + n)).get();
    }
    long creates = sandbox.tencent().requestCount("CreateAccount");

    CustomerCreated found = gateway.createCustomer(ann, lost).get();

    assertThat(found.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
    assertThat(found.id().value()).isEqualTo(annUin);
    assertThat(sandbox.tencent().requestCount("CreateAccount")).isEqualTo(creates);
    assertThat(gateway.createCustomer(ann, lost).get().provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
  }

  @Test
  void a_fresh_key_whose_create_meets_the_existing_account_names_its_id() {
    TencentRegistration bob = registration("bob@acme.example", 0);
    String bobUin = gateway.createCustomer(bob, IdempotencyKey.of("from-file-a-row-1")).get().id().value();

    GatewayFailure other = gateway.createCustomer(bob, IdempotencyKey.of("from-file-b-row-7")).getLeft();

    assertThat(other.message()).contains("exists already as account " + bobUin);
    assertThat(other.kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(sandbox.tencent().accountCount()).isEqualTo(1);
    assertThat(journal.entry(IdempotencyKey.of("from-file-b-row-7"))).isEmpty();
  }

  @Test
  void a_decision_whose_answer_is_lost_is_reconciled_and_a_rejection_survives_a_restart(@TempDir Path dir)
      throws Exception {
    long approvedOne = sandbox.tencent().seedSubAgentApplication("Reseller A", "a@reseller.example", "");
    long rejectedOne = sandbox.tencent().seedSubAgentApplication("Reseller B", "b@reseller.example", "");
    Path file = dir.resolve("decisions.journal");
    io.vavr.control.Option<RejectionReason> reason = io.vavr.control.Option.some(RejectionReason.parse("incomplete documents").get());
    try (FileWriteJournal onDisk = FileWriteJournal.open(file);
        TencentPartnerGateway before = gateway(onDisk)) {
      sandbox.tencent().faults().dropConnectionAfterWrite("ApproveSubAgentApply", 1);
      var approved = before.approve(ResellerId.of(Long.toString(approvedOne)));
      assertThat(approved.isRight() || approved.getLeft().kind() == FailureKind.OUTCOME_UNKNOWN).isTrue();
      before.reject(ResellerId.of(Long.toString(rejectedOne)), reason).get();
    }
    long decisions = sandbox.tencent().requestCount("ApproveSubAgentApply");
    try (FileWriteJournal onDisk = FileWriteJournal.open(file);
        TencentPartnerGateway after = gateway(onDisk)) {   // a restart: a new gateway on the same journal
      for (GatewayFailure again : java.util.List.of(
          after.reject(ResellerId.of(Long.toString(rejectedOne)), reason).getLeft(),
          after.approve(ResellerId.of(Long.toString(approvedOne))).getLeft())) {
        assertThat(again).isInstanceOf(GatewayFailure.Rejected.class);
        assertThat(((GatewayFailure.Rejected) again).rejection().code())
            .isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
      }
    }
    assertThat(sandbox.tencent().requestCount("ApproveSubAgentApply")).isEqualTo(decisions);
    assertThat(decisions).isEqualTo(2);
  }

  /**
   * When the lookup after a lost decision fails too, the key stays OUTCOME_UNKNOWN: the same decision asked again is
   * reconciled from Tencent and answered as the first (it used to be refused as already decided, leaving the key open
   * for ever); the other decision meanwhile is a conflict; once reconciled, any decision is already decided.
   */
  @Test
  void a_decision_of_unknown_outcome_asked_again_is_reconciled_and_the_other_decision_is_a_conflict() {
    ResellerId approvedOne = ResellerId.of(Long.toString(
        sandbox.tencent().seedSubAgentApplication("Reseller D", "d@reseller.example", "")));
    ResellerId rejectedOne = ResellerId.of(Long.toString(
        sandbox.tencent().seedSubAgentApplication("Reseller E", "e@reseller.example", "")));
    io.vavr.control.Option<RejectionReason> reason =
        io.vavr.control.Option.some(RejectionReason.parse("no reseller licence").get());
    int attempts = dev.partnerkit.adapter.support.RetryPolicy.defaults().maxAttempts();
    for (int i = 0; i < 2; i++) {   // each decision applied, its answer lost, and the lookup that follows fails
      sandbox.tencent().faults().dropConnectionAfterWrite("ApproveSubAgentApply", 1);
      // the lookup's second step fails, every attempt of it
      sandbox.tencent().faults().internalError("QuerySubAgentsDetailV2", attempts);
      var lost = i == 0 ? gateway.approve(approvedOne) : gateway.reject(rejectedOne, reason);
      assertThat(lost.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    }
    IdempotencyKey approvalKey = IdempotencyKey.of("decision:" + approvedOne.value());
    assertThat(journal.entry(approvalKey).get().state()).isEqualTo(JournalEntry.State.UNKNOWN);

    assertThat(gateway.reject(approvedOne, reason).getLeft().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(gateway.approve(rejectedOne).getLeft().kind()).isEqualTo(FailureKind.CONFLICT);
    var approved = gateway.approve(approvedOne);
    var rejected = gateway.reject(rejectedOne, reason);

    assertThat(approved.isRight()).as("approved again: %s", approved).isTrue();
    assertThat(rejected.isRight()).as("rejected again: %s", rejected).isTrue();
    assertThat(approved.get().applicant().id()).isEqualTo(approvedOne);
    assertThat(approved.get().applicant().name()).isEqualTo("Reseller D");
    assertThat(rejected.get().applicant().id()).isEqualTo(rejectedOne);
    assertThat(rejected.get().reason()).isEqualTo(reason);
    assertThat(journal.entry(approvalKey).get().state()).isEqualTo(JournalEntry.State.DONE);
    assertThat(journal.open("tencent.ApproveSubAgentApply")).isEmpty();
    for (GatewayFailure again : java.util.List.of(gateway.approve(approvedOne).getLeft(),
        gateway.reject(rejectedOne, reason).getLeft())) {
      assertThat(((GatewayFailure.Rejected) again).rejection().code())
          .isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
    }
    assertThat(sandbox.tencent().requestCount("ApproveSubAgentApply")).isEqualTo(2);
  }

  private TencentPartnerGateway gateway(WriteJournal journal) {
    return TencentPartnerGateway.builder(TencentConfig.builder()
            .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true)
            .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
            .build())
        .journal(journal).build();
  }

  @Test
  void a_pool_top_up_whose_answer_is_lost_stays_unresolved_until_an_operator_resolves_it() {
    ResellerId reseller = ResellerId.of(Long.toString(
        sandbox.tencent().seedSubAgentApplication("Reseller C", "c@reseller.example", "")));
    gateway.approve(reseller).get();
    ResellerHierarchyPort hierarchy = gateway.capability(ResellerHierarchyPort.class).get();
    java.math.BigDecimal before = hierarchy.subResellers().stream().filter(r -> r.reseller().id().equals(reseller))
        .findFirst().orElseThrow().creditPool().amount();
    Money amount = Money.of("75", "USD");
    IdempotencyKey key = IdempotencyKey.of("pool-1");
    sandbox.tencent().faults().dropConnectionAfterWrite("AllocateCreditPool", 1);

    assertThat(hierarchy.allocateCreditPool(reseller, amount, key).getLeft().kind())
        .isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(hierarchy.allocateCreditPool(reseller, amount, key).getLeft().kind())   // never repeated blindly
        .isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(sandbox.tencent().requestCount("AllocateCreditPool")).isEqualTo(1);

    journal.resolve(key, true, Instant.now());   // the operator checked: Tencent applied it
    var replayed = hierarchy.allocateCreditPool(reseller, amount, key).get();

    assertThat(replayed.reseller().id()).isEqualTo(reseller);
    assertThat(replayed.creditPool().amount()).isEqualByComparingTo(before.add(new java.math.BigDecimal("75")));
    assertThat(sandbox.tencent().requestCount("AllocateCreditPool")).isEqualTo(1);
  }

  @Test
  void an_ambiguous_allocation_history_leaves_the_key_unresolved_and_sends_nothing_again() {
    dev.partnerkit.domain.CustomerId customer =
        gateway.createCustomer(registration("carol@acme.example", 0), IdempotencyKey.of("carol")).get().id();
    dev.partnerkit.ports.CreditPort credit = gateway.capability(dev.partnerkit.ports.CreditPort.class).get();
    Money ten = Money.of("10", "USD");
    credit.allocateCredit(customer, ten, IdempotencyKey.of("alloc-a")).get();
    IdempotencyKey lost = IdempotencyKey.of("alloc-b");
    sandbox.tencent().faults().dropConnectionAfterWrite("AllocateCustomerCredit", 1);

    // two records of 10 within the claim's window (alloc-a's and, perhaps, alloc-b's): Tencent cannot say whose
    assertThat(credit.allocateCredit(customer, ten, lost).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(credit.allocateCredit(customer, ten, lost).getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(sandbox.tencent().requestCount("AllocateCustomerCredit")).isEqualTo(2);
    assertThat(journal.open("tencent.AllocateCustomerCredit")).containsExactly(lost);

    journal.resolve(lost, true, Instant.now());   // the operator saw two allocations of 10 in the console
    assertThat(credit.allocateCredit(customer, ten, lost).get().customerCreditAfter().amount())
        .isEqualByComparingTo("20");
    assertThat(sandbox.tencent().requestCount("AllocateCustomerCredit")).isEqualTo(2);
  }

  /** A valid registration of {@code mail} on phone number {@code n / 5} (five accounts per phone). */
  private TencentRegistration registration(String mail, int n) {
    String phone = String.format("7%07d", n / 5);
    String code = codes.computeIfAbsent(phone, p -> {
      gateway.sendVerificationCode(VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(p).get()))
          .get();
      return sandbox.tencent().lastVerificationCode("852", p).orElseThrow();
    });
    return TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("company").mail(mail).password("Recon!2026pw").confirmPassword("Recon!2026pw")
        .phoneNumber(phone).callingCode("852").area("HK").verificationCode(code).tradeCategory("kghy_01", "kghy_0101")
        .build()).get();
  }
}
