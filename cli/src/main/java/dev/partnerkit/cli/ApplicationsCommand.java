package dev.partnerkit.cli;

import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code partnerkit applications list | approve | reject}. */
@Command(name = "applications", mixinStandardHelpOptions = true,
    description = "Second-level reseller applications (Tencent; Huawei has none).",
    subcommands = {ApplicationsCommand.ListPending.class, ApplicationsCommand.Approve.class,
        ApplicationsCommand.Reject.class})
final class ApplicationsCommand {

  static final String[] COLUMNS = {"applicant", "name", "email", "mobile", "applied", "decision", "decided", "reason"};

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the applications waiting for a decision.")
  static final class ListPending extends ListingCommand {
    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      Rows rows = output.rows(out, COLUMNS);
      stream(open.gateway().pendingApplications(), rows, p -> rows.row(p.applicant().id().value(),
          p.applicant().name(), p.applicant().email(), p.applicant().mobile(), p.appliedAt(), "PENDING", null, null),
          "listing applications");
      return ExitCodes.OK;
    }
  }

  @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approves a pending application (once).")
  static final class Approve extends ListingCommand {
    @Parameters(paramLabel = "APPLICANT", description = "The applicant's reseller id.") String applicant;

    @Override
    boolean journaled() {
      return true;
    }

    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      SubAgentApplication.Approved a = Failures.orFail(open.gateway().approve(ResellerId.of(applicant)),
          "approving " + applicant);
      try (Rows rows = output.rows(out, COLUMNS)) {
        rows.row(a.applicant().id().value(), a.applicant().name(), a.applicant().email(), a.applicant().mobile(),
            a.appliedAt(), "APPROVED", a.decidedAt(), null);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects a pending application (once).")
  static final class Reject extends ListingCommand {
    @Parameters(paramLabel = "APPLICANT", description = "The applicant's reseller id.") String applicant;

    @Option(names = "--reason", paramLabel = "TEXT",
        description = "Why, if you give a reason (optional: the vendor sends the applicant none otherwise).")
    String reason;

    @Override
    boolean journaled() {
      return true;
    }

    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      io.vavr.control.Option<RejectionReason> why = Inputs.valid(RejectionReason.parseOptional(reason), "--reason");
      SubAgentApplication.Rejected r = Failures.orFail(open.gateway().reject(ResellerId.of(applicant), why),
          "rejecting " + applicant);
      try (Rows rows = output.rows(out, COLUMNS)) {
        rows.row(r.applicant().id().value(), r.applicant().name(), r.applicant().email(), r.applicant().mobile(),
            r.appliedAt(), "REJECTED", r.decidedAt(), r.reason().map(RejectionReason::text));
      }
      return ExitCodes.OK;
    }
  }
}
