package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partnerkit sandbox} starts every front door in the foreground, says where, and serves until stopped. */
class SandboxCommandTest {

  @TempDir Path dir;

  @Test
  void the_sandbox_command_prints_its_front_doors_and_serves_a_profile_until_interrupted() throws Exception {
    StringWriter out = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread running = new Thread(() -> exit.set(PartnerkitCommand.commandLine(Map.of())
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter()))
        .execute("sandbox", "--port", "0", "--huawei-china-port", "0", "--huawei-intl-port", "0")));
    running.start();
    Pattern tencent = Pattern.compile("tencent front door: (http://127\\.0\\.0\\.1:\\d+)");
    Matcher found = tencent.matcher("");
    while (running.isAlive() && !(found = tencent.matcher(out.toString())).find()) {
      Thread.sleep(10);
    }
    assertThat(out.toString()).contains("huawei china front door: http://127.0.0.1:",
        "huawei international front door: http://127.0.0.1:");

    SandboxCli.write(dir.resolve("config.properties"), "profile.local.vendor = tencent\n"
        + "profile.local.endpoint = " + found.group(1) + "\nprofile.local.allow-insecure-http = true\n");
    StringWriter listed = new StringWriter();
    int listExit = PartnerkitCommand.commandLine(Map.of(
            "PARTNERKIT_CONFIG", dir.resolve("config.properties").toString(),
            "TENCENTCLOUD_SECRET_ID", dev.partnerkit.sandbox.Sandbox.DEFAULT_SECRET_ID,
            "TENCENTCLOUD_SECRET_KEY", dev.partnerkit.sandbox.Sandbox.DEFAULT_SECRET_KEY))
        .setOut(new PrintWriter(listed)).execute("trade-categories", "-o", "csv");
    assertThat(listExit).isEqualTo(ExitCodes.OK);
    assertThat(listed.toString()).contains("kghy_0101");

    running.interrupt();
    running.join();
    assertThat(running.isAlive()).isFalse();
  }
}
