package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.domain.SubAgentApplication.Applicant;
import dev.partnerkit.domain.SubAgentApplication.Approved;
import dev.partnerkit.domain.SubAgentApplication.Pending;
import dev.partnerkit.domain.SubAgentApplication.Rejected;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A second-level reseller's application: pending, then approved or rejected exactly once, by a distributor. */
class SubAgentApplicationTest {

  static final Instant APPLIED = Instant.parse("2026-11-01T08:00:00Z");
  static final Instant DECIDED = Instant.parse("2026-11-02T09:30:00Z");
  static final Applicant APPLICANT =
      new Applicant(ResellerId.of("100012345678"), "Acme Reseller", Option.some("ops@acme.example"), Option.none());
  static final Reseller DISTRIBUTOR = new Reseller(ResellerId.of("100000000001"), "Big Distributor", ResellerRole.DISTRIBUTOR);
  static final Option<RejectionReason> REASON = Option.some(RejectionReason.parse("no business licence").get());

  static Pending pending() {
    return new Pending(APPLICANT, Option.some(APPLIED));
  }

  @Test
  void a_distributor_approves_a_pending_application() {
    Approved approved = pending().approve(DISTRIBUTOR, DECIDED).get();

    assertThat(approved.applicant()).isEqualTo(APPLICANT);
    assertThat(approved.appliedAt()).isEqualTo(Option.some(APPLIED));
    assertThat(approved.decidedAt()).isEqualTo(DECIDED);
    // an approval has no reason: the type has no such component
    assertThat(Approved.class.getRecordComponents()).extracting("name").doesNotContain("reason");
  }

  @Test
  void a_distributor_rejects_a_pending_application_with_its_reason() {
    Rejected rejected = pending().reject(DISTRIBUTOR, REASON, DECIDED).get();

    assertThat(rejected.reason()).isEqualTo(REASON);
    assertThat(rejected.reason().get().text()).isEqualTo("no business licence");
    assertThat(rejected.decidedAt()).isEqualTo(DECIDED);
    assertThat(rejected.applicant()).isEqualTo(APPLICANT);
    assertThatThrownBy(() -> pending().reject(DISTRIBUTOR, null, DECIDED)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_decided_application_cannot_be_decided_again_either_way() {
    SubAgentApplication approved = pending().approve(DISTRIBUTOR, DECIDED).get();
    SubAgentApplication rejected = pending().reject(DISTRIBUTOR, REASON, DECIDED).get();

    for (SubAgentApplication decided : new SubAgentApplication[] {approved, rejected}) {
      assertThat(decided.approve(DISTRIBUTOR, DECIDED).getLeft().code()).isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
      assertThat(decided.reject(DISTRIBUTOR, REASON, DECIDED).getLeft().code()).isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
    }
    assertThat(approved.approve(DISTRIBUTOR, DECIDED).getLeft().message()).contains("already approved");
    assertThat(rejected.approve(DISTRIBUTOR, DECIDED).getLeft().message()).contains("already rejected");
  }

  @ParameterizedTest
  @EnumSource(value = ResellerRole.class, names = {"RESELLER", "SECOND_LEVEL_RESELLER"})
  void only_a_distributor_may_decide(ResellerRole role) {
    Reseller notADistributor = new Reseller(ResellerId.of("100000000002"), "Small Reseller", role);

    var approval = pending().approve(notADistributor, DECIDED);
    var rejection = pending().reject(notADistributor, REASON, DECIDED);

    assertThat(approval.getLeft().code()).isEqualTo(RejectionCode.NOT_A_DISTRIBUTOR);
    assertThat(rejection.getLeft().code()).isEqualTo(RejectionCode.NOT_A_DISTRIBUTOR);
    assertThat(approval.getLeft().message()).contains("100000000002").contains(role.name());
    assertThat(role.decidesApplications()).isFalse();
    assertThat(ResellerRole.DISTRIBUTOR.decidesApplications()).isTrue();
  }

  /** Seed 001, ApproveSubAgentApply: "RejectReason No String Reason for rejection. Fill in only when ApproveType is reject." */
  @Test
  void a_distributor_rejects_a_pending_application_without_a_reason() {
    Rejected rejected = pending().reject(DISTRIBUTOR, Option.none(), DECIDED).get();

    assertThat(rejected.reason()).isEmpty();
    assertThat(rejected.decidedAt()).isEqualTo(DECIDED);
    assertThat(rejected.approve(DISTRIBUTOR, DECIDED).getLeft().code()).isEqualTo(RejectionCode.APPLICATION_ALREADY_DECIDED);
  }

  @Test
  void a_reason_that_is_given_has_text_and_no_reason_is_none() {
    assertThat(RejectionReason.parse("   ").getError().head().code()).isEqualTo(ViolationCode.REQUIRED);
    assertThat(RejectionReason.parse(null).getError().head().field()).isEqualTo("reason");
    assertThat(RejectionReason.parseOptional(null).get()).isEmpty();
    assertThat(RejectionReason.parseOptional(" \t ").get()).isEmpty();
    assertThat(RejectionReason.parseOptional(" late ").get()).contains(RejectionReason.parse("late").get());
  }

  /** Seed 001 names no length limit for RejectReason, so partnerkit sets none (the former 500 came from no source). */
  @Test
  void a_long_reason_is_accepted_as_the_seed_sets_no_length_limit() {
    assertThat(RejectionReason.parse("r".repeat(5000)).isValid()).isTrue();
  }
}
