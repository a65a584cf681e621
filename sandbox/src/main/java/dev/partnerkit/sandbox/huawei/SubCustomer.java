package dev.partnerkit.sandbox.huawei;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer account the partner created, as the sandbox keeps it. Mutable; only touched while holding the
 * {@link PartnerBook}'s lock.
 */
final class SubCustomer {
  /** The sandbox records no real-name verified name (ListSubCustomers' {@code customer}). */
  static final String NO_REAL_NAME = "";

  /** The sandbox records no partner label (ListSubCustomers' {@code label}). */
  static final String NO_LABEL = "";

  final String id;
  final String accountName;
  final String xaccountId;
  final String xaccountType;
  final String mobile;
  final String email;
  final String area;
  final String indirectPartnerId;
  final String associationType;
  final Instant createdAt;
  Instant associatedOn;
  int frozen;
  BigDecimal balance = BigDecimal.ZERO.setScale(2);
  Budget budget;
  String verifiedStatus = "-1";

  SubCustomer(
      String id,
      String accountName,
      String xaccountId,
      String xaccountType,
      String mobile,
      String email,
      String area,
      String indirectPartnerId,
      String associationType,
      Instant createdAt) {
    this.id = id;
    this.accountName = accountName;
    this.xaccountId = xaccountId;
    this.xaccountType = xaccountType;
    this.mobile = mobile;
    this.email = email;
    this.area = area;
    this.indirectPartnerId = indirectPartnerId;
    this.associationType = associationType;
    this.createdAt = createdAt;
  }

  boolean associated() {
    return associatedOn != null;
  }

  /** Reseller model: China {@code "2"} (代售), International {@code "3"} (转售); consulting sale is {@code "1"}. */
  boolean resellerModel() {
    return !"1".equals(associationType);
  }

  /** A customer's budget (International). */
  record Budget(BigDecimal amount, BigDecimal used, String type, int frozenOperateType) {}

  SandboxCustomer view() {
    return new SandboxCustomer(
        id,
        accountName,
        xaccountId,
        xaccountType,
        java.util.Optional.ofNullable(mobile),
        java.util.Optional.ofNullable(email),
        java.util.Optional.ofNullable(associatedOn),
        frozen != 0,
        balance,
        java.util.Optional.ofNullable(indirectPartnerId));
  }
}
