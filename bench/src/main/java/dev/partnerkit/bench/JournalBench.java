package dev.partnerkit.bench;

import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.support.JournalEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The file journal at scale: 200,000 customer creates written in the format of partnerkit's earlier create journal
 * (a claim and a done record per key, what that version writes and never shrinks), then opened by {@link
 * FileWriteJournal} as it is, compacted, and opened again. Prints, for the file as written and after compaction: its
 * size on disk, the heap the open journal retains (used heap after a full GC, less before) and how long opening
 * takes (the best of 3). Run: {@code java -cp bench/target/benchmarks.jar dev.partnerkit.bench.JournalBench [N]}.
 */
public final class JournalBench {

  private JournalBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    PrintStream out = System.out;
    Path dir = Files.createTempDirectory("journal-bench");
    Path file = dir.resolve("customers.csv.journal");
    writeLegacy(file, n);
    out.printf(Locale.ROOT, "journal of %,d customer creates (JDK %s, -Xmx%d MB)%n", n,
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    out.println("| file | records | size on disk | heap retained when open | open time (best of 3) |");
    out.println("|---|---|---|---|---|");
    measure(out, "as written (earlier format, claim + done per key)", file);
    try (FileWriteJournal journal = FileWriteJournal.open(file)) {
      journal.compact();
    }
    measure(out, "after compaction (one record per key)", file);
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir.resolve("customers.csv.journal.lock"));
    Files.deleteIfExists(dir);
  }

  private static void measure(PrintStream out, String what, Path file) throws IOException {
    long best = Long.MAX_VALUE;
    long retained = 0;
    long records = 0;
    for (int i = 0; i < 3; i++) {
      long heapBefore = usedAfterGc();
      long t0 = System.nanoTime();
      FileWriteJournal journal = FileWriteJournal.open(file, Duration.ofMinutes(2), Integer.MAX_VALUE);
      long took = System.nanoTime() - t0;
      best = Math.min(best, took);
      retained = usedAfterGc() - heapBefore;
      records = journal.records();
      journal.close();
    }
    out.printf(Locale.ROOT, "| %s | %,d | %.1f MB | %.1f MB | %.2f s |%n", what, records, Files.size(file) / 1e6,
        retained / 1e6, best / 1e9);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** What partnerkit's create journal up to this version wrote for {@code n} imported customers. */
  private static void writeLegacy(Path file, int n) throws IOException {
    long t = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        String key = "import-" + JournalEntry.fingerprint("row-" + i).substring(0, 40);
        w.write("claim\t" + key + "\t" + JournalEntry.fingerprint("tencent:mail:customer" + i + "@acme.example")
            + "\t" + (t + i) + "\n");
        w.write("done\t" + key + "\t" + (200_000_000_000L + i) + "\t\tBOUND\tCREATED\t" + (t + i) + "\n");
      }
    }
  }
}
