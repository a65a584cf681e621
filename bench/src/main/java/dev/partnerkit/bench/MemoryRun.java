package dev.partnerkit.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement "memory": 1,000,000 and then 10,000,000 customers through the typed client's lazy listing ({@code
 * queryCustomersCreditPages}, pages of 100), each in a child JVM with {@code -Xmx16m}, fed by {@link
 * CustomerPagesServer} in this JVM. Goals: both complete; the live heap while streaming (after a full GC, the largest
 * of ten readings, see {@link MemoryChild}) is the same within 10% at both sizes, i.e. memory does not grow with the
 * listing. {@code -Dbench.memory.sizes=1000000} runs one size only (no comparison then).
 */
final class MemoryRun {

  static final String HEAP = "-Xmx16m";
  static final double SAME_WITHIN = 0.10;

  private record Streamed(long customers, double seconds, double peakMiB, double liveMiB, String gcs) {}

  private MemoryRun() {}

  static List<Row> run() throws Exception {
    List<Row> rows = new ArrayList<>();
    List<Double> live = new ArrayList<>();
    for (String size : System.getProperty("bench.memory.sizes", "1000000,10000000").split(",")) {
      long customers = Long.parseLong(size.trim());
      String what = "Stream " + String.format("%,d", customers) + " customers (queryCustomersCreditPages, " + HEAP
          + " child JVM)";
      Streamed s = stream(customers);
      if (s == null || s.customers() != customers) {
        rows.add(new Row(what, s == null ? "did not complete" : String.format("%,d streamed", s.customers()), "", "",
            "completes", false));
        continue;
      }
      live.add(s.liveMiB());
      rows.add(new Row(what + ": customers streamed; time, GCs", String.format("%,d; %.1f s (%,.0f customers/s), %s GCs",
          s.customers(), s.seconds(), s.customers() / s.seconds(), s.gcs()), "", "", "completes", true));
      rows.add(Row.info(what + ": live heap after a full GC while streaming (largest of 10); peak heap",
          String.format("%.2f MiB; %.1f MiB", s.liveMiB(), s.peakMiB()), "reported; must fit in 16 MiB"));
    }
    if (live.size() == 2) {
      double ratio = live.get(1) / live.get(0);
      rows.add(new Row("Stream: live heap at 10,000,000 vs at 1,000,000 customers", String.format("%.2f MiB", live.get(1)),
          String.format("%.2f MiB", live.get(0)), Row.f2(ratio) + "x", "within 10%",
          Math.abs(ratio - 1) <= SAME_WITHIN));
    }
    return rows;
  }

  private static Streamed stream(long customers) throws Exception {
    try (CustomerPagesServer server = new CustomerPagesServer(customers)) {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process child = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
          MemoryChild.class.getName(), server.endpoint(), Long.toString(customers))
          .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      boolean done = child.waitFor(10, TimeUnit.MINUTES); // it prints one line: no pipe to fill meanwhile
      String out = done ? new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "(timed out)";
      Matcher m = Pattern.compile("customers=(\\d+) seconds=([\\d.]+) peakHeapBytes=(\\d+) liveHeapBytes=(\\d+) gcs=(\\d+)")
          .matcher(out);
      if (!done || child.exitValue() != 0 || !m.find()) {
        if (!done) {
          child.destroyForcibly();
        }
        System.out.println(out);
        return null;
      }
      double mib = 1024.0 * 1024.0;
      Streamed s = new Streamed(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
          Long.parseLong(m.group(3)) / mib, Long.parseLong(m.group(4)) / mib, m.group(5));
      System.out.printf("  streamed %,d customers in %.1f s, live heap %.2f MiB, peak %.1f MiB%n", s.customers(),
          s.seconds(), s.liveMiB(), s.peakMiB());
      return s;
    }
  }
}
