package dev.partnerkit.adapter.postgres;

import dev.partnerkit.adapter.support.CreateJournal;
import dev.partnerkit.adapter.support.JournalEntry;
import dev.partnerkit.adapter.support.JournalRules;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A {@link CreateJournal} in the table {@code partnerkit_create_journal}, shared by every instance on the database.
 * Each operation is one transaction that locks the key's row ({@code INSERT ... ON CONFLICT DO NOTHING}, then {@code
 * SELECT ... FOR UPDATE}), applies {@link JournalRules} and writes the outcome: of instances racing on a new key,
 * exactly one is granted the claim, the others see it in flight. Identities are stored as SHA-256 fingerprints. Time is
 * the callers' {@code now}: the instances' clocks must agree to within a small part of {@code staleAfter}.
 */
final class PostgresCreateJournal implements CreateJournal {

  private static final String COLUMNS =
      "identity_sha256, state, since, customer_id, account_name, association, provenance";

  private final Sql sql;
  private final JournalRules rules;

  PostgresCreateJournal(Sql sql, Duration staleAfter) {
    this.sql = sql;
    this.rules = new JournalRules(staleAfter);
  }

  @Override
  public Claim claim(IdempotencyKey key, String identity, Instant now) {
    String fingerprint = JournalEntry.fingerprint(identity);
    return sql.inTransaction("claim " + key, c -> {
      while (true) {
        JournalRules.Claimed fresh = rules.claim(Optional.empty(), fingerprint, now);
        if (insertIfAbsent(c, key, fresh.next().orElseThrow())) {
          return fresh.claim();
        }
        Optional<JournalEntry> current = lock(c, key);
        if (current.isPresent()) { // else released in between: insert again
          JournalRules.Claimed claimed = rules.claim(current, fingerprint, now);
          if (claimed.next().isPresent()) {
            update(c, key, claimed.next().get());
          }
          return claimed.claim();
        }
      }
    });
  }

  @Override
  public void done(IdempotencyKey key, CustomerCreated result, Instant now) {
    sql.inTransaction("record the create under " + key, c -> {
      JournalEntry next = rules.done(lock(c, key), result, now);
      if (!insertIfAbsent(c, key, next)) {
        update(c, key, next);
      }
      return null;
    });
  }

  @Override
  public void unknown(IdempotencyKey key, Instant now) {
    sql.inTransaction("record an unknown outcome under " + key, c -> {
      Optional<JournalEntry> next = rules.unknown(lock(c, key), now);
      if (next.isPresent()) {
        update(c, key, next.get());
      }
      return null;
    });
  }

  @Override
  public void release(IdempotencyKey key) {
    sql.inTransaction("release " + key, c -> {
      if (rules.releases(lock(c, key))) {
        try (PreparedStatement ps = c.prepareStatement(
            "DELETE FROM partnerkit_create_journal WHERE idempotency_key = ?")) {
          ps.setString(1, key.value());
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  private static boolean insertIfAbsent(Connection c, IdempotencyKey key, JournalEntry e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO partnerkit_create_journal (idempotency_key, " + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING")) {
      ps.setString(1, key.value());
      bind(ps, 2, e);
      return ps.executeUpdate() == 1;
    }
  }

  private static void update(Connection c, IdempotencyKey key, JournalEntry e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE partnerkit_create_journal SET identity_sha256 = ?,"
        + " state = ?, since = ?, customer_id = ?, account_name = ?, association = ?, provenance = ?"
        + " WHERE idempotency_key = ?")) {
      bind(ps, 1, e);
      ps.setString(8, key.value());
      ps.executeUpdate();
    }
  }

  private static Optional<JournalEntry> lock(Connection c, IdempotencyKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM partnerkit_create_journal WHERE idempotency_key = ? FOR UPDATE")) {
      ps.setString(1, key.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement ps, int at, JournalEntry e) throws SQLException {
    ps.setString(at, e.identity());
    ps.setString(at + 1, e.state().name());
    ps.setObject(at + 2, e.since().atOffset(ZoneOffset.UTC));
    Optional<CustomerCreated> r = e.result();
    ps.setString(at + 3, r.map(x -> x.id().value()).orElse(null));
    ps.setString(at + 4, r.flatMap(x -> x.accountName().toJavaOptional()).orElse(null));
    ps.setString(at + 5, r.map(x -> x.association().name()).orElse(null));
    ps.setString(at + 6, r.map(x -> x.provenance().name()).orElse(null));
  }

  private static JournalEntry read(ResultSet rs) throws SQLException {
    JournalEntry.State state = JournalEntry.State.valueOf(rs.getString(2));
    Optional<CustomerCreated> result = state != JournalEntry.State.DONE ? Optional.empty()
        : Optional.of(new CustomerCreated(CustomerId.of(rs.getString(4)), Option.of(rs.getString(5)),
            Customer.Association.valueOf(rs.getString(6)), CustomerCreated.Provenance.valueOf(rs.getString(7))));
    return new JournalEntry(rs.getString(1), state, result, rs.getObject(3, OffsetDateTime.class).toInstant());
  }
}
