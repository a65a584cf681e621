package dev.partnerkit.sandbox.tencent;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the partner's account holds in the sandbox. Not thread-safe by itself: the front door and the
 * back-channel use it only while holding its monitor ({@code synchronized (state)}).
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
  private long nextUin = 200000100001L;
  private final SecureRandom random = new SecureRandom();

  TencentState(Clock clock) {
    this.clock = clock;
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
