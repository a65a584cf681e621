package dev.partnerkit.domain;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A second-level reseller's application to join a distributor. Its lifecycle is its type: {@link Pending} becomes
 * {@link Approved} or {@link Rejected}, exactly once. Only a {@link ResellerRole#DISTRIBUTOR} decides; a rejection
 * may carry a reason (optional at the vendor: seed 001, ApproveSubAgentApply {@code RejectReason}) and an approval
 * never has one.
 */
public sealed interface SubAgentApplication {

  /** Who applied. */
  Applicant applicant();

  /** When they applied, if the vendor says. */
  Option<Instant> appliedAt();

  /** Approves this application, decided by {@code decider} at {@code at}. */
  Either<Rejection, Approved> approve(Reseller decider, Instant at);

  /**
   * Rejects this application, for {@code reason} if one is given ({@link Option#none()} for none), decided by
   * {@code decider} at {@code at}.
   */
  Either<Rejection, Rejected> reject(Reseller decider, Option<RejectionReason> reason, Instant at);

  /** The reseller that applied: its id (Tencent sub-agent UIN) and the contact details the vendor shows. */
  record Applicant(ResellerId id, String name, Option<String> email, Option<String> mobile) {
    public Applicant {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(mobile, "mobile");
    }
  }

  /** Waiting for the distributor's decision. */
  record Pending(Applicant applicant, Option<Instant> appliedAt) implements SubAgentApplication {
    public Pending {
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(appliedAt, "appliedAt");
    }

    @Override
    public Either<Rejection, Approved> approve(Reseller decider, Instant at) {
      return mayDecide(decider).map(ok -> new Approved(applicant, appliedAt, at));
    }

    @Override
    public Either<Rejection, Rejected> reject(Reseller decider, Option<RejectionReason> reason, Instant at) {
      Objects.requireNonNull(reason, "reason");
      return mayDecide(decider).map(ok -> new Rejected(applicant, appliedAt, at, reason));
    }

    private static Either<Rejection, Reseller> mayDecide(Reseller decider) {
      return decider.role().decidesApplications()
          ? Either.right(decider)
          : Either.left(
              Rejection.of(
                  RejectionCode.NOT_A_DISTRIBUTOR,
                  "only a distributor may decide second-level reseller applications; "
                      + decider.id()
                      + " is a "
                      + decider.role()));
    }
  }

  /** Approved by the distributor at {@code decidedAt}. */
  record Approved(Applicant applicant, Option<Instant> appliedAt, Instant decidedAt)
      implements SubAgentApplication {
    public Approved {
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(appliedAt, "appliedAt");
      Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public Either<Rejection, Approved> approve(Reseller decider, Instant at) {
      return Either.left(alreadyDecided(applicant, "approved"));
    }

    @Override
    public Either<Rejection, Rejected> reject(Reseller decider, Option<RejectionReason> reason, Instant at) {
      return Either.left(alreadyDecided(applicant, "approved"));
    }
  }

  /** Rejected by the distributor at {@code decidedAt}, for {@code reason} if the distributor gave one. */
  record Rejected(Applicant applicant, Option<Instant> appliedAt, Instant decidedAt, Option<RejectionReason> reason)
      implements SubAgentApplication {
    public Rejected {
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(appliedAt, "appliedAt");
      Objects.requireNonNull(decidedAt, "decidedAt");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Either<Rejection, Approved> approve(Reseller decider, Instant at) {
      return Either.left(alreadyDecided(applicant, "rejected"));
    }

    @Override
    public Either<Rejection, Rejected> reject(Reseller decider, Option<RejectionReason> reason, Instant at) {
      return Either.left(alreadyDecided(applicant, "rejected"));
    }
  }

  private static Rejection alreadyDecided(Applicant applicant, String how) {
    return Rejection.of(
        RejectionCode.APPLICATION_ALREADY_DECIDED,
        "the application of " + applicant.id() + " was already " + how + "; only a pending application can be decided");
  }
}
