package dev.partnerkit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The progress of an import: rows done of the total, the rate per second, the time left and the failures. On a
 * terminal one line that updates in place; otherwise a plain line every 5 seconds or every 100 rows, and at the end.
 */
final class Progress {

  private static final long PLAIN_EVERY_ROWS = 100;
  private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
  private static final long TERMINAL_EVERY_NANOS = Duration.ofMillis(200).toNanos();

  private final PrintWriter out;
  private final boolean terminal;
  private final long total;
  private final LongSupplier nanos;
  private final long started;
  private long done;
  private long failed;
  private long lastPrintedAt;
  private long lastPrintedDone;

  Progress(PrintWriter out, boolean terminal, long total, LongSupplier nanos) {
    this.out = out;
    this.terminal = terminal;
    this.total = total;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.lastPrintedAt = started;
  }

  /**
   * Whether standard output is an interactive terminal: {@code System.console() != null}, and on JDK 22 or later
   * (where a console exists also when the streams are redirected) {@code Console.isTerminal()}.
   */
  static boolean onTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException beforeJdk22) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** One more row is done; {@code failedRow} if it did not end with an account. */
  void rowDone(boolean failedRow) {
    done++;
    failed += failedRow ? 1 : 0;
    long now = nanos.getAsLong();
    boolean due = terminal ? now - lastPrintedAt >= TERMINAL_EVERY_NANOS
        : done - lastPrintedDone >= PLAIN_EVERY_ROWS || now - lastPrintedAt >= PLAIN_EVERY_NANOS;
    if (due) {
      print(now);
    }
  }

  /** Prints the final state (and ends the updating line). */
  void finish() {
    print(nanos.getAsLong());
    if (terminal) {
      out.println();
    }
    out.flush();
  }

  /** The progress line, e.g. {@code 120/1000 rows, 4.9/s, ETA 3m 0s, 2 failed}. */
  String line(long now) {
    double seconds = Math.max(now - started, 1) / 1e9;
    double rate = done / seconds;
    String eta = rate > 0 ? format(Duration.ofSeconds((long) Math.ceil((total - done) / rate))) : "?";
    return String.format(java.util.Locale.ROOT, "import: %d/%d rows, %.1f/s, ETA %s, %d failed",
        done, total, rate, eta, failed);
  }

  private void print(long now) {
    lastPrintedAt = now;
    lastPrintedDone = done;
    if (terminal) {
      out.print("\r" + line(now) + "   ");
    } else {
      out.println(line(now));
    }
    out.flush();
  }

  private static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? (s / 3600) + "h " + (s % 3600 / 60) + "m" : s >= 60 ? (s / 60) + "m " + (s % 60) + "s" : s + "s";
  }
}
