package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.tencent.TencentCustomer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every single command against the sandbox's Tencent front door, through a profile, over loopback. */
class TencentCommandsTest {

  @TempDir static Path dir;
  static SandboxCli cli;

  @BeforeAll
  static void sandbox() {
    cli = new SandboxCli(dir);
  }

  @AfterAll
  static void close() {
    cli.close();
  }

  private static List<String> create(Map<String, String> row) {
    List<String> args = new ArrayList<>(List.of("customers", "create", "-p", "tencent", "-o", "csv",
        "--password-env", "PK_TEST_PASSWORD"));
    row.forEach((k, v) -> {
      if (!RegistrationForms.PASSWORD_FIELDS.contains(k)) {
        args.add("-f");
        args.add(k + "=" + v);
      }
    });
    cli.environment.put("PK_TEST_PASSWORD", row.get("password"));
    return args;
  }

  @Test
  void customers_create_show_and_list_with_the_password_from_the_environment_never_printed() {
    Map<String, String> row = cli.tencentRow(1);
    SandboxCli.Run created = cli.run(create(row).toArray(String[]::new));

    assertThat(created.exit()).as(created.all()).isEqualTo(ExitCodes.OK);
    TencentCustomer atVendor = cli.sandbox.tencent().customers().stream()
        .filter(c -> c.mail().equals("customer1@acme.example")).findFirst().orElseThrow();
    assertThat(created.out()).contains(atVendor.uin(), "CREATED", "BOUND");
    assertThat(created.all()).doesNotContain(row.get("password"), row.get("verificationCode"));

    SandboxCli.Run again = cli.run(create(row).toArray(String[]::new));
    assertThat(again.exit()).as(again.all()).isEqualTo(ExitCodes.OK);
    assertThat(again.out()).contains(atVendor.uin(), "REPLAYED");
    assertThat(cli.sandbox.tencent().customers().stream().filter(c -> c.mail().equals("customer1@acme.example")))
        .hasSize(1);

    SandboxCli.Run shown = cli.run("customers", "show", atVendor.uin(), "-p", "tencent", "-o", "json");
    assertThat(shown.exit()).isEqualTo(ExitCodes.OK);
    assertThat(shown.out()).contains("\"id\":\"" + atVendor.uin() + "\"", "customer1@acme.example");

    SandboxCli.Run listed = cli.run("customers", "list", "-p", "tencent", "-o", "csv");
    assertThat(listed.exit()).isEqualTo(ExitCodes.OK);
    assertThat(listed.out().lines().findFirst()).contains("id,account name,name,email,phone,association,created");
    assertThat(listed.out().lines().skip(1).count()).isEqualTo(cli.sandbox.tencent().customers().size());
  }

  @Test
  void an_invalid_registration_reports_every_violation_and_sends_nothing() {
    long requests = cli.sandbox.tencent().requestCount("CreateAccount");
    cli.environment.put("PK_TEST_PASSWORD", "Qx7");
    SandboxCli.Run run = cli.run("customers", "create", "-p", "tencent", "--password-env", "PK_TEST_PASSWORD",
        "-f", "accountType=business", "-f", "mail=not-an-email", "-f", "callingCode=86");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("accountType", "mail", "password", "calling_code.banned", "verificationCode")
        .doesNotContain("Qx7");
    assertThat(cli.sandbox.tencent().requestCount("CreateAccount")).isEqualTo(requests);
  }

  @Test
  void a_password_on_the_command_line_is_refused() {
    SandboxCli.Run run = cli.run("customers", "create", "-p", "tencent", "-f", "password=S3cure!pass");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("--password-env").doesNotContain("S3cure!pass");
  }

  @Test
  void an_unknown_customer_is_exit_code_1() {
    SandboxCli.Run run = cli.run("customers", "show", "209999999999", "-p", "tencent");
    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err()).contains("no customer 209999999999");
  }

  @Test
  void verification_code_send_reaches_the_phone_and_a_banned_calling_code_is_bad_input() {
    SandboxCli.Run sent = cli.run("verification-code", "send", "--phone", "93000001", "--calling-code", "852",
        "-p", "tencent");
    assertThat(sent.exit()).as(sent.all()).isEqualTo(ExitCodes.OK);
    String code = cli.sandbox.tencent().lastVerificationCode("852", "93000001").orElseThrow();
    assertThat(sent.all()).contains("+852 93000001").doesNotContain(code);

    SandboxCli.Run banned = cli.run("verification-code", "send", "--phone", "13800138000", "--calling-code", "86",
        "-p", "tencent");
    assertThat(banned.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(banned.err()).contains("calling_code.banned");
  }

  @Test
  void trade_categories_and_country_codes_are_listed() {
    SandboxCli.Run trades = cli.run("trade-categories", "-p", "tencent", "-o", "csv");
    assertThat(trades.exit()).isEqualTo(ExitCodes.OK);
    assertThat(trades.out()).contains("kghy_01,Internet,kghy_0101,E-commerce");

    SandboxCli.Run countries = cli.run("country-codes", "-p", "tencent");
    assertThat(countries.exit()).isEqualTo(ExitCodes.OK);
    assertThat(countries.out().lines()).anyMatch(l -> l.matches("HK\\s+852\\s+.*"));
  }

  @Test
  void applications_are_listed_approved_once_and_rejected_with_a_reason() {
    long approvable = cli.sandbox.tencent().seedSubAgentApplication("Reseller A", "a@reseller.example", "91110001");
    long rejectable = cli.sandbox.tencent().seedSubAgentApplication("Reseller B", "b@reseller.example", "91110002");

    SandboxCli.Run listed = cli.run("applications", "list", "-p", "tencent", "-o", "csv");
    assertThat(listed.exit()).isEqualTo(ExitCodes.OK);
    assertThat(listed.out()).contains(approvable + ",Reseller A", rejectable + ",Reseller B");

    assertThat(cli.run("applications", "approve", String.valueOf(approvable), "-p", "tencent").out())
        .contains("APPROVED");
    SandboxCli.Run twice = cli.run("applications", "approve", String.valueOf(approvable), "-p", "tencent");
    assertThat(twice.exit()).isEqualTo(ExitCodes.SOME_FAILED);

    SandboxCli.Run rejected = cli.run("applications", "reject", String.valueOf(rejectable), "--reason",
        "incomplete documents", "-p", "tencent");
    assertThat(rejected.exit()).as(rejected.all()).isEqualTo(ExitCodes.OK);
    assertThat(rejected.out()).contains("REJECTED", "incomplete documents");
    assertThat(cli.run("applications", "list", "-p", "tencent", "-o", "csv").out())
        .doesNotContain("Reseller A").doesNotContain("Reseller B");
  }

  /** Seed 001: RejectReason is optional, "Fill in only when ApproveType is reject". */
  @Test
  void an_application_is_rejected_without_a_reason() {
    long applicant = cli.sandbox.tencent().seedSubAgentApplication("Reseller C", "c@reseller.example", "91110003");

    SandboxCli.Run rejected = cli.run("applications", "reject", String.valueOf(applicant), "-p", "tencent", "-o",
        "csv");

    assertThat(rejected.exit()).as(rejected.all()).isEqualTo(ExitCodes.OK);
    assertThat(rejected.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith(applicant + ",Reseller C,").contains(",REJECTED,").endsWith(",");
    assertThat(cli.run("applications", "list", "-p", "tencent", "-o", "csv").out()).doesNotContain("Reseller C");
  }

  @Test
  void credit_is_shown_and_allocated_and_never_beyond_what_the_partner_has() {
    Map<String, String> row = cli.tencentRow(2);
    assertThat(cli.run(create(row).toArray(String[]::new)).exit()).isEqualTo(ExitCodes.OK);
    String uin = cli.sandbox.tencent().customers().stream()
        .filter(c -> c.mail().equals("customer2@acme.example")).findFirst().orElseThrow().uin();

    SandboxCli.Run partner = cli.run("credit", "show", "-p", "tencent", "-o", "csv");
    assertThat(partner.out()).startsWith("total,allocated,remaining");

    SandboxCli.Run allocated = cli.run("credit", "allocate", "--customer", uin, "--amount", "25.50", "--key",
        "test-alloc-1", "-p", "tencent", "-o", "csv");
    assertThat(allocated.exit()).as(allocated.all()).isEqualTo(ExitCodes.OK);
    assertThat(allocated.out()).contains(uin + ",25.50 USD");
    assertThat(cli.run("credit", "show", "--customer", uin, "-p", "tencent", "-o", "csv").out())
        .contains(uin + ",25.5");

    // the same command again (a new process's gateway): the journal next to the config replays it, nothing moves
    SandboxCli.Run again = cli.run("credit", "allocate", "--customer", uin, "--amount", "25.50", "--key",
        "test-alloc-1", "-p", "tencent", "-o", "csv");
    assertThat(again.exit()).as(again.all()).isEqualTo(ExitCodes.OK);
    assertThat(cli.run("credit", "show", "--customer", uin, "-p", "tencent", "-o", "csv").out())
        .contains(uin + ",25.5");
    SandboxCli.Run otherAmount = cli.run("credit", "allocate", "--customer", uin, "--amount", "30", "--key",
        "test-alloc-1", "-p", "tencent");
    assertThat(otherAmount.exit()).as(otherAmount.all()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(otherAmount.err()).contains("idempotency key test-alloc-1 was used for another request");
    assertThat(cli.run("credit", "show", "--customer", uin, "-p", "tencent", "-o", "csv").out())
        .contains(uin + ",25.5");

    SandboxCli.Run tooMuch = cli.run("credit", "allocate", "--customer", uin, "--amount", "999999999", "--key",
        "test-alloc-2", "-p", "tencent");
    assertThat(tooMuch.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(tooMuch.err()).contains("credit.insufficient");
  }

  @Test
  void bills_and_vouchers_are_read() {
    SandboxCli.Run lines = cli.run("bills", "--customer", "200000000101", "--month", "2024-12", "-p", "tencent");
    assertThat(lines.exit()).as(lines.all()).isEqualTo(ExitCodes.OK);
    assertThat(lines.out()).contains("Cloud Virtual Machine");
    SandboxCli.Run summary = cli.run("bills", "--summary", "--customer", "200000000101", "--month", "2024-12",
        "-p", "tencent");
    assertThat(summary.out()).contains("1284.37");
    assertThat(cli.run("bills", "--customer", "1", "--month", "December", "-p", "tencent").exit())
        .isEqualTo(ExitCodes.BAD_USAGE);

    SandboxCli.Run vouchers = cli.run("vouchers", "--customer", "200000000101", "-p", "tencent", "-o", "json");
    assertThat(vouchers.exit()).as(vouchers.all()).isEqualTo(ExitCodes.OK);
    assertThat(vouchers.out()).contains("\"id\":\"12130012\"");
  }

  @Test
  void refused_credentials_are_a_vendor_failure_and_the_key_is_never_printed() {
    cli.environment.put("PK_TEST_WRONG_KEY", "wrongSecretKeyValue0000000000000");
    SandboxCli.Run run;
    try {
      String profiles = "profile.wrong.vendor = tencent\nprofile.wrong.endpoint = " + cli.sandbox.tencentEndpoint()
          + "\nprofile.wrong.allow-insecure-http = true\nprofile.wrong.secret-id-env = " + SandboxCli.ID_VAR
          + "\nprofile.wrong.secret-key-env = PK_TEST_WRONG_KEY\n";
      Path config = SandboxCli.write(dir.resolve("wrong.properties"), profiles);
      run = cli.run("customers", "list", "--config", config.toString());
    } finally {
      cli.environment.remove("PK_TEST_WRONG_KEY");
    }
    assertThat(run.exit()).isEqualTo(ExitCodes.VENDOR_FAILURE);
    assertThat(run.err()).contains("refused the credentials").doesNotContain("wrongSecretKeyValue");
  }

  @Test
  void an_unreachable_endpoint_is_a_vendor_failure_that_names_the_problem() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SandboxCli.Run run = cli.run("country-codes", "-p", "tencent", "--endpoint", "http://127.0.0.1:" + closedPort);
    assertThat(run.exit()).isEqualTo(ExitCodes.VENDOR_FAILURE);
    assertThat(run.err()).contains("unreachable");
  }

  @Test
  void missing_credentials_name_the_variable() {
    String key = cli.environment.remove(SandboxCli.KEY_VAR);
    try {
      SandboxCli.Run run = cli.run("customers", "list", "-p", "tencent");
      assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(run.err()).contains(SandboxCli.KEY_VAR, "not set");
    } finally {
      cli.environment.put(SandboxCli.KEY_VAR, key);
    }
  }

  @Test
  void help_documents_the_exit_codes_and_every_command() {
    SandboxCli.Run help = cli.run("--help");
    assertThat(help.exit()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("Exit codes:", "customers", "import", "verification-code", "trade-categories",
        "country-codes", "applications", "credit", "bills", "vouchers", "sandbox", "demo", "secret-key-env");
  }

  @Test
  void plain_http_without_allow_insecure_http_is_refused_before_any_request() {
    Path config = SandboxCli.write(dir.resolve("insecure.properties"), "profile.plain.vendor = tencent\n"
        + "profile.plain.endpoint = " + cli.sandbox.tencentEndpoint() + "\nprofile.plain.secret-id-env = "
        + SandboxCli.ID_VAR + "\nprofile.plain.secret-key-env = " + SandboxCli.KEY_VAR + "\n");
    long requests = cli.sandbox.tencent().requestCount();
    SandboxCli.Run run = cli.run("customers", "list", "--config", config.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("profile 'plain'", "http");
    assertThat(cli.sandbox.tencent().requestCount()).isEqualTo(requests);
  }

  @Test
  void customers_list_streams_every_page() {
    for (int n = 21; n <= 25; n++) {
      assertThat(cli.run(create(cli.tencentRow(n)).toArray(String[]::new)).exit()).isEqualTo(ExitCodes.OK);
    }
    Path config = SandboxCli.write(dir.resolve("pages.properties"), cli.profiles(cli.sandbox.tencentEndpoint())
        + "profile.tencent.page-size = 2\n");
    long pagesBefore = cli.sandbox.tencent().requestCount("QueryCustomersCredit");

    SandboxCli.Run listed = cli.run("customers", "list", "--config", config.toString(), "-p", "tencent", "-o", "json");

    assertThat(listed.exit()).as(listed.all()).isEqualTo(ExitCodes.OK);
    int customers = cli.sandbox.tencent().customers().size();
    assertThat(customers).isGreaterThanOrEqualTo(5);
    assertThat(listed.out().lines().filter(l -> l.contains("\"id\""))).hasSize(customers);
    for (TencentCustomer c : cli.sandbox.tencent().customers()) {
      assertThat(listed.out()).contains("\"id\":\"" + c.uin() + "\"");
    }
    assertThat(cli.sandbox.tencent().requestCount("QueryCustomersCredit") - pagesBefore)
        .isGreaterThanOrEqualTo((customers + 1) / 2);
  }

  @Test
  void an_operator_lists_unresolved_keys_and_resolves_them() {
    java.nio.file.Path file = cli.config.resolveSibling("journals").resolve("tencent.journal");
    dev.partnerkit.ports.IdempotencyKey key = dev.partnerkit.ports.IdempotencyKey.of("pool-7");
    try {
      java.nio.file.Files.createDirectories(file.getParent());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (dev.partnerkit.adapter.support.FileWriteJournal journal =
        dev.partnerkit.adapter.support.FileWriteJournal.open(file)) {
      journal.claim(key, "tencent.AllocateCreditPool", dev.partnerkit.adapter.support.JournalEntry.fingerprint("x"),
          java.time.Instant.parse("2026-01-01T00:00:00Z"));
      journal.unknown(key, java.time.Instant.parse("2026-01-01T00:00:01Z"));
    }

    SandboxCli.Run unresolved = cli.run("journal", "unresolved", "-p", "tencent", "-o", "csv");
    assertThat(unresolved.exit()).as(unresolved.all()).isEqualTo(ExitCodes.OK);
    assertThat(unresolved.out()).contains("pool-7,tencent.AllocateCreditPool,UNKNOWN");

    SandboxCli.Run resolved = cli.run("journal", "resolve", "pool-7", "--applied", "-p", "tencent");
    assertThat(resolved.exit()).as(resolved.all()).isEqualTo(ExitCodes.OK);
    assertThat(resolved.out()).contains("pool-7 (tencent.AllocateCreditPool) marked applied");
    assertThat(cli.run("journal", "unresolved", "-p", "tencent", "-o", "csv").out()).doesNotContain("pool-7");
    assertThat(cli.run("journal", "resolve", "nope", "--not-applied", "-p", "tencent").exit())
        .isEqualTo(ExitCodes.BAD_USAGE);
  }
}
