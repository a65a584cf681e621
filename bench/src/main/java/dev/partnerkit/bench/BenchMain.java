package dev.partnerkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one benchmark command ({@code bench/run}, or {@code java -jar bench/target/benchmarks.jar [RESULTS.md]}): runs
 * the five measurements, prints the results table and writes it, with the machine, to {@code bench/RESULTS.md}.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    // The JDK HTTP server (under the bench's own CustomerPagesServer; the sandbox runs on Jetty and sets TCP_NODELAY
    // itself) leaves Nagle on by default, which stalls loopback answers ~40 ms (Nagle against delayed ACKs) and would
    // hide every client difference: off here, before any server class loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path out = Path.of(args.length > 0 ? args[0] : "bench/RESULTS.md");
    long start = System.nanoTime();
    Machine machine = Machine.here();
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    // -Dbench.only=2,4 runs only those measurements (for working on one; RESULTS.md is then partial)
    String only = System.getProperty("bench.only", "1,2,3,4,5");
    LoadRunner runner = new LoadRunner(2, 4);

    if (only.contains("1")) {
      section("1. signing (JMH)");
      rows.addAll(SigningRun.run(notes));
    }
    if (only.contains("2")) {
      section("2. calls on loopback against the sandbox");
      rows.addAll(new CallsRun(runner, notes).run());
    }
    if (only.contains("3")) {
      section("3. rate-limit use");
      rows.addAll(RateLimitRun.run(notes));
    }
    if (only.contains("4")) {
      section("4. memory");
      rows.addAll(MemoryRun.run());
    }
    if (only.contains("5")) {
      section("5. sandbox throughput");
      rows.addAll(SandboxRun.run(runner));
      rows.addAll(SandboxRun.runWithServerDefaults());
    }

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String report = Report.markdown(machine, rows, notes, took);
    System.out.println();
    System.out.println(report);
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("written to " + out.toAbsolutePath());
  }

  private static void section(String name) {
    System.out.println("== " + name);
  }
}
