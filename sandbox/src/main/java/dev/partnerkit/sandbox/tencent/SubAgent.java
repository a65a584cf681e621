package dev.partnerkit.sandbox.tencent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An approved second-level reseller: its credit pool (AllocateCreditPool) and its own (indirect) customers. */
final class SubAgent {

  /** A customer of the second-level reseller. */
  record IndirectCustomer(long uin, String name, Instant bindTime) {}

  final long uin;
  final String name;
  final String email;
  final String mobile;
  final Instant bindTime;
  String remark = "";
  BigDecimal credit = BigDecimal.ZERO;
  BigDecimal remainingCredit = BigDecimal.ZERO;
  final List<IndirectCustomer> customers = new ArrayList<>();

  SubAgent(long uin, String name, String email, String mobile, Instant bindTime) {
    this.uin = uin;
    this.name = name;
    this.email = email;
    this.mobile = mobile;
    this.bindTime = bindTime;
  }

  TencentSubAgent snapshot() {
    return new TencentSubAgent(Long.toString(uin), name, email, mobile, credit, remainingCredit, customers.size());
  }
}
