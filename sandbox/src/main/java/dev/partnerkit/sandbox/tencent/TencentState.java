package dev.partnerkit.sandbox.tencent;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Everything the partner's account holds in the sandbox. Not thread-safe by itself: the front door and the
 * back-channel use it only through {@link #read} (shared: actions that only look, run side by side) and {@link #write}
 * (exclusive: an action that checks and then changes, such as CreateAccount's per-phone quota and mail uniqueness,
 * runs alone, so its check still holds when it writes).
 */
final class TencentState {

  /** The partner's credit pool when the sandbox starts, in USD. */
  static final BigDecimal DEFAULT_PARTNER_CREDIT = new BigDecimal("1000000.00");

  /** The partner's own UIN, shown as the operator of credit allocations. */
  static final long PARTNER_UIN = 100000000001L;

  final Clock clock;
  final Customers customers = new Customers();
  final VerificationCodes codes = new VerificationCodes();
  final Map<Long, Application> subAgentApplications = new LinkedHashMap<>();
  final Map<Long, Application> clientApplications = new LinkedHashMap<>();
  final Map<Long, SubAgent> subAgents = new LinkedHashMap<>();
  final Map<String, Invitation> invitations = new LinkedHashMap<>();
  final Map<String, Instant> lastInvitationTo = new HashMap<>();
  BigDecimal partnerTotalCredit = DEFAULT_PARTNER_CREDIT;
  private static final long FIRST_UIN = 200000100001L;

  private long nextUin = FIRST_UIN;
  private final SecureRandom random = new SecureRandom();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  TencentState(Clock clock) {
    this.clock = clock;
  }

  /** Runs {@code look} holding the shared lock: it must not change anything. */
  <T> T read(Supplier<T> look) {
    ReentrantReadWriteLock.ReadLock shared = lock.readLock();
    shared.lock();
    try {
      return look.get();
    } finally {
      shared.unlock();
    }
  }

  /** Runs {@code change} holding the exclusive lock. */
  <T> T write(Supplier<T> change) {
    ReentrantReadWriteLock.WriteLock exclusive = lock.writeLock();
    exclusive.lock();
    try {
      return change.get();
    } finally {
      exclusive.unlock();
    }
  }

  /** As {@link #write(Supplier)}, with nothing to return. */
  void write(Runnable change) {
    write(() -> {
      change.run();
      return null;
    });
  }

  /** Back to the state of a new sandbox: no customers, codes, applications, sub-agents or invitations; the default credit. Under {@link #write}. */
  void clear() {
    customers.clear();
    codes.clear();
    subAgentApplications.clear();
    clientApplications.clear();
    subAgents.clear();
    invitations.clear();
    lastInvitationTo.clear();
    partnerTotalCredit = DEFAULT_PARTNER_CREDIT;
    nextUin = FIRST_UIN;
  }

  Instant now() {
    return clock.instant();
  }

  /** A fresh 12-digit UIN. */
  long newUin() {
    return nextUin++;
  }

  /** A fresh 32-hex-digit invitation token. */
  String newToken() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Credit given to customers and sub-agents, out of the partner's pool. */
  BigDecimal partnerAllocated() {
    BigDecimal toCustomers =
        customers.all().stream().map(c -> c.totalCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal toSubAgents =
        subAgents.values().stream().map(s -> s.credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    return toCustomers.add(toSubAgents);
  }

  BigDecimal partnerRemaining() {
    return partnerTotalCredit.subtract(partnerAllocated());
  }
}
