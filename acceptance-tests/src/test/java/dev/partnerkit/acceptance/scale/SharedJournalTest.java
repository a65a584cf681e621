package dev.partnerkit.acceptance.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances sharing the write journal in PostgreSQL never create a customer twice: two instances racing on
 * one key make one CreateAccount between them, and an instance that dies mid-create leaves a claim that another
 * instance reconciles instead of creating again.
 */
class SharedJournalTest {

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
  void two_instances_racing_on_one_key_make_one_create_between_them() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      PostgresClient postgres = PostgresClient.of(db.dataSource());
      int rounds = 5;
      for (int n = 0; n < rounds; n++) {
        List<Either<GatewayFailure, CustomerCreated>> results =
            race(sandbox, "race", n, () -> postgres.writeJournal());

        assertThat(results.stream().filter(Either::isRight)).as("round %d: %s", n, results).isNotEmpty();
        assertThat(sandbox.tencent().requestCount("CreateAccount")).as("round %d", n).isEqualTo(n + 1);
      }
      assertThat(sandbox.tencent().accountCount()).isEqualTo(rounds);
    }
  }

  @Test
  void two_instances_with_journals_of_their_own_both_send_the_create() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      race(sandbox, "unshared", 0, WriteJournal::inMemory);

      assertThat(sandbox.tencent().requestCount("CreateAccount"))
          .as("the control: without a shared journal the vendor sees the create twice").isEqualTo(2);
    }
  }

  @Test
  void an_instance_killed_mid_create_is_reconciled_by_another_and_the_customer_created_once() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build()) {
      String code = sendCode(sandbox, 0);
      TencentRegistration registration = Instances.registration(0, code);
      sandbox.tencent().faults().delay("CreateAccount", Duration.ofSeconds(2), 1); // the vendor is slow to answer

      try (InstanceProcess doomed = InstanceProcess.start(db.jdbcUrl(), sandbox.tencentEndpoint(), "killed",
          List.of("0:" + code))) {
        doomed.go();
        await(() -> sandbox.tencent().faults().pending("CreateAccount") == 0); // its CreateAccount is at the vendor
        assertThat(journalState("killed-0")).isEqualTo("IN_FLIGHT");
        doomed.kill();
      }
      await(() -> sandbox.tencent().accountCount() == 1); // the vendor applies it; nobody hears the answer

      PostgresClient postgres = PostgresClient.of(db.dataSource());
      try (TencentPartnerGateway now = Instances.tencent(sandbox.tencentEndpoint(), Clock.systemUTC())
              .journal(postgres.writeJournal()).build();
          TencentPartnerGateway later = Instances.tencent(sandbox.tencentEndpoint(),
                  Clock.offset(Clock.systemUTC(), PostgresClient.DEFAULT_STALE_AFTER.plusSeconds(30)))
              .journal(postgres.writeJournal()).build()) {
        Either<GatewayFailure, CustomerCreated> tooSoon = now.createCustomer(registration, Instances.key("killed", 0));
        assertThat(tooSoon.getLeft()).as("still in flight: maybe its instance is only slow")
            .isInstanceOf(GatewayFailure.OutcomeUnknown.class);

        CustomerCreated finished = later.createCustomer(registration, Instances.key("killed", 0)).get();

        assertThat(finished.provenance()).isEqualTo(CustomerCreated.Provenance.RECONCILED);
        assertThat(finished.id().value()).isEqualTo(sandbox.tencent().customers().get(0).uin());
      }
      assertThat(journalState("killed-0")).isEqualTo("DONE");
      assertThat(sandbox.tencent().requestCount("CreateAccount")).isEqualTo(1);
      assertThat(sandbox.tencent().accountCount()).isEqualTo(1);
    }
  }

  /** Two instances, each with its own gateway and the journal {@code journal} gives it, create customer n at once. */
  private static List<Either<GatewayFailure, CustomerCreated>> race(Sandbox sandbox, String run, int n,
      Supplier<WriteJournal> journal) throws Exception {
    TencentRegistration registration = Instances.registration(n, sendCode(sandbox, n));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Either<GatewayFailure, CustomerCreated>>> attempts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      attempts.add(pool.submit(() -> {
        try (TencentPartnerGateway instance =
            Instances.tencent(sandbox.tencentEndpoint(), Clock.systemUTC()).journal(journal.get()).build()) {
          ready.countDown();
          go.await();
          return instance.createCustomer(registration, Instances.key(run, n));
        }
      }));
    }
    ready.await();
    go.countDown();
    List<Either<GatewayFailure, CustomerCreated>> results = new ArrayList<>();
    for (var attempt : attempts) {
      results.add(attempt.get());
    }
    pool.shutdown();
    return results;
  }

  private static String sendCode(Sandbox sandbox, int n) {
    try (TencentPartnerGateway gateway = Instances.tencent(sandbox.tencentEndpoint(), Clock.systemUTC()).journal(WriteJournal.inMemory()).build()) {
      gateway.sendVerificationCode(
          VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse(Instances.phone(n)).get())).get();
    }
    return sandbox.tencent().lastVerificationCode("852", Instances.phone(n)).orElseThrow();
  }

  private static String journalState(String key) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT state FROM partnerkit_write_journal WHERE idempotency_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "absent";
      }
    }
  }

  /** Waits for something the test cannot be told about (another process, the vendor's own thread). */
  private static void await(Supplier<Boolean> condition) throws InterruptedException {
    for (int i = 0; i < 600 && !condition.get(); i++) {
      Thread.sleep(50);
    }
    assertThat(condition.get()).as("waited 30 s for it").isTrue();
  }
}
