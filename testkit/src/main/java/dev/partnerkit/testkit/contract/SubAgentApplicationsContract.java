package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Deciding second-level reseller applications: once, by a distributor, a rejection with its reason if one is given. */
public interface SubAgentApplicationsContract {

  AtomicLong APPLICANTS = new AtomicLong();

  ContractTarget target();

  private ResellerId apply() {
    long n = APPLICANTS.incrementAndGet();
    return target().seedPendingApplication("Reseller " + n, "reseller" + n + "@example.com");
  }

  private java.util.List<ResellerId> pending() {
    return target().gateway().pendingApplications().stream().map(p -> p.applicant().id()).collect(Collectors.toList());
  }

  @Test
  default void an_approved_application_is_no_longer_pending_and_has_no_reason() {
    ResellerId applicant = apply();
    assertThat(pending()).contains(applicant);

    SubAgentApplication.Approved approved = target().gateway().approve(applicant).get();

    assertThat(approved.applicant().id()).isEqualTo(applicant);
    assertThat(pending()).doesNotContain(applicant);
  }

  @Test
  default void a_rejection_carries_its_reason() {
    ResellerId applicant = apply();
    Option<RejectionReason> reason = Option.some(RejectionReason.parse("Company documents are incomplete").get());

    SubAgentApplication.Rejected rejected = target().gateway().reject(applicant, reason).get();

    assertThat(rejected.reason()).isEqualTo(reason);
    assertThat(pending()).doesNotContain(applicant);
  }

  /**
   * Seed 001, ApproveSubAgentApply: "RejectReason No String Reason for rejection. Fill in only when ApproveType is
   * reject." A rejection without a reason is a rejection.
   */
  @Test
  default void a_rejection_without_a_reason_works() {
    ResellerId applicant = apply();

    SubAgentApplication.Rejected rejected = target().gateway().reject(applicant, Option.none()).get();

    assertThat(rejected.reason()).isEmpty();
    assertThat(rejected.applicant().id()).isEqualTo(applicant);
    assertThat(pending()).doesNotContain(applicant);
    assertThat(((GatewayFailure.Rejected) target().gateway().approve(applicant).getLeft()).rejection().code())
        .isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
  }

  @Test
  default void a_reason_that_is_given_has_text() {
    assertThat(RejectionReason.parse("   ").isInvalid()).isTrue();
    assertThat(RejectionReason.parse(null).isInvalid()).isTrue();
  }

  @Test
  default void a_decided_application_cannot_be_decided_again() {
    ResellerId approvedOne = apply();
    target().gateway().approve(approvedOne).get();
    ResellerId rejectedOne = apply();
    Option<RejectionReason> reason = Option.some(RejectionReason.parse("Not in our region").get());
    target().gateway().reject(rejectedOne, reason).get();

    for (GatewayFailure failure : java.util.List.of(
        target().gateway().approve(approvedOne).getLeft(),
        target().gateway().reject(approvedOne, reason).getLeft(),
        target().gateway().approve(rejectedOne).getLeft(),
        target().gateway().reject(rejectedOne, reason).getLeft())) {
      assertThat(failure).isInstanceOf(GatewayFailure.Rejected.class);
      assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
    }
  }

  /**
   * An application is decided once, keyed by its applicant: when the vendor approved it but the answer was lost, the
   * gateway looks it up before anything is sent again, so the caller that approves again is answered as the first call
   * would have been; deciding it the other way afterwards is refused as already decided.
   */
  @Test
  default void the_answer_is_lost_after_the_vendor_approved_and_approving_again_answers_as_the_first() {
    ResellerId applicant = apply();

    target().loseNextApprovalResponse();
    var first = target().gateway().approve(applicant);   // reconciled at once, or outcome unknown
    if (first.isLeft()) {
      assertThat(first.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    }
    SubAgentApplication.Approved approved = first.isRight() ? first.get() : target().gateway().approve(applicant).get();

    assertThat(approved.applicant().id()).isEqualTo(applicant);
    assertThat(pending()).doesNotContain(applicant);
    assertAlreadyDecided(target().gateway().reject(applicant, Option.none()).getLeft());
    assertAlreadyDecided(target().gateway().approve(applicant).getLeft());
  }

  /** As for an approval: a lost rejection is looked up; rejecting again answers as the first, with its reason. */
  @Test
  default void the_answer_is_lost_after_the_vendor_rejected_and_rejecting_again_answers_as_the_first() {
    ResellerId applicant = apply();
    Option<RejectionReason> reason = Option.some(RejectionReason.parse("Outside our sales region").get());

    target().loseNextRejectionResponse();
    var first = target().gateway().reject(applicant, reason);
    if (first.isLeft()) {
      assertThat(first.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    }
    SubAgentApplication.Rejected rejected = first.isRight() ? first.get() : target().gateway().reject(applicant, reason).get();

    assertThat(rejected.applicant().id()).isEqualTo(applicant);
    assertThat(rejected.reason()).isEqualTo(reason);
    assertThat(pending()).doesNotContain(applicant);
    assertAlreadyDecided(target().gateway().approve(applicant).getLeft());
    assertAlreadyDecided(target().gateway().reject(applicant, reason).getLeft());
  }

  private static void assertAlreadyDecided(GatewayFailure failure) {
    assertThat(failure).isInstanceOf(GatewayFailure.Rejected.class);
    assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
  }

  @Test
  default void deciding_an_application_nobody_made_is_not_found() {
    assertThat(target().gateway().approve(ResellerId.of("1")).getLeft().kind()).isEqualTo(FailureKind.NOT_FOUND);
  }
}
