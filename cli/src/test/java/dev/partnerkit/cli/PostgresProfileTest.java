package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile naming a PostgreSQL database ({@code postgres-url-env}) keeps its write journal and rate-limit buckets
 * there, on a real PostgreSQL the test starts: two command lines with config directories of their own (as on two
 * machines) import at once, share one budget (the sandbox throttles no row) and one journal, and no local bucket file
 * is written. The URL with its password is never printed.
 */
class PostgresProfileTest {

  private static final String URL_VAR = "PK_TEST_POSTGRES_URL";
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void two_machines_naming_one_database_share_its_budget_and_journal(@TempDir Path dir) throws Exception {
    Path first = Files.createDirectories(dir.resolve("machine-1"));
    Path second = Files.createDirectories(dir.resolve("machine-2"));
    try (SandboxCli one = new SandboxCli(first)) {
      SandboxCli two = new SandboxCli(second, one.sandbox);
      for (SandboxCli cli : List.of(one, two)) {
        Files.writeString(cli.config, Files.readString(cli.config) + "profile.tencent.postgres-url-env = " + URL_VAR
            + "\n");
        cli.environment.put(URL_VAR, postgres.getJdbcUrl("postgres", "postgres"));
      }
      List<Map<String, String>> rowsOne = new ArrayList<>();
      List<Map<String, String>> rowsTwo = new ArrayList<>();
      for (int n = 0; n < 6; n++) {
        rowsOne.add(one.tencentRow(900 + n));
        rowsTwo.add(one.tencentRow(950 + n));
      }
      Path fileOne = SandboxCli.write(first.resolve("one.csv"), SandboxCli.csv(rowsOne));
      Path fileTwo = SandboxCli.write(second.resolve("two.csv"), SandboxCli.csv(rowsTwo));

      List<SandboxCli.Run> runs = SharedRateBudgetTest.atOnce(
          () -> one.run("import", fileOne.toString(), "-p", "tencent"),
          () -> two.run("import", fileTwo.toString(), "-p", "tencent"));

      assertThat(runs).allSatisfy(run -> {
        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(run.all()).doesNotContain("password=postgres");
      });
      assertThat(one.sandbox.tencent().accountCount()).isEqualTo(12);
      assertThat(one.sandbox.tencent().throttledCount("CreateAccount")).isZero();
      assertThat(first.resolve("rate-limits").resolve("tencent.buckets")).doesNotExist();
      assertThat(count("select count(*) from partnerkit_rate_limit_bucket")).isPositive();
      assertThat(count("select count(*) from partnerkit_write_journal")).isEqualTo(12);

      SandboxCli.Run again = two.run("import", fileOne.toString(), "-p", "tencent");
      assertThat(again.exit()).as(again.all()).isEqualTo(ExitCodes.OK);
      assertThat(one.sandbox.tencent().accountCount()).as("the other machine's rows are replayed").isEqualTo(12);
    }
  }

  @Test
  void an_unset_or_wrong_database_variable_is_bad_input_and_never_shows_the_url(@TempDir Path dir) throws Exception {
    try (SandboxCli cli = new SandboxCli(dir)) {
      Files.writeString(cli.config, Files.readString(cli.config) + "profile.tencent.postgres-url-env = " + URL_VAR
          + "\n");
      SandboxCli.Run unset = cli.run("customers", "list", "-p", "tencent");
      assertThat(unset.exit()).isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(unset.err()).contains("postgres-url-env", URL_VAR, "not set");

      cli.environment.put(URL_VAR, "jdbc:postgresql://127.0.0.1:1/nowhere?user=u&password=hunter2secret");
      SandboxCli.Run unreachable = cli.run("customers", "list", "-p", "tencent");
      assertThat(unreachable.exit()).isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(unreachable.err()).contains("cannot use the PostgreSQL database").doesNotContain("hunter2secret");
    }
  }

  private static long count(String query) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }
}
