package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: what the command line says, in the operator's words (config keys, column names, sentences), and what it
 * never says (a pasted secret, a Java method or type, an empty header before an error).
 */
class OperatorMessagesTest {

  /** Pasted secrets of the vendors' real shapes. */
  static final String TENCENT_SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
  static final String TENCENT_SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
  static final String HUAWEI_AK = "HPUABXWQ7ZK2M9D4R1TS";
  static final String HUAWEI_SK = "q8Vn2LzR5tKx9WmB3cH7yJ4pD6sF1gA0eU2iO5rT";

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

  /** Runs with the sandbox's environment, this config file and these extra variables. */
  static SandboxCli.Run withConfig(String config, Map<String, String> variables, String... args) {
    Path file = SandboxCli.write(dir.resolve("config-" + Math.abs(config.hashCode()) + ".properties"), config);
    Map<String, String> environment = new HashMap<>(cli.environment);
    environment.put("PARTNERKIT_CONFIG", file.toString());
    environment.putAll(variables);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PartnerkitCommand.commandLine(environment).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
    return new SandboxCli.Run(exit, out.toString(), err.toString());
  }

  static String tencentProfile(String extra) {
    return "profile.t.vendor = tencent\nprofile.t.endpoint = " + cli.sandbox.tencentEndpoint() + "\n"
        + "profile.t.allow-insecure-http = true\n" + extra;
  }

  static void assertNoSecret(SandboxCli.Run run) {
    assertThat(run.all()).doesNotContain(TENCENT_SECRET_ID, TENCENT_SECRET_KEY, HUAWEI_AK, HUAWEI_SK,
        "Hunter2Secret99");
  }

  // ---------------------------------------------------------------- CLI messages (issue 14, item 3)

  @Test
  void a_busy_port_is_one_clear_line_without_a_stack_trace() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SandboxCli.Run run = cli.run("sandbox", "--port", String.valueOf(taken.getLocalPort()),
          "--huawei-china-port", "0", "--huawei-intl-port", "0");

      assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(run.err()).contains("cannot start the sandbox: 127.0.0.1:" + taken.getLocalPort()
          + " is already in use", "--port").doesNotContain("BindException", "\tat ", "Exception");
    }
  }

  @Test
  void plain_http_names_the_config_key_not_a_java_method() {
    SandboxCli.Run run = withConfig("profile.t.vendor = tencent\nprofile.t.endpoint = "
        + cli.sandbox.tencentEndpoint() + "\n", Map.of(), "trade-categories", "-p", "t");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("allow-insecure-http = true").doesNotContain("allowInsecureHttp", "(true)");
  }

  @Test
  void a_capability_the_vendor_lacks_is_said_in_the_commands_words() {
    SandboxCli.Run run = cli.run("credit", "show", "-p", "intl");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("this profile's vendor, Huawei INTERNATIONAL (profile 'intl'), offers no credit "
        + "transfers").doesNotContain("CreditPort", "is not offered");
  }

  @Test
  void a_listing_that_fails_prints_no_header_on_stdout_before_the_error() {
    for (String format : List.of("table", "csv", "json")) {
      SandboxCli.Run run = withConfig(tencentProfile("profile.t.secret-id-env = PK_WRONG_ID\n"
          + "profile.t.secret-key-env = PK_WRONG_KEY\n"), Map.of("PK_WRONG_ID", "AKIDnobody",
          "PK_WRONG_KEY", "wrong"), "customers", "list", "-p", "t", "-o", format);

      assertThat(run.exit()).as(format).isEqualTo(ExitCodes.VENDOR_FAILURE);
      assertThat(run.out()).as(format).isEmpty();
      assertThat(run.err()).as(format).contains("listing customers");
    }
  }

  @Test
  void output_format_is_offered_only_by_commands_that_print_rows() {
    assertThat(cli.run("verification-code", "send", "--help").out()).doesNotContain("--output");
    assertThat(cli.run("customers", "list", "--help").out()).contains("--output");
    SandboxCli.Run run = cli.run("verification-code", "send", "--mail", "a@b.example", "-p", "tencent", "-o", "csv");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("Unknown option", "-o");
  }

  @Test
  void import_says_its_summary_in_words() throws IOException {
    Map<String, String> good = cli.tencentRow(1401);
    Map<String, String> bad = SandboxCli.tencentRowWithoutCode(1402);
    bad.put("area", "ZZ");
    Path input = SandboxCli.write(dir.resolve("summary.csv"), SandboxCli.csv(List.of(good, bad)));

    SandboxCli.Run run = cli.run("import", input.toString(), "--skip-invalid", "-p", "tencent");

    assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.out()).contains("1 created, 1 invalid; results in", "1 row has no account")
        .doesNotContain("{", "=1");
    assertThat(run.err()).contains("1 of 2 rows is invalid; creating the 1 valid row (--skip-invalid)");
  }

  @Test
  void a_bad_byte_in_row_1_is_reported_on_its_line_not_after_row_0() throws IOException {
    Path input = dir.resolve("latin1-row1.csv");
    Files.write(input, SandboxCli.csv(List.of(SandboxCli.tencentRowWithoutCode(5))).replace("Customer 5", "Caf\u00e9")
        .getBytes(StandardCharsets.ISO_8859_1));

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("is not valid UTF-8 text (the first bad bytes are on line 2; line 1 is the header "
        + "row)").doesNotContain("row 0");
  }

  @Test
  void a_line_that_is_not_json_is_one_error_that_quotes_nothing() {
    Path input = SandboxCli.write(dir.resolve("not-json.jsonl"), "Hunter2Secret99\n");

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.out().strip().lines()).containsExactly(
        "row 1: row: is not a JSON object (the JSON breaks at column 1); each line must be one object of "
            + "registration form fields [format]");
    assertThat(run.all()).doesNotContain("is required", "Unrecognized token");
    assertNoSecret(run);
  }

  @Test
  void violations_name_the_files_columns() {
    Map<String, String> row = SandboxCli.tencentRowWithoutCode(1403);
    row.put("mail", "not-an-email");
    row.put("tradeCategorySecondLevel", "kghy_9999");
    Path input = SandboxCli.write(dir.resolve("columns-named.csv"), SandboxCli.csv(List.of(row)));

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.out()).contains("row 1: mail:", "row 1: tradeCategorySecondLevel:")
        .doesNotContain("email:", "tradeCategory.");
  }

  @Test
  void a_directory_is_not_called_a_missing_file() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("a-folder.csv"));

    SandboxCli.Run run = cli.run("import", folder.toString(), "-p", "tencent");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("is a directory").doesNotContain("no such file");
  }

  // ---------------------------------------------------------------- secrets never echoed (item 4)

  @Test
  void a_secret_pasted_as_a_variable_name_is_not_printed() {
    for (String[] pasted : List.of(new String[] {"secret-id-env", TENCENT_SECRET_ID},
        new String[] {"secret-key-env", TENCENT_SECRET_KEY})) {
      String other = pasted[0].equals("secret-id-env") ? "secret-key-env = PK_SET\n" : "secret-id-env = PK_SET\n";
      SandboxCli.Run run = withConfig(tencentProfile("profile.t." + pasted[0] + " = " + pasted[1] + "\nprofile.t."
          + other), Map.of("PK_SET", "x"), "trade-categories", "-p", "t");

      assertThat(run.exit()).as(pasted[0]).isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(run.err()).contains("named by " + pasted[0], "not shown");
      assertNoSecret(run);
    }
    SandboxCli.Run huawei = withConfig("profile.h.vendor = huawei\nprofile.h.site = CHINA\n"
        + "profile.h.access-key-env = " + HUAWEI_AK + "\nprofile.h.secret-key-env = " + HUAWEI_SK + "\n",
        Map.of(), "customers", "list", "-p", "h");
    assertThat(huawei.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(huawei.err()).contains("named by access-key-env", "not shown");
    assertNoSecret(huawei);
  }

  @Test
  void a_variable_name_is_still_shown_when_it_is_not_set() {
    SandboxCli.Run run = withConfig(tencentProfile("profile.t.secret-id-env = MY_TENCENT_ID\n"
        + "profile.t.secret-key-env = MY_TENCENT_KEY\n"), Map.of(), "trade-categories", "-p", "t");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("named by secret-id-env (MY_TENCENT_ID), which is not set");
  }

  @Test
  void unknown_keys_user_info_and_page_size_never_quote_a_secret() {
    List<SandboxCli.Run> runs = new ArrayList<>();
    runs.add(withConfig(tencentProfile(TENCENT_SECRET_KEY + "\n"), Map.of(), "trade-categories", "-p", "t"));
    runs.add(withConfig(tencentProfile("profile.t." + HUAWEI_SK + " = 1\n"), Map.of(), "trade-categories", "-p", "t"));
    runs.add(withConfig("profile.t.vendor = tencent\nprofile.t.allow-insecure-http = true\nprofile.t.endpoint = http://"
        + TENCENT_SECRET_ID + ":" + TENCENT_SECRET_KEY + "@127.0.0.1:1\n", Map.of(), "trade-categories", "-p", "t"));
    runs.add(withConfig(tencentProfile("profile.t.page-size = Hunter2Secret99\n"), Map.of(),
        "trade-categories", "-p", "t"));
    runs.add(withConfig(tencentProfile("profile.t.vendor = " + HUAWEI_AK + "\n"), Map.of(),
        "trade-categories", "-p", "t"));
    runs.add(withConfig(tencentProfile(""), Map.of(), "trade-categories", "-p", "t", "--endpoint",
        "https://" + TENCENT_SECRET_ID + ":" + TENCENT_SECRET_KEY + "@127.0.0.1:1"));
    for (SandboxCli.Run run : runs) {
      assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BAD_USAGE);
      assertNoSecret(run);
    }
    assertThat(runs.get(0).err()).contains("unknown key (not shown: it may be a secret)");
    assertThat(runs.get(1).err()).contains("unknown setting (not shown: it may be a secret)");
    assertThat(runs.get(2).err()).contains("endpoint with user info");
    assertThat(runs.get(3).err()).contains("page-size that is not a number from 1 to 100");
    assertThat(runs.get(4).err()).contains("has a vendor that is neither tencent nor huawei");
    assertThat(runs.get(5).err()).contains("--endpoint is an endpoint with user info");
  }

  @Test
  void a_header_row_that_is_a_row_of_values_does_not_echo_them() {
    Path input = SandboxCli.write(dir.resolve("no-header.csv"), "company,it@acme.example,Hunter2Secret99\n"
        + "company,ops@acme.example,Hunter2Secret99\n");

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("[company]", "2 more not shown", "is the header row missing?");
    assertNoSecret(run);

    Path twice = SandboxCli.write(dir.resolve("no-header-twice.csv"), "company,it@acme.example,Hunter2Secret99,"
        + "Hunter2Secret99\n");
    SandboxCli.Run duplicate = cli.run("import", twice.toString(), "-p", "tencent");
    assertThat(duplicate.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(duplicate.err()).contains("a column name twice", "is the header row missing?");
    assertNoSecret(duplicate);
  }

  // ---------------------------------------------------------------- spreadsheet-safe CSV (item 5)

  @Test
  void a_vendor_name_that_is_a_formula_is_escaped_in_csv_output() {
    long applicant = cli.sandbox.tencent().seedSubAgentApplication("=cmd|' /C calc'!A0", "x@reseller.example", "");

    SandboxCli.Run run = cli.run("applications", "list", "-p", "tencent", "-o", "csv");

    assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains(applicant + ",'=cmd|' /C calc'!A0,")
        .doesNotContain("," + "=cmd");
    SandboxCli.Run json = cli.run("applications", "list", "-p", "tencent", "-o", "json");
    assertThat(json.out()).contains("\"name\":\"=cmd|' /C calc'!A0\"");
  }

  @Test
  void a_password_pasted_as_the_password_variable_is_not_printed() {
    SandboxCli.Run pasted = cli.run("customers", "create", "-p", "tencent", "-f", "mail=a@b.example",
        "--password-env", "Hunter2Secret99");
    SandboxCli.Run named = cli.run("customers", "create", "-p", "tencent", "-f", "mail=a@b.example",
        "--password-env", "NEW_CUSTOMER_PASSWORD");

    assertThat(pasted.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(pasted.err()).contains("named by --password-env (not shown");
    assertNoSecret(pasted);
    assertThat(named.err()).contains("named by --password-env (NEW_CUSTOMER_PASSWORD) is not set");
  }
}
