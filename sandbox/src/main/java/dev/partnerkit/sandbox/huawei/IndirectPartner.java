package dev.partnerkit.sandbox.huawei;

import java.math.BigDecimal;
import java.time.Instant;

/** A cloud reseller (tier-2) of the partner, seeded through the back-channel. Guarded by the {@link PartnerBook}'s lock. */
final class IndirectPartner {
  final String id;
  final String accountName;
  final String name;
  final Instant associatedOn;
  BigDecimal balance;

  IndirectPartner(String id, String accountName, String name, Instant associatedOn, BigDecimal balance) {
    this.id = id;
    this.accountName = accountName;
    this.name = name;
    this.associatedOn = associatedOn;
    this.balance = balance;
  }
}
