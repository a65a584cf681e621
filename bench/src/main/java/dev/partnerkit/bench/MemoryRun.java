package dev.partnerkit.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement 4: 1,000,000 customers through the typed client's lazy listing ({@code queryCustomersCreditPages},
 * pages of 100) in a child JVM with {@code -Xmx64m}, fed by {@link CustomerPagesServer} in this JVM. Goal: it
 * completes; the peak heap is reported.
 */
final class MemoryRun {

  static final long CUSTOMERS = 1_000_000;

  private MemoryRun() {}

  static List<Row> run() throws Exception {
    try (CustomerPagesServer server = new CustomerPagesServer(CUSTOMERS)) {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
          MemoryChild.class.getName(), server.endpoint())
          .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      boolean done = child.waitFor(5, TimeUnit.MINUTES);
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String what = "Stream " + String.format("%,d", CUSTOMERS) + " customers (queryCustomersCreditPages, -Xmx64m child JVM)";
      Matcher m = Pattern.compile("customers=(\\d+) seconds=([\\d.]+) peakHeapBytes=(\\d+) gcs=(\\d+)").matcher(out);
      if (!done || child.exitValue() != 0 || !m.find()) {
        if (!done) {
          child.destroyForcibly();
        }
        System.out.println(out);
        return List.of(new Row(what, "did not complete: " + lastLine(out), "", "", "completes", false));
      }
      long customers = Long.parseLong(m.group(1));
      double seconds = Double.parseDouble(m.group(2));
      double peakMiB = Long.parseLong(m.group(3)) / (1024.0 * 1024.0);
      return List.of(
          new Row(what + ": customers streamed", String.format("%,d", customers), "", "", "completes, "
              + String.format("%,d", CUSTOMERS), customers == CUSTOMERS),
          Row.info(what + ": peak heap (sum of heap pools' peaks)", String.format("%.1f MiB", peakMiB),
              "reported; must fit in 64 MiB"),
          Row.info(what + ": time / GCs", String.format("%.1f s (%,.0f customers/s), %s GCs", seconds,
              customers / seconds, m.group(4)), "reported, no goal"));
    }
  }

  private static String lastLine(String out) {
    String[] lines = out.strip().split("\n");
    return lines.length == 0 ? "(no output)" : lines[lines.length - 1];
  }
}
