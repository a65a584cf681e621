package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.huawei.HuaweiSite;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.SandboxCustomer;
import dev.partnerkit.sandbox.tencent.TencentCustomer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partnerkit import} against the sandbox: validation first, creation, results, replays, bad files. */
class ImportTest {

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

  static List<CSVRecord> results(Path input) throws IOException {
    Path file = input.resolveSibling(input.getFileName() + ".results.csv");
    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(file))) {
      return parser.getRecords();
    }
  }

  @Test
  void a_tencent_csv_is_imported_once_and_a_second_run_replays_every_row_with_its_id() throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int n = 101; n <= 106; n++) {
      rows.add(cli.tencentRow(n));
    }
    Path input = SandboxCli.write(dir.resolve("tencent.csv"), SandboxCli.csv(rows));

    SandboxCli.Run first = cli.run("import", input.toString(), "-p", "tencent");

    assertThat(first.exit()).as(first.all()).isEqualTo(ExitCodes.OK);
    assertThat(first.err()).contains("import: 6/6 rows");
    Map<String, String> uinByMail = cli.sandbox.tencent().customers().stream()
        .collect(Collectors.toMap(TencentCustomer::mail, TencentCustomer::uin));
    List<CSVRecord> created = results(input);
    assertThat(created).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(created.get(i).get("row")).isEqualTo(String.valueOf(i + 1));
      assertThat(created.get(i).get("outcome")).isEqualTo("CREATED");
      assertThat(created.get(i).get("customer id")).isEqualTo(uinByMail.get("customer" + (101 + i) + "@acme.example"));
    }
    assertThat(Files.readString(input.resolveSibling("tencent.csv.results.csv")) + first.all())
        .doesNotContain("S3cure!pass101", rows.get(0).get("verificationCode"));

    int accounts = cli.sandbox.tencent().accountCount();
    SandboxCli.Run second = cli.run("import", input.toString(), "-p", "tencent");
    assertThat(second.exit()).as(second.all()).isEqualTo(ExitCodes.OK);
    assertThat(cli.sandbox.tencent().accountCount()).isEqualTo(accounts);
    List<CSVRecord> replayed = results(input);
    assertThat(replayed).extracting(r -> r.get("outcome")).containsOnly("REPLAYED");
    assertThat(replayed).extracting(r -> r.get("customer id"))
        .containsExactlyElementsOf(created.stream().map(r -> r.get("customer id")).toList());
  }

  @Test
  void every_violation_of_every_row_and_duplicates_are_reported_and_nothing_is_created() {
    Map<String, String> good = SandboxCli.tencentRowWithoutCode(201);
    Map<String, String> bad = SandboxCli.tencentRowWithoutCode(202);
    bad.put("mail", "not-an-email");
    bad.put("password", "short");
    bad.put("confirmPassword", "short");
    Map<String, String> duplicate = SandboxCli.tencentRowWithoutCode(203);
    duplicate.put("mail", good.get("mail"));
    Path input = SandboxCli.write(dir.resolve("invalid.csv"), SandboxCli.csv(List.of(good, bad, duplicate)));
    long creates = cli.sandbox.tencent().requestCount("CreateAccount");

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.out()).contains("row 2: mail:", "row 2: password:", "[email.invalid]",
        "row 3: mail: is the same customer as row 1", "[row.duplicate]").doesNotContain("row 1:");
    assertThat(run.err()).contains("2 of 3 rows are invalid (1 duplicate customer); nothing was created");
    assertThat(run.all()).doesNotContain("short");
    assertThat(cli.sandbox.tencent().requestCount("CreateAccount")).isEqualTo(creates);
    assertThat(input.resolveSibling("invalid.csv.results.csv")).doesNotExist();
    assertThat(input.resolveSibling("invalid.csv.journal")).doesNotExist();
  }

  @Test
  void skip_invalid_creates_the_valid_rows_and_marks_the_others_invalid_with_exit_code_1() throws IOException {
    Map<String, String> good = cli.tencentRow(301);
    Map<String, String> bad = SandboxCli.tencentRowWithoutCode(302);
    bad.put("area", "ZZ");
    Path input = SandboxCli.write(dir.resolve("skip.csv"), SandboxCli.csv(List.of(bad, good)));

    SandboxCli.Run run = cli.run("import", input.toString(), "--skip-invalid", "-p", "tencent");

    assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.SOME_FAILED);
    List<CSVRecord> results = results(input);
    assertThat(results.get(0).get("outcome")).isEqualTo("INVALID");
    assertThat(results.get(0).get("error code")).contains("area");
    assertThat(results.get(1).get("outcome")).isEqualTo("CREATED");
    assertThat(results.get(1).get("customer id")).isNotEmpty();
  }

  @Test
  void huawei_china_json_lines_with_an_association_lag_are_created_and_pending() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int n = 401; n <= 403; n++) {
      Map<String, String> row = SandboxCli.huaweiChinaRow(n);
      jsonl.append(row.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
          .collect(Collectors.joining(",", "{", ",\"closeMarketingMessages\":true}\n")));
    }
    Path input = SandboxCli.write(dir.resolve("huawei.jsonl"), jsonl.toString());
    cli.sandbox.huawei(HuaweiSite.CHINA).faults().injectOnce(HuaweiOperation.CREATE_SUB_CUSTOMER,
        HuaweiFault.associationLag());

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "china");

    assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
    Map<String, String> idByXaccount = cli.sandbox.huawei(HuaweiSite.CHINA).customers().stream()
        .collect(Collectors.toMap(SandboxCustomer::xaccountId, SandboxCustomer::customerId));
    List<CSVRecord> results = results(input);
    assertThat(results).extracting(r -> r.get("outcome")).containsExactly("PENDING", "CREATED", "CREATED");
    for (int i = 0; i < 3; i++) {
      assertThat(results.get(i).get("customer id")).isEqualTo(idByXaccount.get("crm-" + (401 + i)));
      assertThat(results.get(i).get("account name")).isEqualTo("customer_" + (401 + i));
    }
  }

  @Test
  void unknown_columns_are_refused_naming_them_and_the_form_fields() {
    Path input = SandboxCli.write(dir.resolve("columns.csv"), "mail,phone,colour\na@b.example,1,red\n");
    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("unknown column(s) [phone, colour]", "accountType", "tradeCategoryFirstLevel");
  }

  @Test
  void another_vendors_columns_are_unknown_columns() {
    Path input = SandboxCli.write(dir.resolve("huawei-columns.csv"), SandboxCli.csv(List.of(SandboxCli.huaweiChinaRow(1))));
    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("unknown column(s) [xaccountId, xaccountType, accountName]");
  }

  @Test
  void bytes_that_are_not_utf8_are_refused() throws IOException {
    Path input = dir.resolve("latin1.csv");
    Files.write(input, SandboxCli.csv(List.of(SandboxCli.tencentRowWithoutCode(5))).replace("Customer 5", "Caf\u00e9")
        .getBytes(StandardCharsets.ISO_8859_1));
    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.err()).contains("is not valid UTF-8");
  }

  @Test
  void an_empty_file_a_header_without_rows_and_a_missing_file_are_refused() {
    SandboxCli.Run empty = cli.run("import", SandboxCli.write(dir.resolve("empty.csv"), "").toString(), "-p", "tencent");
    assertThat(empty.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(empty.err()).contains("is empty", "header row");

    SandboxCli.Run emptyJson = cli.run("import", SandboxCli.write(dir.resolve("empty.jsonl"), "\n\n").toString(),
        "-p", "tencent");
    assertThat(emptyJson.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(emptyJson.err()).contains("is empty");

    SandboxCli.Run headerOnly = cli.run("import",
        SandboxCli.write(dir.resolve("header.csv"), "mail,password\n").toString(), "-p", "tencent");
    assertThat(headerOnly.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(headerOnly.err()).contains("no rows");

    SandboxCli.Run missing = cli.run("import", dir.resolve("nowhere.csv").toString(), "-p", "tencent");
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void json_lines_that_are_broken_or_have_unknown_fields_are_row_violations() {
    Path input = SandboxCli.write(dir.resolve("broken.jsonl"), "{\"mail\": \"a@b.example\", \"colour\": \"red\"}\n"
        + "not json\n[1,2]\n");
    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.out()).contains("row 1: colour: is not a field of the registration form",
        "row 2: row: is not a JSON object (the JSON breaks", "row 3: row: is not a JSON object");
    assertThat(run.err()).contains("3 of 3 rows are invalid");
  }

  @Test
  void a_100000_row_file_with_one_invalid_row_is_validated_in_full_and_nothing_is_created() throws IOException {
    Path input = dir.resolve("large.csv");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write(String.join(",", SandboxCli.tencentRowWithoutCode(0).keySet()));
      w.newLine();
      for (int n = 1; n <= 100_000; n++) {
        Map<String, String> row = SandboxCli.tencentRowWithoutCode(n);
        if (n == 73_457) {
          row.put("mail", "broken");
        }
        w.write(String.join(",", row.values()));
        w.newLine();
      }
    }
    long creates = cli.sandbox.tencent().requestCount("CreateAccount");

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "tencent");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(run.out().lines()).containsExactly("row 73457: mail: must be a valid email address such as "
        + "account@example.com [email.invalid]");
    assertThat(run.err()).contains("1 of 100000 rows is invalid; nothing was created. Fix it,");
    assertThat(cli.sandbox.tencent().requestCount("CreateAccount")).isEqualTo(creates);
  }

  @Test
  void dry_run_validates_and_creates_nothing() {
    Path input = SandboxCli.write(dir.resolve("dry.csv"),
        SandboxCli.csv(List.of(SandboxCli.tencentRowWithoutCode(501), SandboxCli.tencentRowWithoutCode(502))));
    long creates = cli.sandbox.tencent().requestCount("CreateAccount");
    SandboxCli.Run run = cli.run("import", input.toString(), "--dry-run", "-p", "tencent");
    assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("all 2 rows are valid");
    assertThat(cli.sandbox.tencent().requestCount("CreateAccount")).isEqualTo(creates);
  }

  @Test
  void refused_credentials_stop_the_import_at_the_first_row_with_exit_code_3() throws IOException {
    Path input = SandboxCli.write(dir.resolve("unauthorized.csv"),
        SandboxCli.csv(List.of(SandboxCli.huaweiChinaRow(601), SandboxCli.huaweiChinaRow(602))));
    String sk = cli.environment.put(SandboxCli.SK_VAR, "not-the-secret-key-at-all-000000");
    SandboxCli.Run run;
    try {
      run = cli.run("import", input.toString(), "-p", "china");
    } finally {
      cli.environment.put(SandboxCli.SK_VAR, sk);
    }
    assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.VENDOR_FAILURE);
    assertThat(run.err()).contains("row 1: stopping the import", "refused the credentials")
        .doesNotContain("not-the-secret-key");
    assertThat(results(input)).extracting(r -> r.get("outcome")).containsExactly("FAILED");
  }

  @Test
  void a_huawei_international_csv_with_emailed_codes_is_imported() throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int n = 701; n <= 703; n++) {
      String mail = "it" + n + "@initech.example";
      assertThat(cli.run("verification-code", "send", "--mail", mail, "-p", "intl").exit()).isEqualTo(ExitCodes.OK);
      Map<String, String> row = new java.util.LinkedHashMap<>(SandboxCli.huaweiChinaRow(n));
      row.put("mail", mail);
      row.put("area", "SG");
      row.put("verificationCode", cli.sandbox.huawei(HuaweiSite.INTERNATIONAL).lastVerificationCode(mail).orElseThrow());
      rows.add(row);
    }
    Path input = SandboxCli.write(dir.resolve("intl.csv"), SandboxCli.csv(rows));

    SandboxCli.Run run = cli.run("import", input.toString(), "-p", "intl");

    assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
    Map<String, String> idByXaccount = cli.sandbox.huawei(HuaweiSite.INTERNATIONAL).customers().stream()
        .collect(Collectors.toMap(SandboxCustomer::xaccountId, SandboxCustomer::customerId));
    List<CSVRecord> results = results(input);
    assertThat(results).extracting(r -> r.get("outcome")).containsOnly("CREATED");
    for (int i = 0; i < 3; i++) {
      assertThat(results.get(i).get("customer id")).isNotEmpty().isEqualTo(idByXaccount.get("crm-" + (701 + i)));
    }
  }
}
