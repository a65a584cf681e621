package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two imports at once on one profile (two command lines, each with its own gateway, as two processes would be)
 * against the sandbox with Tencent's published limits (CreateAccount 5/s): sharing the profile's rate-limit file
 * beside the config, together they stay within the limit and the vendor throttles no row; the control, two config
 * directories (so two budgets), is throttled.
 */
class SharedRateBudgetTest {

  private static final int ROWS_PER_FILE = 6;

  @Test
  void two_imports_on_one_profile_share_its_budget_and_are_never_throttled(@TempDir Path dir) throws Exception {
    try (SandboxCli cli = new SandboxCli(dir)) {
      List<SandboxCli.Run> runs = importAtOnce(cli, cli, dir, dir);

      assertThat(runs).allSatisfy(run -> assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK));
      assertThat(cli.sandbox.tencent().accountCount()).isEqualTo(2 * ROWS_PER_FILE);
      assertThat(cli.sandbox.tencent().throttledCount("CreateAccount")).isZero();
      assertThat(dir.resolve("rate-limits").resolve("tencent.buckets")).isNotEmptyFile();
      assertThat(Files.readString(dir.resolve("rate-limits").resolve("tencent.buckets"),
          java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(Sandbox.DEFAULT_SECRET_ID);
    }
  }

  @Test
  void two_imports_with_budgets_of_their_own_are_throttled(@TempDir Path dir) throws Exception {
    Path first = Files.createDirectories(dir.resolve("first"));
    Path second = Files.createDirectories(dir.resolve("second"));
    try (SandboxCli cli = new SandboxCli(first)) {
      SandboxCli other = new SandboxCli(second, cli.sandbox);
      List<SandboxCli.Run> runs = importAtOnce(cli, other, first, second);

      assertThat(runs).allSatisfy(run -> assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK));
      assertThat(cli.sandbox.tencent().throttledCount("CreateAccount"))
          .as("the vendor refuses what two unshared budgets send together").isPositive();
    }
  }

  /** Imports two files of fresh customers at the same moment, one through each command line. */
  private static List<SandboxCli.Run> importAtOnce(SandboxCli one, SandboxCli two, Path dirOne, Path dirTwo)
      throws Exception {
    List<Map<String, String>> rowsOne = new ArrayList<>();
    List<Map<String, String>> rowsTwo = new ArrayList<>();
    for (int n = 0; n < ROWS_PER_FILE; n++) {
      rowsOne.add(one.tencentRow(700 + n));
      rowsTwo.add(one.tencentRow(800 + n));
    }
    Path fileOne = SandboxCli.write(dirOne.resolve("one.csv"), SandboxCli.csv(rowsOne));
    Path fileTwo = SandboxCli.write(dirTwo.resolve("two.csv"), SandboxCli.csv(rowsTwo));
    return atOnce(() -> one.run("import", fileOne.toString(), "-p", "tencent"),
        () -> two.run("import", fileTwo.toString(), "-p", "tencent"));
  }

  /** Runs both at the same moment, each in a thread of its own. */
  static List<SandboxCli.Run> atOnce(Callable<SandboxCli.Run> a, Callable<SandboxCli.Run> b) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      Future<SandboxCli.Run> first = pool.submit(() -> {
        go.await();
        return a.call();
      });
      Future<SandboxCli.Run> second = pool.submit(() -> {
        go.await();
        return b.call();
      });
      go.countDown();
      return List.of(first.get(), second.get());
    } finally {
      pool.shutdown();
    }
  }
}
