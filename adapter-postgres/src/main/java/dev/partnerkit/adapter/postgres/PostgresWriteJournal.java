package dev.partnerkit.adapter.postgres;

import dev.partnerkit.adapter.support.IdempotentCreate;
import dev.partnerkit.adapter.support.JournalCodec;
import dev.partnerkit.adapter.support.JournalEntry;
import dev.partnerkit.adapter.support.JournalRules;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * A {@link WriteJournal} in the table {@code partnerkit_write_journal}, shared by every instance on the database.
 * Each operation is one transaction that locks the key's row ({@code INSERT ... ON CONFLICT DO NOTHING}, then {@code
 * SELECT ... FOR UPDATE}), applies {@link JournalRules} and writes the outcome, which is trusted only once committed:
 * of instances racing on a new key, exactly one is granted the claim, the others see it in flight. Rows written by the
 * earlier create journal (schema V1) are read as customer creates. Time is the callers' {@code now}: the instances'
 * clocks must agree to within a small part of {@code staleAfter}.
 */
final class PostgresWriteJournal implements WriteJournal {

  private static final String COLUMNS = "operation, fingerprint, state, result, claimed_at, since,"
      + " customer_id, account_name, association, provenance";

  private final Sql sql;
  private final JournalRules rules;

  PostgresWriteJournal(Sql sql, Duration staleAfter) {
    this.sql = sql;
    this.rules = new JournalRules(staleAfter);
  }

  @Override
  public Claim claim(IdempotencyKey key, String operation, String fingerprint, Instant now) {
    return sql.inTransaction("claim " + key, c -> {
      while (true) {
        JournalRules.Claimed fresh = rules.claim(Option.none(), operation, fingerprint, now);
        if (insertIfAbsent(c, key, fresh.next().get())) {
          return fresh.claim();
        }
        Option<JournalEntry> current = lock(c, key);
        if (current.isDefined()) { // else released in between: insert again
          JournalRules.Claimed claimed = rules.claim(current, operation, fingerprint, now);
          if (claimed.next().isDefined()) {
            update(c, key, claimed.next().get());
          }
          return claimed.claim();
        }
      }
    });
  }

  @Override
  public void done(IdempotencyKey key, String result, Instant now) {
    change("record the result under " + key, key, current -> rules.done(current, Option.some(result), now));
  }

  @Override
  public void unknown(IdempotencyKey key, Instant now) {
    change("record an unknown outcome under " + key, key, current -> rules.unknown(current, now));
  }

  @Override
  public void release(IdempotencyKey key) {
    sql.inTransaction("release " + key, c -> {
      if (rules.releases(lock(c, key))) {
        delete(c, key);
      }
      return null;
    });
  }

  @Override
  public Option<JournalEntry> entry(IdempotencyKey key) {
    return sql.inTransaction("read " + key, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM partnerkit_write_journal WHERE idempotency_key = ?")) {
        ps.setString(1, key.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Option.some(read(rs)) : Option.none();
        }
      }
    });
  }

  @Override
  public Seq<IdempotencyKey> open(String operation) {
    return sql.inTransaction("list the open keys of " + operation, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT idempotency_key FROM partnerkit_write_journal"
          + " WHERE operation = ? AND state <> 'DONE' ORDER BY idempotency_key")) {
        ps.setString(1, operation);
        List<IdempotencyKey> keys = List.empty();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys = keys.prepend(IdempotencyKey.of(rs.getString(1)));
          }
        }
        return keys.reverse();
      }
    });
  }

  @Override
  public Option<JournalEntry> resolve(IdempotencyKey key, boolean applied, Instant now) {
    return sql.inTransaction("resolve " + key, c -> {
      Option<JournalEntry> before = lock(c, key);
      Option<JournalEntry> after = rules.resolve(before, applied, now);
      if (after.isDefined() && !after.equals(before)) {
        update(c, key, after.get());
      } else if (after.isEmpty() && before.isDefined()) {
        delete(c, key);
      }
      return after;
    });
  }

  private void change(String what, IdempotencyKey key, Function<Option<JournalEntry>, Option<JournalEntry>> rule) {
    sql.inTransaction(what, c -> {
      Option<JournalEntry> next = rule.apply(lock(c, key));
      if (next.isDefined()) {
        update(c, key, next.get());
      }
      return null;
    });
  }

  private static void delete(Connection c, IdempotencyKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM partnerkit_write_journal WHERE idempotency_key = ?")) {
      ps.setString(1, key.value());
      ps.executeUpdate();
    }
  }

  private static boolean insertIfAbsent(Connection c, IdempotencyKey key, JournalEntry e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO partnerkit_write_journal (idempotency_key, operation,"
        + " fingerprint, state, result, claimed_at, since) VALUES (?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (idempotency_key) DO NOTHING")) {
      ps.setString(1, key.value());
      bind(ps, 2, e);
      return ps.executeUpdate() == 1;
    }
  }

  /** Writes {@code e} over the row; the V1 result columns are kept for a V1 result replayed as it was. */
  private static void update(Connection c, IdempotencyKey key, JournalEntry e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE partnerkit_write_journal SET operation = ?,"
        + " fingerprint = ?, state = ?, result = ?, claimed_at = ?, since = ?,"
        + " customer_id = CASE WHEN ? = 'DONE' THEN customer_id END,"
        + " account_name = CASE WHEN ? = 'DONE' THEN account_name END,"
        + " association = CASE WHEN ? = 'DONE' THEN association END,"
        + " provenance = CASE WHEN ? = 'DONE' THEN provenance END"
        + " WHERE idempotency_key = ?")) {
      bind(ps, 1, e);
      for (int i = 7; i <= 10; i++) {
        ps.setString(i, e.state().name());
      }
      ps.setString(11, key.value());
      ps.executeUpdate();
    }
  }

  private static Option<JournalEntry> lock(Connection c, IdempotencyKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM partnerkit_write_journal WHERE idempotency_key = ? FOR UPDATE")) {
      ps.setString(1, key.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Option.some(read(rs)) : Option.none();
      }
    }
  }

  private static void bind(PreparedStatement ps, int at, JournalEntry e) throws SQLException {
    ps.setString(at, e.operation());
    ps.setString(at + 1, e.fingerprint());
    ps.setString(at + 2, e.state().name());
    ps.setString(at + 3, e.result().getOrNull());
    ps.setObject(at + 4, e.claimedAt().atOffset(ZoneOffset.UTC));
    ps.setObject(at + 5, e.since().atOffset(ZoneOffset.UTC));
  }

  private static JournalEntry read(ResultSet rs) throws SQLException {
    JournalEntry.State state = JournalEntry.State.valueOf(rs.getString(3));
    Option<String> result = Option.of(rs.getString(4));
    if (result.isEmpty() && state == JournalEntry.State.DONE && rs.getString(7) != null
        && IdempotentCreate.OPERATION.equals(rs.getString(1))) {
      // a create recorded by the V1 create journal: its result in the V1 columns, in the create codec's form
      result = Option.some(JournalCodec.join(rs.getString(7), Option.of(rs.getString(8)).getOrElse(""),
          rs.getString(9), rs.getString(10)));
    }
    return new JournalEntry(rs.getString(1), rs.getString(2), state, result,
        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant());
  }
}
