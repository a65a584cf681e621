package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.tencent.TencentCustomer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import run as its own JVM, killed ({@code destroyForcibly}) after some accounts were created, then run again
 * with the same command: exactly one account per row at the vendor, and every row's id in the result file. The
 * sandbox lives in this JVM, so the vendor's state survives the child's death.
 */
@org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES) // a safety net: fail, never hang CI
class ImportKillResumeTest {

  static final int ROWS = 40;
  static final int KILL_AFTER_ACCOUNTS = 10;

  @TempDir Path dir;
  SandboxCli cli;

  @BeforeEach
  void sandbox() {
    cli = new SandboxCli(dir);
  }

  @AfterEach
  void close() {
    cli.close();
  }

  private Process start(Path input, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.partnerkit.cli.Main", "import", input.toString(), "-p", "tencent")
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile());
    builder.environment().putAll(cli.environment);
    return builder.start();
  }

  @Test
  void a_killed_import_resumes_with_one_account_per_row_and_every_id_in_the_result_file() throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int n = 1; n <= ROWS; n++) {
      rows.add(cli.tencentRow(n));
    }
    Path input = SandboxCli.write(dir.resolve("customers.csv"), SandboxCli.csv(rows));
    int before = cli.sandbox.tencent().accountCount();

    Process first = start(input, "first");
    while (first.isAlive() && cli.sandbox.tencent().accountCount() - before < KILL_AFTER_ACCOUNTS) {
      Thread.sleep(10);
    }
    assertThat(first.isAlive()).as("the first run was still creating when killed; its stderr: %s",
        Files.readString(dir.resolve("first.err"))).isTrue();
    first.destroyForcibly().waitFor();
    int createdBeforeKill = cli.sandbox.tencent().accountCount() - before;
    assertThat(createdBeforeKill).isBetween(KILL_AFTER_ACCOUNTS, ROWS - 1);

    Process second = start(input, "second");
    int exit = second.waitFor();

    assertThat(exit).as(Files.readString(dir.resolve("second.out")) + Files.readString(dir.resolve("second.err")))
        .isEqualTo(ExitCodes.OK);
    assertThat(cli.sandbox.tencent().accountCount() - before).isEqualTo(ROWS);
    Map<String, List<String>> uinsByMail = cli.sandbox.tencent().customers().stream()
        .collect(Collectors.groupingBy(TencentCustomer::mail, Collectors.mapping(TencentCustomer::uin,
            Collectors.toList())));
    List<CSVRecord> results = ImportTest.results(input);
    assertThat(results).hasSize(ROWS);
    for (int n = 1; n <= ROWS; n++) {
      List<String> uins = uinsByMail.get("customer" + n + "@acme.example");
      assertThat(uins).as("accounts of row %d", n).hasSize(1);
      assertThat(results.get(n - 1).get("customer id")).as("id of row %d", n).isEqualTo(uins.get(0));
    }
    Map<String, Long> outcomes = results.stream()
        .collect(Collectors.groupingBy(r -> r.get("outcome"), Collectors.counting()));
    System.out.printf("kill/resume: %d rows, %d accounts when killed, %d accounts after the resume, outcomes %s%n",
        ROWS, createdBeforeKill, cli.sandbox.tencent().accountCount() - before, outcomes);
    assertThat(outcomes.keySet()).isSubsetOf("REPLAYED", "RECONCILED", "CREATED");
    assertThat(outcomes.getOrDefault("REPLAYED", 0L) + outcomes.getOrDefault("RECONCILED", 0L))
        .as("rows done by the killed run").isGreaterThanOrEqualTo(KILL_AFTER_ACCOUNTS);
    assertThat(outcomes.get("CREATED")).as("rows left to the second run").isPositive();
    assertThat(input.resolveSibling("customers.csv.journal")).exists();
  }

  @Test
  void a_create_in_flight_when_the_import_is_killed_is_reconciled_on_the_next_run_not_repeated() throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int n = 101; n <= 105; n++) {
      rows.add(cli.tencentRow(n));
    }
    Path input = SandboxCli.write(dir.resolve("in-flight.csv"), SandboxCli.csv(rows));
    int before = cli.sandbox.tencent().accountCount();
    cli.sandbox.tencent().faults().delay("CreateAccount", java.time.Duration.ofSeconds(3), 1);

    Process first = start(input, "first");
    // the delay is taken when the request arrives (the count comes only after it): kill while the vendor holds it
    while (first.isAlive() && cli.sandbox.tencent().faults().pending("CreateAccount") > 0) {
      Thread.sleep(10);
    }
    first.destroyForcibly().waitFor();
    while (cli.sandbox.tencent().accountCount() == before) {
      Thread.sleep(10);   // the vendor applies the create whose answer nobody is waiting for any more
    }

    Process second = start(input, "second");
    assertThat(second.waitFor()).as(Files.readString(dir.resolve("second.err"))).isEqualTo(ExitCodes.OK);

    assertThat(cli.sandbox.tencent().accountCount() - before).isEqualTo(rows.size());
    List<CSVRecord> results = ImportTest.results(input);
    assertThat(results).extracting(r -> r.get("outcome"))
        .containsExactly("RECONCILED", "CREATED", "CREATED", "CREATED", "CREATED");
    String uin = cli.sandbox.tencent().customers().stream().filter(c -> c.mail().equals("customer101@acme.example"))
        .findFirst().orElseThrow().uin();
    assertThat(results.get(0).get("customer id")).isEqualTo(uin);
  }

  @Test
  void an_import_stopped_gracefully_says_how_to_resume() throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int n = 201; n <= 215; n++) {
      rows.add(cli.tencentRow(n));
    }
    Path input = SandboxCli.write(dir.resolve("stopped.csv"), SandboxCli.csv(rows));
    int before = cli.sandbox.tencent().accountCount();

    Process first = start(input, "first");
    while (first.isAlive() && cli.sandbox.tencent().accountCount() - before < 3) {
      Thread.sleep(10);
    }
    first.destroy();   // SIGTERM, as Ctrl-C: shutdown hooks run
    first.waitFor();

    assertThat(Files.readString(dir.resolve("first.err")))
        .contains("import interrupted; run the same command again to resume");
    Process second = start(input, "second");
    assertThat(second.waitFor()).isEqualTo(ExitCodes.OK);
    assertThat(cli.sandbox.tencent().accountCount() - before).isEqualTo(rows.size());
  }
}
