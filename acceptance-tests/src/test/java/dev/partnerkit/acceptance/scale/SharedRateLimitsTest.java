package dev.partnerkit.acceptance.scale;

import dev.partnerkit.adapter.support.WriteJournal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances onboarding for one partner account against the sandbox with Tencent's published limit
 * (CreateAccount 5/s): with their buckets shared in PostgreSQL, together they stay within the limit and the vendor
 * never throttles; with buckets of their own (the single-instance default), it does. The combined rate achieved is
 * printed, not asserted (speed is measured by benchmarks, never by timed assertions).
 */
class SharedRateLimitsTest {

  private static EmbeddedDatabase db;

  @BeforeAll
  static void start() {
    db = EmbeddedDatabase.start();
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void four_instances_sharing_their_buckets_are_never_throttled() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      PostgresClient postgres = PostgresClient.of(db.dataSource());
      List<Instant> done = onboardFromFourThreads(sandbox, "four-shared", 16, () -> Instances.sharing(sandbox.tencentEndpoint(), postgres));

      report("4 threads, 4 instances, buckets shared in PostgreSQL", sandbox, done);
      assertThat(sandbox.tencent().throttledCount("CreateAccount")).isZero();
      assertThat(sandbox.tencent().requestCount("CreateAccount")).isEqualTo(16);
      assertThat(sandbox.tencent().accountCount()).isEqualTo(16);
    }
  }

  @Test
  void two_jvms_sharing_their_buckets_are_never_throttled() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      String run = "two-jvms";
      Map<Integer, String> codes = sendCodes(sandbox, 16);
      List<String> childCustomers = new ArrayList<>();
      codes.forEach((n, code) -> {
        if (n % 2 == 1) {
          childCustomers.add(n + ":" + code);
        }
      });
      List<Instant> done = new ArrayList<>();
      try (InstanceProcess child = InstanceProcess.start(db.jdbcUrl(), sandbox.tencentEndpoint(), run, childCustomers);
          TencentPartnerGateway parent = Instances.sharing(sandbox.tencentEndpoint(), PostgresClient.of(db.dataSource()))) {
        child.go();
        for (int n = 0; n < 16; n += 2) {
          assertThat(parent.createCustomer(Instances.registration(n, codes.get(n)), Instances.key(run, n))
              .isRight()).as("customer %d", n).isTrue();
          done.add(Instant.now());
        }
        List<String> report = child.report();
        assertThat(report).hasSize(8).allMatch(line -> line.startsWith("CREATED "));
        report.forEach(line -> done.add(Instant.ofEpochMilli(Long.parseLong(line.split(" ")[2]))));
        assertThat(child.exitCode()).isZero();
      }

      report("2 JVMs, buckets shared in PostgreSQL", sandbox, done);
      assertThat(sandbox.tencent().throttledCount("CreateAccount")).isZero();
      assertThat(sandbox.tencent().requestCount("CreateAccount")).isEqualTo(16);
      assertThat(sandbox.tencent().accountCount()).isEqualTo(16);
    }
  }

  @Test
  void four_instances_with_buckets_of_their_own_are_throttled() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      List<Instant> done = onboardFromFourThreads(sandbox, "four-unshared", 12,
          () -> Instances.tencent(sandbox.tencentEndpoint(), Clock.systemUTC()).journal(WriteJournal.inMemory()).build());

      report("4 threads, 4 instances, each with its own buckets (the control)", sandbox, done);
      assertThat(sandbox.tencent().throttledCount("CreateAccount"))
          .as("the vendor refuses what four unshared limiters send together").isPositive();
    }
  }

  /** Onboards {@code customers} from four threads, each its own instance; returns when each create finished. */
  private static List<Instant> onboardFromFourThreads(Sandbox sandbox, String run, int customers,
      Supplier<TencentPartnerGateway> instance) throws Exception {
    Map<Integer, String> codes = sendCodes(sandbox, customers);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Instant>>> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int first = t;
      threads.add(pool.submit(() -> {
        List<Instant> done = new ArrayList<>();
        try (TencentPartnerGateway gateway = instance.get()) {
          go.await();
          for (int n = first; n < customers; n += 4) {
            Either<GatewayFailure, CustomerCreated> created =
                gateway.createCustomer(Instances.registration(n, codes.get(n)), Instances.key(run, n));
            assertThat(created.isRight()).as("customer %d: %s", n, created).isTrue();
            done.add(Instant.now());
          }
        }
        return done;
      }));
    }
    go.countDown();
    List<Instant> done = new ArrayList<>();
    for (Future<List<Instant>> thread : threads) {
      done.addAll(thread.get());
    }
    pool.shutdown();
    return done;
  }

  /** Sends each customer's verification code (ahead of the creates, through a plain gateway) and reads it back. */
  private static Map<Integer, String> sendCodes(Sandbox sandbox, int customers) {
    Map<Integer, String> codes = new TreeMap<>();
    try (TencentPartnerGateway gateway = Instances.tencent(sandbox.tencentEndpoint(), Clock.systemUTC()).journal(WriteJournal.inMemory()).build()) {
      for (int n = 0; n < customers; n++) {
        gateway.sendVerificationCode(
            VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(Instances.phone(n)).get())).get();
        codes.put(n, sandbox.tencent().lastVerificationCode("852", Instances.phone(n)).orElseThrow());
      }
    }
    return codes;
  }

  private static void report(String setup, Sandbox sandbox, List<Instant> done) {
    System.out.printf(java.util.Locale.ROOT,
        "[scale] %s: %d CreateAccount, combined rate %.2f/s (Tencent's limit: 5/s), throttled by the sandbox: %d%n",
        setup, sandbox.tencent().requestCount("CreateAccount"), Instances.ratePerSecond(done),
        sandbox.tencent().throttledCount("CreateAccount"));
  }
}
