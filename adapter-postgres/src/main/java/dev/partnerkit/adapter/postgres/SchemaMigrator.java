package dev.partnerkit.adapter.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Applies partnerkit's versioned SQL files ({@code db/partnerkit/V<n>__<name>.sql} on the classpath) that a database
 * does not have yet, each in one transaction with its row in {@code partnerkit_schema_history} (version, file,
 * SHA-256). Instances starting together serialize on a transaction-scoped advisory lock; a file changed after it was
 * applied is refused.
 */
final class SchemaMigrator {

  /** The migrations, in order. A new one is added here and as a file; applied files never change. */
  static final List<String> MIGRATIONS = List.of("V1__create_journal.sql", "V2__rate_limit_buckets.sql",
      "V3__write_journal.sql");

  private static final long LOCK = 0x7061_7274_6e65_726bL; // "partnerk"

  private final Sql sql;

  SchemaMigrator(Sql sql) {
    this.sql = sql;
  }

  /** Applies what is missing; returns the versions applied now (empty when the schema was up to date). */
  List<Integer> migrate() {
    return migrate(Integer.MAX_VALUE);
  }

  /** Applies what is missing up to {@code upTo} (tests: a database as an earlier version left it). */
  List<Integer> migrate(int upTo) {
    return sql.inTransaction("migrate partnerkit's schema", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        s.execute("CREATE TABLE IF NOT EXISTS partnerkit_schema_history (version INT PRIMARY KEY, file TEXT NOT NULL,"
            + " sha256 TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      }
      Map<Integer, String> applied = applied(c);
      List<Integer> now = new ArrayList<>();
      for (String file : MIGRATIONS) {
        int version = versionOf(file);
        if (version > upTo) {
          break;
        }
        String script = read(file);
        String sha = sha256(script);
        if (applied.containsKey(version)) {
          if (!applied.get(version).equals(sha)) {
            throw new IllegalStateException("migration " + file + " differs from the one applied to this database");
          }
          continue;
        }
        try (Statement s = c.createStatement()) {
          s.execute(script);
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO partnerkit_schema_history (version, file, sha256) VALUES (?, ?, ?)")) {
          ps.setInt(1, version);
          ps.setString(2, file);
          ps.setString(3, sha);
          ps.executeUpdate();
        }
        now.add(version);
      }
      return List.copyOf(now);
    });
  }

  private static Map<Integer, String> applied(Connection c) throws SQLException {
    Map<Integer, String> applied = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, sha256 FROM partnerkit_schema_history")) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getString(2));
      }
    }
    return applied;
  }

  static int versionOf(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }

  static String read(String file) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/partnerkit/" + file)) {
      if (in == null) {
        throw new IllegalStateException("migration " + file + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String script) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
