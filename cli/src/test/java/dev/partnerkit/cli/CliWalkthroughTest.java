package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sandbox/README.md's "Try it by hand", step by step, through the command line in this JVM: {@code partnerkit sandbox},
 * a profile, {@code verification-code send}, the code with {@code sandbox code} (and from the admin API over HTTP), {@code import customers.csv},
 * {@code customers list}. The sandbox listens on a free port instead of 8080.
 */
class CliWalkthroughTest {

  private static final Path README = Path.of("../sandbox/README.md");

  @Test
  void the_walkthrough_works_as_written(@TempDir Path dir) throws Exception {
    String readme = Files.readString(README);
    for (String step : new String[] {
        "./partnerkit sandbox --port 8080",
        "./partnerkit verification-code send --phone 61234567 --calling-code 852",
        "./partnerkit sandbox code --phone 61234567 --calling-code 852",
        "curl -s 'http://127.0.0.1:8080/_sandbox/tencent/verification-code?countryCode=852&phone=61234567'",
        "./partnerkit import customers.csv",
        "./partnerkit customers list",
        "export SANDBOX_SECRET_ID=AKIDpartnerkitSandbox00000000000000 SANDBOX_SECRET_KEY=partnerkitSandboxSecretKey000000"}) {
      assertThat(readme).as("the README shows the step").contains(step);
    }
    String csvHeader = readme.lines().filter(l -> l.startsWith("accountType,mail,")).findFirst().orElseThrow();
    String csvRow = readme.lines().filter(l -> l.startsWith("company,it@acme.example,")).findFirst().orElseThrow();

    Map<String, String> env = new HashMap<>();
    StringWriter sandboxOut = new StringWriter();
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      // 1. partnerkit sandbox (a free port here)
      Future<Integer> sandbox = runner.submit(() -> PartnerkitCommand.commandLine(env)
          .setOut(new PrintWriter(sandboxOut, true)).execute("sandbox", "--port", "0"));
      for (int i = 0; i < 400 && !sandboxOut.toString().contains("admin API:"); i++) {
        Thread.sleep(50);
      }
      String endpoint = sandboxOut.toString().lines().filter(l -> l.startsWith("tencent front door: ")).findFirst()
          .orElseThrow().substring("tencent front door: ".length());
      String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
      assertThat(sandbox.isDone()).isFalse();

      // 2. the profile and the default pair, as the README writes them
      Path config = dir.resolve("config.properties");
      Files.writeString(config, "default-profile = sandbox\n"
          + "profile.sandbox.vendor = tencent\n"
          + "profile.sandbox.endpoint = " + base + "\n"
          + "profile.sandbox.allow-insecure-http = true\n"
          + "profile.sandbox.secret-id-env = SANDBOX_SECRET_ID\n"
          + "profile.sandbox.secret-key-env = SANDBOX_SECRET_KEY\n");
      env.put("PARTNERKIT_CONFIG", config.toString());
      env.put("SANDBOX_SECRET_ID", "AKIDpartnerkitSandbox00000000000000");
      env.put("SANDBOX_SECRET_KEY", "partnerkitSandboxSecretKey000000");

      // 3. a code, read with `partnerkit sandbox code` (and the same from the admin API over HTTP)
      assertThat(run(env, "sandbox", "code", "--endpoint", base, "--phone", "61234567", "--calling-code", "852").exit())
          .as("no code sent yet").isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(run(env, "verification-code", "send", "--phone", "61234567", "--calling-code", "852").exit()).isZero();
      SandboxCli.Run read = run(env, "sandbox", "code", "--endpoint", base, "--phone", "61234567", "--calling-code", "852");
      assertThat(read.exit()).as(read.all()).isZero();
      String code = read.out().strip();
      assertThat(code).matches("[0-9]{6}");
      HttpResponse<String> admin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          base + "/_sandbox/tencent/verification-code?countryCode=852&phone=61234567")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(admin.statusCode()).isEqualTo(200);
      assertThat(new ObjectMapper().readTree(admin.body()).get("code").asText()).isEqualTo(code);

      // 4. the CSV of the README with that code, imported
      Path csv = dir.resolve("customers.csv");
      Files.writeString(csv, csvHeader + "\n" + csvRow.replace("402913", code) + "\n");
      SandboxCli.Run imported = run(env, "import", csv.toString());
      assertThat(imported.exit()).as(imported.all()).isZero();
      assertThat(imported.all()).doesNotContain(code).doesNotContain("S3cure!pass1");

      // 5. the account is there
      SandboxCli.Run list = run(env, "customers", "list");
      assertThat(list.exit()).isZero();
      assertThat(list.out()).contains("it@acme.example");
    } finally {
      runner.shutdownNow();   // interrupts the sandbox command, which then closes the sandbox
      runner.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static SandboxCli.Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PartnerkitCommand.commandLine(env).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new SandboxCli.Run(exit, out.toString(), err.toString());
  }
}
