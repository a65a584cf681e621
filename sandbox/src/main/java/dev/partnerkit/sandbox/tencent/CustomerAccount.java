package dev.partnerkit.sandbox.tencent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A customer account bound to the partner: what CreateAccount (or an approved application) made, and its credit. */
final class CustomerAccount {

  /** One AllocateCustomerCredit, as QueryCreditAllocationHistory shows it. */
  record Allocation(Instant time, BigDecimal credit, BigDecimal totalAfter, BigDecimal remainingAfter, String remark) {}

  final long uin;
  final String mail;
  final String countryCode;
  final String phone;
  final String area;
  final String accountType;
  final String name;
  final Instant bindTime;
  String remark = "";
  BigDecimal totalCredit = BigDecimal.ZERO;
  BigDecimal remainingCredit = BigDecimal.ZERO;
  int force;
  boolean identityVerified;
  final List<Allocation> allocations = new ArrayList<>();

  CustomerAccount(
      long uin, String mail, String countryCode, String phone, String area, String accountType, String name,
      Instant bindTime) {
    this.uin = uin;
    this.mail = mail;
    this.countryCode = countryCode;
    this.phone = phone;
    this.area = area;
    this.accountType = accountType;
    this.name = name;
    this.bindTime = bindTime;
  }

  TencentCustomer snapshot() {
    return new TencentCustomer(
        Long.toString(uin), mail, countryCode, phone, area, accountType, name, remark, totalCredit, remainingCredit,
        force == 2, identityVerified, bindTime);
  }
}
