package dev.partnerkit.bench;

import dev.partnerkit.bench.Clients.Client;
import dev.partnerkit.bench.Clients.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Measurement "alloc": where the typed clients' bytes go. Each typed client's read and create run for a few seconds
 * at 1 caller against the {@link CannedServer} under a JFR recording of {@code jdk.ObjectAllocationSample} (sampled
 * allocations, each weighted by the bytes it stands for); the weights of the calling thread are summed by allocation
 * site (the innermost frame in partnerkit, HttpClient, Jackson or vavr code) and by allocated class, and the largest
 * shares are written under the table. No goal: it says what the allocation rows are made of.
 */
final class AllocationProfile {

  static final double SECONDS = 3;
  private static final String[] OURS = {"dev.partnerkit.", "org.apache.hc.", "com.fasterxml.", "io.vavr.", "org.immutables."};

  private AllocationProfile() {}

  static void run(List<String> notes) throws Exception {
    try (CannedServer server = new CannedServer()) {
      Target target = Target.canned(server);
      profile("Tencent IntlPartnersClient", Clients::tencentOurs, target, notes);
      profile("Huawei BssClient", Clients::huaweiOurs, target, notes);
    }
  }

  private static void profile(String name, Function<Target, Client> open, Target target, List<String> notes)
      throws Exception {
    for (boolean create : new boolean[] {false, true}) {
      try (Client client = open.apply(target)) {
        LoadRunner.Call call = create ? client.create() : client.read();
        new LoadRunner(0, 1).run(call, 1);
        Path file = Files.createTempFile("partnerkit-alloc", ".jfr");
        try (Recording recording = new Recording()) {
          recording.enable("jdk.ObjectAllocationSample").with("throttle", "5000/s").withStackTrace();
          recording.start();
          LoadRunner.Result r = new LoadRunner(0, SECONDS).run(call, 1);
          recording.stop();
          recording.dump(file);
          notes.add("Allocation of " + name + " " + (create ? "create" : "read") + " (JFR allocation samples, 1 caller, "
              + Row.f0(r.bytesPerCall()) + " B/call by ThreadMXBean): " + summary(file));
        } finally {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static String summary(Path file) throws Exception {
    Map<String, Long> bySite = new HashMap<>();
    Map<String, Long> byClass = new HashMap<>();
    long total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ObjectAllocationSample") || e.getThread() == null
          || e.getThread().getJavaName() == null || !e.getThread().getJavaName().startsWith("bench-caller")) {
        continue;
      }
      long weight = e.getLong("weight");
      total += weight;
      byClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
      bySite.merge(site(e), weight, Long::sum);
    }
    return "by site: " + top(bySite, total) + "; by class: " + top(byClass, total);
  }

  private static String site(RecordedEvent e) {
    if (e.getStackTrace() == null) {
      return "(no stack)";
    }
    for (RecordedFrame f : e.getStackTrace().getFrames()) {
      String type = f.getMethod().getType().getName();
      for (String prefix : OURS) {
        if (type.startsWith(prefix)) {
          return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + ":" + f.getLineNumber();
        }
      }
    }
    return "(JDK only)";
  }

  private static String top(Map<String, Long> weights, long total) {
    return weights.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
        .map(en -> en.getKey() + " " + Math.round(100.0 * en.getValue() / Math.max(1, total)) + "%")
        .collect(Collectors.joining(", "));
  }
}
