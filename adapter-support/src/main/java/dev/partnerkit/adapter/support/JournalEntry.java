package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.CustomerCreated;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CreateJournal} knows about one idempotency key: the customer's identity, whether an attempt is in
 * flight, of unknown outcome or done (then with its result), and since when. Stores keep these; {@link JournalRules}
 * decides how they change.
 */
public record JournalEntry(String identity, State state, Optional<CustomerCreated> result, Instant since) {

  /** Where the create under a key stands. */
  public enum State {
    /** An attempt is running now (or its instance died while it ran). */
    IN_FLIGHT,
    /** An attempt may or may not have created the account: the next claim reconciles. */
    UNKNOWN,
    /** The account exists; its result is kept. */
    DONE
  }

  public JournalEntry {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(since, "since");
    if ((state == State.DONE) != result.isPresent()) {
      throw new IllegalArgumentException("a result exactly when done");
    }
  }

  /**
   * The SHA-256 (hex) of a registration's identity, for stores outside the process: they keep no personal data
   * beyond the ids of created accounts.
   */
  public static String fingerprint(String identity) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
