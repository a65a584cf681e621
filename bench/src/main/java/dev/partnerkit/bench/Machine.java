package dev.partnerkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the numbers were measured on: cores, memory and CPU model (from /proc), the JDK, the date. */
record Machine(int cores, String memory, String cpu, String jdk, String date) {

  static Machine here() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        procLine("/proc/meminfo", "MemTotal"),
        procLine("/proc/cpuinfo", "model name"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
            + " (" + System.getProperty("java.vendor") + ")",
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  private static String procLine(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown (" + file + " not readable)";
    }
  }

  String describe() {
    return "- machine: " + cores + " cores, " + memory + " memory, CPU " + cpu + "\n- JDK: " + jdk + "\n- date: " + date;
  }
}
