package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress: rate, ETA and failures; plain lines every 100 rows or 5 seconds, or one updating terminal line. */
class ProgressTest {

  @Test
  void plain_progress_prints_every_100_rows_and_at_the_end_with_rate_eta_and_failures() {
    StringWriter out = new StringWriter();
    AtomicLong nanos = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(out), false, 250, nanos::get);
    for (int i = 0; i < 200; i++) {
      nanos.addAndGet(200_000_000L);   // 5 rows per second
      progress.rowDone(i % 50 == 0);
    }
    progress.finish();
    assertThat(out.toString().lines()).containsExactly(
        "import: 25/250 rows, 5.0/s, ETA 45s, 1 failed",
        "import: 50/250 rows, 5.0/s, ETA 40s, 1 failed",
        "import: 75/250 rows, 5.0/s, ETA 35s, 2 failed",
        "import: 100/250 rows, 5.0/s, ETA 30s, 2 failed",
        "import: 125/250 rows, 5.0/s, ETA 25s, 3 failed",
        "import: 150/250 rows, 5.0/s, ETA 20s, 3 failed",
        "import: 175/250 rows, 5.0/s, ETA 15s, 4 failed",
        "import: 200/250 rows, 5.0/s, ETA 10s, 4 failed",
        "import: 200/250 rows, 5.0/s, ETA 10s, 4 failed");
  }

  @Test
  void a_terminal_gets_one_line_updated_in_place() {
    StringWriter out = new StringWriter();
    AtomicLong nanos = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(out), true, 10, nanos::get);
    for (int i = 0; i < 10; i++) {
      nanos.addAndGet(500_000_000L);
      progress.rowDone(false);
    }
    progress.finish();
    assertThat(out.toString()).startsWith("\rimport: 1/10 rows").contains("\rimport: 10/10 rows, 2.0/s, ETA 0s")
        .endsWith(System.lineSeparator());
    assertThat(out.toString().chars().filter(c -> c == '\n')).hasSize(1);
  }
}
