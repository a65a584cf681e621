package dev.partnerkit.bench;

import dev.partnerkit.bench.Clients.Client;
import dev.partnerkit.bench.Clients.Target;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Measurement "alloc": where the typed clients' bytes go. In a child JVM with small fixed TLABs (JFR samples an
 * allocation when a thread takes a new TLAB: small ones give many samples), each typed client's read and create run
 * for a few seconds at 1 caller against the {@link CannedServer} under a JFR recording of {@code
 * jdk.ObjectAllocationSample} (sampled allocations, each weighted by the bytes it stands for); the weights of the
 * calling thread are summed by allocation site (the innermost frame in partnerkit, HttpClient, Jackson or vavr code)
 * and by allocated class, and the largest shares are written under the table. Then where the calling thread's CPU goes,
 * for the typed client and for the bare POST of each vendor ({@code jdk.ExecutionSample}): the share of samples with
 * each part of a call on the stack. No goal: it says what the allocation and CPU rows are made of.
 */
public final class AllocationProfile {

  static final double SECONDS = 3;
  private static final String[] OURS = {"dev.partnerkit.", "org.apache.hc.", "com.fasterxml.", "io.vavr.", "org.immutables."};

  private AllocationProfile() {}

  /** Runs the profile in a child JVM and adds its findings to {@code notes}. */
  static void run(List<String> notes) throws Exception {
    child(notes, "alloc", "-XX:-ResizeTLAB", "-XX:TLABSize=2k", "-XX:MinTLABSize=2k");
    // CPU in a JVM of its own, with the default TLABs (small ones make every allocation look expensive)
    child(notes, "cpu");
  }

  private static void child(List<String> notes, String what, String... jvmOptions) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
        AllocationProfile.class.getName(), what));
    Process child = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    child.waitFor();
    List<String> found = out.lines().filter(l -> l.startsWith("NOTE\t")).map(l -> l.substring(5)).toList();
    if (found.isEmpty()) {
      System.out.println(out);
      notes.add("Allocation profile (" + what + "): the child JVM failed (its output is above in the console)");
    }
    found.forEach(System.out::println);
    notes.addAll(found);
  }

  /**
   * The child JVM: profiles allocation ({@code alloc}) or CPU ({@code cpu}) and prints one {@code NOTE<tab>...} line per
   * client and call.
   */
  public static void main(String[] args) throws Exception {
    List<String> notes = new ArrayList<>();
    boolean cpu = args.length > 0 && args[0].equals("cpu");
    try (CannedServer server = new CannedServer()) {
      Target target = Target.canned(server);
      if (cpu) {
        cpu("Tencent", Clients::tencentOurs, Clients::bareTencent, target, notes);
        cpu("Huawei", Clients::huaweiOurs, Clients::bareHuawei, target, notes);
      } else {
        profile("Tencent IntlPartnersClient", Clients::tencentOurs, target, notes);
        profile("Huawei BssClient", Clients::huaweiOurs, target, notes);
      }
    }
    notes.forEach(n -> System.out.println("NOTE\t" + n));
  }

  private static void profile(String name, Function<Target, Client> open, Target target, List<String> notes)
      throws Exception {
    for (boolean create : new boolean[] {false, true}) {
      try (Client client = open.apply(target)) {
        LoadRunner.Call call = create ? client.create() : client.read();
        new LoadRunner(0, 1).run(call, 1);
        Path file = Files.createTempFile("partnerkit-alloc", ".jfr");
        try (Recording recording = new Recording()) {
          recording.enable("jdk.ObjectAllocationSample").with("throttle", "20000/s").withStackTrace();
          recording.start();
          LoadRunner.Result r = new LoadRunner(0, SECONDS).run(call, 1);
          recording.stop();
          recording.dump(file);
          notes.add("Allocation of " + name + " " + (create ? "create" : "read") + " (JFR allocation samples, 1 caller, "
              + Row.f0(r.bytesPerCall()) + " B/call by ThreadMXBean, 2 KiB TLABs): " + summary(file));
        } finally {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /**
   * Where the calling thread's CPU goes, for the typed client and for the bare POST (the floor) of one vendor, read and
   * create: {@code jdk.ExecutionSample} every millisecond for {@value #SECONDS} s at 1 caller each; the share of samples
   * with each part of the call on the stack (inclusive), and the top frames (self).
   */
  private static void cpu(String vendor, Function<Target, Client> ours, Function<Target, Client> bare, Target target,
      List<String> notes) throws Exception {
    for (boolean create : new boolean[] {false, true}) {
      StringBuilder note = new StringBuilder("CPU of " + vendor + " " + (create ? "create" : "read")
          + " (JFR execution samples of the calling thread every 1 ms, 1 caller, " + Row.f0(SECONDS) + " s each): ");
      for (boolean floor : new boolean[] {false, true}) {
        try (Client client = (floor ? bare : ours).apply(target)) {
          LoadRunner.Call call = create ? client.create() : client.read();
          new LoadRunner(0, 1).run(call, 1);
          Path file = Files.createTempFile("partnerkit-cpu", ".jfr");
          try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            recording.start();
            LoadRunner.Result r = new LoadRunner(0, SECONDS).run(call, 1);
            recording.stop();
            recording.dump(file);
            note.append(floor ? "; bare POST " : "typed client ").append(Row.f2(r.cpuMicrosPerCall()))
                .append(" µs/call, ").append(cpuSummary(file));
          } finally {
            Files.deleteIfExists(file);
          }
        }
      }
      notes.add(note.toString());
    }
  }

  /** The parts of a call, by a frame on the stack (class name ends with, method name starts with). */
  private static final String[][] PARTS = {
      {"HttpClient execute", "CloseableHttpClient", "execute"},
      {"answer read (ResponseBodies)", "ResponseBodies", "read"},
      {"signing", "Tc3Signer", "sign"}, {"signing", "AkSkAuthenticator", "authenticate"},
      {"request JSON", "SecretJson", "write"}, {"request query", "BssCaller", "queryOf"},
      {"answer JSON to record", "EnvelopeReader", "read"}, {"answer JSON to record", "BssCaller", "read"},
      {"answer JSON to tree", "ObjectMapper", "readTree"},
      {"call deadline", "CallDeadlines", ""}, {"POST built and signed", "HttpTransport", "signedPost"},
      {"permit and listener", "GuardedCall", "report"}, {"permit and listener", "ActionRateLimiter", "acquire"}};

  private static String cpuSummary(Path file) throws Exception {
    Map<String, Long> parts = new java.util.LinkedHashMap<>();
    Map<String, Long> self = new HashMap<>();
    long samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      var thread = e.getThread("sampledThread");
      if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("bench-caller")) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        RecordedFrame top = frames.get(0);
        String type = top.getMethod().getType().getName();
        self.merge(type.substring(type.lastIndexOf('.') + 1) + "." + top.getMethod().getName(), 1L, Long::sum);
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (RecordedFrame f : frames) {
        String type = f.getMethod().getType().getName();
        String method = f.getMethod().getName();
        for (String[] part : PARTS) {
          if (type.endsWith("." + part[1]) && method.startsWith(part[2]) && seen.add(part[0])) {
            parts.merge(part[0], 1L, Long::sum);
          }
        }
      }
    }
    long total = Math.max(1, samples);
    String inclusive = parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(en -> en.getKey() + " " + Math.round(100.0 * en.getValue() / total) + "%")
        .collect(Collectors.joining(", "));
    return samples + " samples; on the stack: " + inclusive + "; top frames: " + top(self, samples);
  }

  private static String summary(Path file) throws Exception {
    Map<String, Long> bySite = new HashMap<>();
    Map<String, Long> byClass = new HashMap<>();
    long total = 0;
    long samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ObjectAllocationSample") || e.getThread() == null
          || e.getThread().getJavaName() == null || !e.getThread().getJavaName().startsWith("bench-caller")) {
        continue;
      }
      long weight = e.getLong("weight");
      total += weight;
      samples++;
      byClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
      bySite.merge(site(e), weight, Long::sum);
    }
    return samples + " samples; by site: " + top(bySite, total) + "; by class: " + top(byClass, total);
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
    return weights.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
        .map(en -> en.getKey() + " " + Math.round(100.0 * en.getValue() / Math.max(1, total)) + "%")
        .collect(Collectors.joining(", "));
  }
}
