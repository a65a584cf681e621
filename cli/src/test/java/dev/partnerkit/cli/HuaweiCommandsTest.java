package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.huawei.HuaweiSite;
import dev.partnerkit.sandbox.huawei.SandboxCustomer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands against the sandbox's Huawei front doors (China and International), through profiles. */
class HuaweiCommandsTest {

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

  @Test
  void customers_create_show_and_list_on_huawei_china() {
    Map<String, String> row = SandboxCli.huaweiChinaRow(1);
    cli.environment.put("PK_TEST_PASSWORD", row.get("password"));
    List<String> args = new ArrayList<>(List.of("customers", "create", "-p", "china", "-o", "csv",
        "--password-env", "PK_TEST_PASSWORD"));
    row.forEach((k, v) -> {
      if (!k.equals("password")) {
        args.addAll(List.of("-f", k + "=" + v));
      }
    });
    SandboxCli.Run created = cli.run(args.toArray(String[]::new));

    assertThat(created.exit()).as(created.all()).isEqualTo(ExitCodes.OK);
    SandboxCli.Run again = cli.run(args.toArray(String[]::new));
    assertThat(again.out()).contains("REPLAYED");
    List<SandboxCustomer> atVendor = cli.sandbox.huawei(HuaweiSite.CHINA).customers().stream()
        .filter(c -> c.xaccountId().equals("crm-1")).toList();
    assertThat(atVendor).hasSize(1);
    String id = atVendor.get(0).customerId();
    assertThat(created.out()).contains(id, "customer_1");
    assertThat(created.all() + again.all()).doesNotContain(row.get("password"));

    cli.sandbox.huawei(HuaweiSite.CHINA).completeAssociations();
    SandboxCli.Run listed = cli.run("customers", "list", "-p", "china", "-o", "csv");
    assertThat(listed.exit()).as(listed.all()).isEqualTo(ExitCodes.OK);
    assertThat(listed.out()).contains(id);
    SandboxCli.Run shown = cli.run("customers", "show", id, "-p", "china");
    assertThat(shown.exit()).as(shown.all()).isEqualTo(ExitCodes.OK);
    assertThat(shown.out()).contains(id, "customer_1");
  }

  @Test
  void china_has_credit_and_vouchers() {
    SandboxCli.Run credit = cli.run("credit", "show", "-p", "china", "-o", "csv");
    assertThat(credit.exit()).as(credit.all()).isEqualTo(ExitCodes.OK);
    assertThat(credit.out()).startsWith("total,allocated,remaining").contains("CNY");
  }

  @Test
  void what_huawei_international_does_not_have_is_said_clearly_with_exit_code_2() {
    for (String[] command : List.of(new String[] {"credit", "show"},
        new String[] {"bills", "--customer", "x", "--month", "2026-10"},
        new String[] {"vouchers", "--customer", "x"})) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("-p", "intl"));
      SandboxCli.Run run = cli.run(args.toArray(String[]::new));
      assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(ExitCodes.BAD_USAGE);
      assertThat(run.err()).contains("this profile's vendor, Huawei INTERNATIONAL", "offers no")
          .doesNotContain("Port");
    }
  }

  @Test
  void huawei_has_no_industry_catalog_and_no_applications() {
    SandboxCli.Run trades = cli.run("trade-categories", "-p", "intl", "-o", "json");
    assertThat(trades.exit()).as(trades.all()).isEqualTo(ExitCodes.OK);
    assertThat(trades.out().trim()).isEqualTo("[]");
    SandboxCli.Run applications = cli.run("applications", "list", "-p", "china", "-o", "csv");
    assertThat(applications.exit()).as(applications.all()).isEqualTo(ExitCodes.OK);
    assertThat(applications.out().lines().count()).isEqualTo(1);
  }

  @Test
  void a_verification_code_goes_to_a_mainland_mobile_in_china_and_an_email_internationally() {
    SandboxCli.Run china = cli.run("verification-code", "send", "--phone", "13800138000", "--calling-code", "86",
        "-p", "china");
    assertThat(china.exit()).as(china.all()).isEqualTo(ExitCodes.OK);
    assertThat(cli.sandbox.huawei(HuaweiSite.CHINA).lastVerificationCode("13800138000")).isPresent();

    SandboxCli.Run intl = cli.run("verification-code", "send", "--mail", "it@initech.example", "-p", "intl");
    assertThat(intl.exit()).as(intl.all()).isEqualTo(ExitCodes.OK);
    assertThat(cli.sandbox.huawei(HuaweiSite.INTERNATIONAL).lastVerificationCode("it@initech.example")).isPresent();
  }
}
