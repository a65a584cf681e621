package dev.partnerkit.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the time goes, by sampling: every 5 ms, the stacks of the threads whose name starts with a prefix; counts
 * the top frame of each (self time, by method) and the innermost frame of given packages (which of that code is on
 * the stack). Coarse (samples are taken at safepoints) but enough to say which part dominates.
 */
final class StackSampler {

  private final String threadPrefix;
  private final String[] packages;
  private final Map<String, Integer> top = new HashMap<>();
  private final Map<String, Integer> inPackage = new HashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;
  private int samples;

  StackSampler(String threadPrefix, String... packages) {
    this.threadPrefix = threadPrefix;
    this.packages = packages;
    this.sampler = new Thread(this::loop, "bench-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void loop() {
    while (running) {
      Thread.getAllStackTraces().forEach((thread, stack) -> {
        if (thread.getName().startsWith(threadPrefix) && stack.length > 0) {
          synchronized (this) {
            samples++;
            top.merge(frame(stack[0]), 1, Integer::sum);
            for (StackTraceElement e : stack) {
              if (matches(e.getClassName())) {
                inPackage.merge(frame(e), 1, Integer::sum);
                break;
              }
            }
          }
        }
      });
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private boolean matches(String className) {
    for (String p : packages) {
      if (className.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static String frame(StackTraceElement e) {
    String cls = e.getClassName();
    return cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName();
  }

  /** Stops sampling and waits for the sampling thread to end; {@link #summary} is then final. */
  void stop() throws InterruptedException {
    running = false;
    sampler.join();
  }

  /** The {@code n} most frequent top frames and innermost frames in the packages, as percentages of samples. */
  synchronized String summary(int n) {
    return "top frames: " + ranked(top, n) + "; innermost frame in " + String.join("/", packages) + ": "
        + ranked(inPackage, n) + " (" + samples + " samples)";
  }

  private String ranked(Map<String, Integer> counts, int n) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(n)
        .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)))
        .collect(Collectors.joining(", "));
  }
}
