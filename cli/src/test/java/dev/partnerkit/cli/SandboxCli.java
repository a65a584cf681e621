package dev.partnerkit.cli;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded sandbox with a config file whose profiles point at it ({@code tencent}, {@code china}, {@code intl}),
 * the environment holding the credentials, and a way to run the command line in this JVM and see what it printed.
 */
final class SandboxCli implements AutoCloseable {

  static final String ID_VAR = "PK_TEST_TENCENT_ID";
  static final String KEY_VAR = "PK_TEST_TENCENT_KEY";
  static final String AK_VAR = "PK_TEST_HUAWEI_AK";
  static final String SK_VAR = "PK_TEST_HUAWEI_SK";

  final Sandbox sandbox;
  final Path dir;
  final Path config;
  final Map<String, String> environment = new HashMap<>();
  private TencentPartnerGateway tencentForCodes;

  SandboxCli(Path dir) {
    this(dir, Sandbox.builder().build());
  }

  SandboxCli(Path dir, Sandbox sandbox) {
    this.sandbox = sandbox;
    this.dir = dir;
    this.config = dir.resolve("config.properties");
    write(config, profiles(sandbox.tencentEndpoint()));
    environment.put("PARTNERKIT_CONFIG", config.toString());
    environment.put(ID_VAR, Sandbox.DEFAULT_SECRET_ID);
    environment.put(KEY_VAR, Sandbox.DEFAULT_SECRET_KEY);
    environment.put(AK_VAR, HuaweiFrontDoor.DEFAULT_ACCESS_KEY);
    environment.put(SK_VAR, HuaweiFrontDoor.DEFAULT_SECRET_KEY);
  }

  String profiles(String tencentEndpoint) {
    return "profile.tencent.vendor = tencent\n"
        + "profile.tencent.endpoint = " + tencentEndpoint + "\n"
        + "profile.tencent.allow-insecure-http = true\n"
        + "profile.tencent.secret-id-env = " + ID_VAR + "\n"
        + "profile.tencent.secret-key-env = " + KEY_VAR + "\n"
        + huawei("china", HuaweiSite.CHINA) + huawei("intl", HuaweiSite.INTERNATIONAL);
  }

  private String huawei(String name, HuaweiSite site) {
    return "profile." + name + ".vendor = huawei\n"
        + "profile." + name + ".site = " + site + "\n"
        + "profile." + name + ".endpoint = " + sandbox.huaweiEndpoint(site) + "\n"
        + "profile." + name + ".allow-insecure-http = true\n"
        + "profile." + name + ".access-key-env = " + AK_VAR + "\n"
        + "profile." + name + ".secret-key-env = " + SK_VAR + "\n";
  }

  /** What one run printed, and its exit code. */
  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PartnerkitCommand.commandLine(environment).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** Sends a Tencent code to +852 {@code phone} and returns what the customer received. */
  String tencentCode(String phone) {
    if (tencentForCodes == null) {
      tencentForCodes = TencentPartnerGateway.builder(TencentConfig.builder().endpoint(sandbox.tencentEndpoint())
          .allowInsecureHttp(true)
          .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
          .build()).journal(WriteJournal.inMemory()).build();
    }
    tencentForCodes.sendVerificationCode(
        VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(phone).get())).get();
    return sandbox.tencent().lastVerificationCode("852", phone).orElseThrow();
  }

  /** A valid Tencent registration (fields by name) for customer {@code n}, with a fresh code to its own phone. */
  Map<String, String> tencentRow(int n) {
    String phone = String.valueOf(91000000 + n);
    Map<String, String> row = tencentRowWithoutCode(n);
    row.put("verificationCode", tencentCode(phone));
    return row;
  }

  static Map<String, String> tencentRowWithoutCode(int n) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("accountType", "company");
    row.put("mail", "customer" + n + "@acme.example");
    row.put("password", "S3cure!pass" + n);
    row.put("confirmPassword", "S3cure!pass" + n);
    row.put("phoneNumber", String.valueOf(91000000 + n));
    row.put("callingCode", "852");
    row.put("area", "HK");
    row.put("verificationCode", "123456");
    row.put("tradeCategoryFirstLevel", "kghy_01");
    row.put("tradeCategorySecondLevel", "kghy_0101");
    row.put("customerName", "Customer " + n);
    return row;
  }

  /** A valid Huawei China registration without a phone (so without a code). */
  static Map<String, String> huaweiChinaRow(int n) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("xaccountId", "crm-" + n);
    row.put("xaccountType", "partnerkit_test");
    row.put("accountName", "customer_" + n);
    row.put("password", "Secure-Pass" + n);
    return row;
  }

  static String csv(Iterable<Map<String, String>> rows) {
    StringBuilder b = new StringBuilder();
    boolean header = true;
    for (Map<String, String> row : rows) {
      if (header) {
        b.append(String.join(",", row.keySet())).append('\n');
        header = false;
      }
      b.append(String.join(",", row.values())).append('\n');
    }
    return b.toString();
  }

  static Path write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (tencentForCodes != null) {
      tencentForCodes.close();
    }
    sandbox.close();
  }
}
