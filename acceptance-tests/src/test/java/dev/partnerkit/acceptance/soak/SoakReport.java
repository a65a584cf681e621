package dev.partnerkit.acceptance.soak;

import java.util.List;

/**
 * What one soak run found.
 *
 * @param journal which journal the run used (file, postgres)
 * @param seed the random seed, to replay the run
 * @param ops operations run (each with its own key, retried until it succeeded or failed for good)
 * @param faults injected faults that calls met
 * @param duplicateAccounts accounts made twice for one registration (xaccount or email)
 * @param doubleAllocations credit allocations or pool top-ups applied more often than their keys allow
 * @param lost keys that succeeded with nothing at the vendor, and vendor effects no key claims
 * @param untyped exceptions instead of a GatewayFailure
 * @param unresolvedKeys keys left OUTCOME_UNKNOWN, each with what the sandbox shows for it
 * @param unresolvedMismatches unresolved keys whose effect at the vendor the soak could not account for
 * @param problems a line for each count above that is not zero, to tell what went wrong
 * @param carried keys whose answer was lost when the first gateways were dropped, retried by the new ones
 * @param inFlight writes held at the sandbox (their claims in flight) when the first process died, retried by the new
 *     gateways once their claims went stale
 * @param seconds how long the operations took (setup and checks excluded)
 */
record SoakReport(String journal, long seed, int ops, int faults, int duplicateAccounts, int doubleAllocations,
    int lost, int untyped, List<String> unresolvedKeys, List<String> unresolvedMismatches, List<String> problems,
    int carried, int inFlight, double seconds) {

  /** The one line the soak prints. */
  String line() {
    return String.format(java.util.Locale.ROOT,
        "soak: ops=%d faults=%d duplicate_accounts=%d double_allocations=%d lost=%d untyped=%d unresolved=%d"
            + " (journal=%s seed=%d carried_over_crash=%d in_flight_at_crash=%d %.1fs)",
        ops, faults, duplicateAccounts, doubleAllocations, lost, untyped, unresolvedKeys.size(), journal, seed, carried,
        inFlight, seconds);
  }
}
