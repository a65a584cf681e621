package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.JournalCodec;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A decided application as the write journal keeps it: the applicant (id, name, email, mobile), when it applied, the
 * decision ({@code pass} or {@code reject}), when, and the reason of a rejection if it has one (empty if not).
 */
final class DecisionCodec implements JournalCodec<SubAgentApplication> {

  static final DecisionCodec INSTANCE = new DecisionCodec();

  private DecisionCodec() {}

  @Override
  public String encode(SubAgentApplication a) {
    String decision;
    String at;
    String reason = "";
    if (a instanceof SubAgentApplication.Approved approved) {
      decision = "pass";
      at = Long.toString(approved.decidedAt().toEpochMilli());
    } else if (a instanceof SubAgentApplication.Rejected rejected) {
      decision = "reject";
      at = Long.toString(rejected.decidedAt().toEpochMilli());
      reason = rejected.reason().map(RejectionReason::text).getOrElse("");
    } else {
      throw new IllegalArgumentException("only a decided application is journaled");
    }
    SubAgentApplication.Applicant who = a.applicant();
    return JournalCodec.join(who.id().value(), who.name(), who.email().getOrElse(""), who.mobile().getOrElse(""),
        a.appliedAt().map(t -> Long.toString(t.toEpochMilli())).getOrElse(""), decision, at, reason);
  }

  @Override
  public SubAgentApplication decode(String text) {
    Seq<String> f = JournalCodec.split(text, 8);
    SubAgentApplication.Applicant who = new SubAgentApplication.Applicant(ResellerId.of(f.get(0)), f.get(1),
        nonEmpty(f.get(2)), nonEmpty(f.get(3)));
    Option<Instant> applied = nonEmpty(f.get(4)).map(s -> Instant.ofEpochMilli(Long.parseLong(s)));
    Instant at = Instant.ofEpochMilli(Long.parseLong(f.get(6)));
    return f.get(5).equals("pass")
        ? new SubAgentApplication.Approved(who, applied, at)
        : new SubAgentApplication.Rejected(who, applied, at, nonEmpty(f.get(7)).map(r -> RejectionReason.parse(r).get()));
  }

  private static Option<String> nonEmpty(String s) {
    return Option.of(s).filter(v -> !v.isEmpty());
  }
}
