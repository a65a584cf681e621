package dev.partnerkit.sandbox.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The request log keeps the last {@link RequestLog#CAPACITY} entries in order, lock-free, and forgets on clear. */
class RequestLogTest {

  private final RequestLog log = new RequestLog(Clock.systemUTC());

  @Test
  void keeps_the_last_entries_oldest_first() {
    for (int i = 0; i < RequestLog.CAPACITY + 5; i++) {
      log.add("tencent", "POST", "/" + i, "QueryPartnerCredit", 200);
    }
    List<RequestLog.Entry> entries = log.entries();
    assertThat(entries).hasSize(RequestLog.CAPACITY);
    assertThat(entries.get(0).path()).isEqualTo("/5");
    assertThat(entries.get(RequestLog.CAPACITY - 1).path()).isEqualTo("/" + (RequestLog.CAPACITY + 4));
    log.clear();
    assertThat(log.entries()).isEmpty();
    log.add("huawei-china", "GET", "/after", null, 404);
    assertThat(log.entries()).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("/after");
      assertThat(e.action()).isEmpty();
    });
  }

  @Test
  void entries_added_from_many_threads_are_all_kept_once() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      threads.add(new Thread(() -> {
        for (int i = 0; i < 100; i++) {
          log.add("tencent", "POST", "/" + thread + "/" + i, "", 200);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    Set<String> paths = log.entries().stream().map(RequestLog.Entry::path).collect(Collectors.toSet());
    assertThat(paths).hasSize(800).contains("/0/0", "/7/99");
  }
}
