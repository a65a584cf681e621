package dev.partnerkit.sandbox.huawei;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one front door remembers about its partner: the customers it created, its cloud resellers, its cash
 * balance, fund transfers and budget changes. Handlers run one at a time under this object's monitor
 * ({@code synchronized (book)}), so the fields need no further locking.
 */
final class PartnerBook {
  final HuaweiSite site;
  final Clock clock;
  final VerificationCodes codes;
  final Map<String, SubCustomer> customers = new LinkedHashMap<>();
  final Map<String, IndirectPartner> resellers = new LinkedHashMap<>();
  final List<Transfer> transfers = new ArrayList<>();
  final List<BudgetChange> budgetChanges = new ArrayList<>();
  final java.util.Set<String> issuedCoupons = new java.util.HashSet<>();
  BigDecimal balance;
  private final BigDecimal initialBalance;

  PartnerBook(HuaweiSite site, Clock clock, BigDecimal balance) {
    this.site = site;
    this.clock = clock;
    this.codes = new VerificationCodes(clock);
    this.balance = balance;
    this.initialBalance = balance;
  }

  /** Back to the book of a new front door: no customers, resellers, transfers, budgets, coupons or codes; the starting balance. */
  void clear() {
    customers.clear();
    resellers.clear();
    transfers.clear();
    budgetChanges.clear();
    issuedCoupons.clear();
    codes.clear();
    balance = initialBalance;
  }

  /** One fund movement between the partner and a customer or reseller (ListPartnerAdjustRecords). */
  record Transfer(String transId, String targetId, String targetName, String operationType, BigDecimal amount, Instant at, String indirectPartnerId) {}

  /** One budget setting of a customer (ListSubCustomerBudgetRecords). */
  record BudgetChange(String customerId, BigDecimal amount, String budgetType, String operationType, Instant at) {}

  Instant now() {
    return clock.instant();
  }

  /** Whether the name is taken by any account, associated or not (names are case-insensitive). */
  boolean nameTaken(String accountName) {
    String n = accountName.toLowerCase(Locale.ROOT);
    return customers.values().stream().anyMatch(c -> c.accountName.toLowerCase(Locale.ROOT).equals(n));
  }

  boolean xaccountTaken(String xaccountType, String xaccountId) {
    return customers.values().stream().anyMatch(c -> c.xaccountType.equals(xaccountType) && c.xaccountId.equals(xaccountId));
  }

  /** The cloud reseller {@code id}, or 400 {@code CBC.99000037}. Empty when {@code id} is empty (the partner itself). */
  Optional<IndirectPartner> reseller(Optional<String> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    IndirectPartner r = resellers.get(id.get());
    if (r == null) {
      throw HuaweiError.noSuchReseller();
    }
    return Optional.of(r);
  }

  /** The associated customer {@code id} of the partner or of reseller {@code indirectPartnerId}, if there is one. */
  Optional<SubCustomer> ours(String id, Optional<String> indirectPartnerId) {
    SubCustomer c = customers.get(id);
    return c != null && c.associated() && Objects.equals(c.indirectPartnerId, indirectPartnerId.orElse(null))
        ? Optional.of(c)
        : Optional.empty();
  }

  /** Like {@link #ours} but 400 {@code CBC.99000035} when it is not. */
  SubCustomer requireOurs(String id, Optional<String> indirectPartnerId) {
    return ours(id, indirectPartnerId).orElseThrow(() -> HuaweiError.notYourCustomer(id));
  }

  /** The associated customers of the partner (or of one reseller), in creation order. */
  List<SubCustomer> associated(Optional<String> indirectPartnerId) {
    return customers.values().stream()
        .filter(SubCustomer::associated)
        .filter(c -> Objects.equals(c.indirectPartnerId, indirectPartnerId.orElse(null)))
        .toList();
  }

  /** Associates every customer whose association lags; returns how many. */
  int completeAssociations() {
    int n = 0;
    for (SubCustomer c : customers.values()) {
      if (!c.associated()) {
        c.associatedOn = now();
        n++;
      }
    }
    return n;
  }

  /** The funds of whoever acts: the partner itself or the reseller it acts for. */
  BigDecimal fundsOf(Optional<IndirectPartner> reseller) {
    return reseller.map(r -> r.balance).orElse(balance);
  }

  void setFundsOf(Optional<IndirectPartner> reseller, BigDecimal amount) {
    if (reseller.isPresent()) {
      reseller.get().balance = amount;
    } else {
      balance = amount;
    }
  }
}
