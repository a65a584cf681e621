package dev.partnerkit.acceptance.scale;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.GatewayFailure;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Another partnerkit instance in its own JVM: {@code main} builds a gateway sharing the PostgreSQL at the given JDBC
 * URL, says {@code READY}, waits for {@code GO} on its input, then onboards the customers given as {@code n:code} and
 * reports each as {@code CREATED <n> <epoch millis>} (or {@code FAILED <n> <failure>}), then {@code DONE}.
 * {@link #start} runs it from a test with the test's own classpath.
 */
final class InstanceProcess implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;

  private InstanceProcess(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
  }

  /** Starts a child JVM onboarding {@code customers} ({@code n:code}) and waits until it is ready. */
  static InstanceProcess start(String jdbcUrl, String endpoint, String run, List<String> customers) {
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-cp", System.getProperty("java.class.path"), InstanceProcess.class.getName(), jdbcUrl, endpoint, run));
    command.addAll(customers);
    try {
      InstanceProcess child = new InstanceProcess(
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
      String first = child.out.readLine();
      if (!"READY".equals(first)) {
        throw new IllegalStateException("the child instance did not start: " + first);
      }
      return child;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets the child start onboarding. */
  void go() {
    in.println("GO");
  }

  /** Reads the child's report up to {@code DONE} (or its end): one line per customer. */
  List<String> report() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = out.readLine(); line != null && !line.equals("DONE"); line = out.readLine()) {
      lines.add(line);
    }
    return lines;
  }

  /** Kills the child at once (no shutdown hooks, nothing flushed), as a crash would, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** The child's exit code, once it has ended. */
  int exitCode() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  /**
   * The child's side. Arguments: JDBC URL, sandbox endpoint, the run (prefix of the idempotency keys, see {@link
   * Instances#key}), then customers as {@code n:code}.
   */
  public static void main(String[] args) throws IOException {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(args[0]);
    try (TencentPartnerGateway gateway = Instances.sharing(args[1], PostgresClient.of(dataSource))) {
      System.out.println("READY");
      BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      if (!"GO".equals(stdin.readLine())) {
        return;
      }
      for (int i = 3; i < args.length; i++) {
        int n = Integer.parseInt(args[i].substring(0, args[i].indexOf(':')));
        String code = args[i].substring(args[i].indexOf(':') + 1);
        Either<GatewayFailure, CustomerCreated> created =
            gateway.createCustomer(Instances.registration(n, code), Instances.key(args[2], n));
        System.out.println(created.isRight()
            ? "CREATED " + n + " " + Instant.now().toEpochMilli()
            : "FAILED " + n + " " + created.getLeft());
      }
      System.out.println("DONE");
    }
  }
}
