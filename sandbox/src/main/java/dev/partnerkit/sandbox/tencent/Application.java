package dev.partnerkit.sandbox.tencent;

import java.time.Instant;

/**
 * An application to join the partner, as a second-level reseller or as a sub-customer, waiting for exactly one
 * decision (ApproveSubAgentApply / ApproveClientApply): pending, then approved or rejected (with its reason).
 */
final class Application {

  enum Status { PENDING, APPROVED, REJECTED }

  final long uin;
  final String name;
  final String email;
  final String mobile;
  final Instant applyTime;
  Status status = Status.PENDING;
  String rejectReason = "";

  Application(long uin, String name, String email, String mobile, Instant applyTime) {
    this.uin = uin;
    this.name = name;
    this.email = email;
    this.mobile = mobile;
    this.applyTime = applyTime;
  }
}
