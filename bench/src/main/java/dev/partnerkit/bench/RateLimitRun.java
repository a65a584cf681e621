package dev.partnerkit.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.AttemptStarted;
import dev.partnerkit.adapter.support.CallEvent;
import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentGatewayBuilder;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Measurements "pacing" and "pacing-shared": a bulk onboarding of {@value #CUSTOMERS} customers through {@link
 * TencentPartnerGateway} ({@value #THREADS} threads in all) against the sandbox with Tencent's published limits scaled
 * by {@value #SCALE} (CreateAccount 200/s, SendVerifyCode 800/s, so that the creates take about 10 s), the gateways'
 * limiters scaled the same way. "pacing": one gateway, its buckets in this JVM. "pacing-shared": {@value #INSTANCES}
 * gateways (one pool of {@value #THREADS}/{@value #INSTANCES} threads each, their own connection pools), sharing
 * their buckets in an embedded PostgreSQL ({@code PostgresClient.rateLimitBuckets()}), the creates dealt round-robin.
 * First the verification codes (distinct phones), timed separately; then the creates, timed from the first CreateAccount
 * request (as a listener on the gateways hears it) to the last answer; what came before it (each gateway's first
 * creates read the country list they check a registration against) is said in a note. Goals: creates at >= 99.5% of the limit, no throttled answer, no duplicate (every account created
 * once, distinct ids).
 */
final class RateLimitRun {

  static final int CUSTOMERS = 2000;
  static final int SCALE = 40;
  static final int THREADS = 16;
  static final int INSTANCES = 4;
  static final double GOAL = 0.995;

  private RateLimitRun() {}

  /** One gateway, its buckets in this JVM. */
  static List<Row> oneInstance(List<String> notes) throws Exception {
    try (Sandbox sandbox = Sandbox.builder().rateLimitScale(SCALE).build()) {
      List<TencentPartnerGateway> gateways = List.of(builder(sandbox).build());
      try {
        return measure(sandbox, gateways, "1 gateway, buckets in its JVM", notes);
      } finally {
        gateways.forEach(TencentPartnerGateway::close);
      }
    }
  }

  /** {@value #INSTANCES} gateways sharing their buckets in PostgreSQL. */
  static List<Row> sharedInstances(List<String> notes) throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.start();
        Sandbox sandbox = Sandbox.builder().rateLimitScale(SCALE).build()) {
      PostgresClient.of(pg.getPostgresDatabase()).migrate();
      List<HikariDataSource> pools = new ArrayList<>();
      List<TencentPartnerGateway> gateways = new ArrayList<>();
      try {
        for (int i = 0; i < INSTANCES; i++) {
          HikariConfig config = new HikariConfig();
          config.setDataSource(pg.getPostgresDatabase());
          config.setMaximumPoolSize(THREADS / INSTANCES);
          config.setPoolName("bench-instance-" + i);
          HikariDataSource pool = new HikariDataSource(config);
          pools.add(pool);
          gateways.add(builder(sandbox)
              .sharedRateLimits(PostgresClient.of(pool).rateLimitBuckets(), "bench-partner").build());
        }
        return measure(sandbox, gateways, INSTANCES + " gateways, buckets shared in PostgreSQL", notes);
      } finally {
        gateways.forEach(TencentPartnerGateway::close);
        pools.forEach(HikariDataSource::close);
      }
    }
  }

  private static TencentGatewayBuilder builder(Sandbox sandbox) {
    return TencentPartnerGateway.builder(TencentConfig.builder()
            .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true).maxConnections(THREADS)
            .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
            .build())
        .journal(WriteJournal.inMemory()).scaleRateLimits(SCALE).listener(SENDS);
  }

  /** When each CreateAccount attempt was sent, and what else the gateways sent before the first one. */
  private static final SendTimes SENDS = new SendTimes();

  /**
   * A listener on every bench gateway: the time ({@code System.nanoTime()}) of each CreateAccount attempt as it is
   * sent, and the other attempts sent before the first one (the reference data a gateway reads before its first create).
   */
  private static final class SendTimes implements CallListener {
    private final ConcurrentLinkedQueue<Long> creates = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> before = new ConcurrentHashMap<>();

    @Override
    public void onEvent(CallEvent event) {
      if (event instanceof AttemptStarted started) {
        if (started.operation().equals("CreateAccount")) {
          creates.add(System.nanoTime());
        } else if (creates.isEmpty()) {
          before.merge(started.operation(), 1, Integer::sum);
        }
      }
    }

    void clear() {
      creates.clear();
      before.clear();
    }

    /** The sends in time order. */
    long[] sorted() {
      return creates.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * Where the time went: from the clock's start to the first create sent (and what was sent before it), the first to
     * the last create sent against the limit's spacing (with the largest gaps beyond it), the last send to the last
     * answer.
     */
    String summary(long startNanos, long endNanos, long spacingNanos) {
      long[] at = sorted();
      if (at.length == 0) {
        return "no CreateAccount sent";
      }
      long behind = 0;
      List<long[]> gaps = new ArrayList<>();
      for (int i = 1; i < at.length; i++) {
        long over = at[i] - at[i - 1] - spacingNanos;
        if (over > 0) {
          behind += over;
          gaps.add(new long[] {i, over});
        }
      }
      gaps.sort((x, y) -> Long.compare(y[1], x[1]));
      StringBuilder largest = new StringBuilder();
      for (int i = 0; i < Math.min(3, gaps.size()); i++) {
        largest.append(i == 0 ? "" : ", ").append("before send ").append(gaps.get(i)[0] + 1).append(" +")
            .append(Row.f2(gaps.get(i)[1] / 1e6)).append(" ms");
      }
      return "jobs submitted to the first CreateAccount sent " + Row.f2((at[0] - startNanos) / 1e6) + " ms"
          + (before.isEmpty() ? "" : " (sent before it: " + new TreeMap<>(before) + ")")
          + "; first to last of " + at.length + " sends " + Row.f2((at[at.length - 1] - at[0]) / 1e6)
          + " ms against " + Row.f2((at.length - 1) * spacingNanos / 1e6) + " ms of spacing (wake-ups jitter: the"
          + " gaps beyond the spacing sum to " + Row.f2(behind / 1e6) + " ms, the largest " + largest
          + "); last send to last answer " + Row.f2((endNanos - at[at.length - 1]) / 1e6) + " ms";
    }
  }

  private static List<Row> measure(Sandbox sandbox, List<TencentPartnerGateway> gateways, String how,
      List<String> notes) throws Exception {
    List<ExecutorService> pools = new ArrayList<>();
    AtomicInteger named = new AtomicInteger();
    for (int i = 0; i < gateways.size(); i++) {
      pools.add(Executors.newFixedThreadPool(THREADS / gateways.size(),
          r -> new Thread(r, "bench-caller-bulk-" + named.incrementAndGet())));
    }
    try {
      long t0 = System.nanoTime();
      all(pools, n -> () -> gateways.get(n % gateways.size()).sendVerificationCode(VerificationTarget.phone(
          CallingCode.parse("852").get(), PhoneNumber.parse(TencentPhones.phoneNumber(n)).get())).get());
      double sendSeconds = (System.nanoTime() - t0) / 1e9;

      List<TencentRegistration> registrations = new ArrayList<>();
      for (int n = 0; n < CUSTOMERS; n++) {
        String phone = TencentPhones.phoneNumber(n);
        String code = sandbox.tencent().lastVerificationCode("852", phone).orElseThrow();
        registrations.add(TencentRegistration.validate(TencentRegistrationForm.builder()
            .accountType("company").mail("bulk" + n + "@bench.example").password("Bulk!2026pw")
            .confirmPassword("Bulk!2026pw").phoneNumber(phone).callingCode("852").area("HK")
            .verificationCode(code).tradeCategory("kghy_01", "kghy_0101").customerName("Bulk Customer " + n)
            .build()).get());
      }
      // the trade catalog each gateway reads once before its first create, read before the clock starts
      gateways.forEach(g -> g.tradeCategories().get());

      SENDS.clear();
      StackSampler sampler = new StackSampler("bench-caller-bulk", "dev.partnerkit", "io.github.bucket4j");
      long t1 = System.nanoTime();
      List<Either<GatewayFailure, CustomerCreated>> created = all(pools,
          n -> () -> gateways.get(n % gateways.size()).createCustomer(registrations.get(n), IdempotencyKey.of("bulk-" + n)));
      long t2 = System.nanoTime();
      sampler.stop();
      // timed from the first CreateAccount request to the last answer: before it, each gateway's first creates read
      // the reference data they check a registration against (said in the notes)
      long[] sent = SENDS.sorted();
      double createSeconds = (t2 - (sent.length == 0 ? t1 : sent[0])) / 1e9;

      Set<String> ids = new HashSet<>();
      long failed = created.stream().filter(Either::isLeft).count();
      created.stream().filter(Either::isRight).forEach(c -> ids.add(c.get().id().value()));
      double createLimit = 5.0 * SCALE;
      double sendLimit = 20.0 * SCALE;
      double createRate = CUSTOMERS / createSeconds;
      double sendRate = CUSTOMERS / sendSeconds;
      long throttled = sandbox.tencent().throttledCount("CreateAccount") + sandbox.tencent().throttledCount("SendVerifyCode");
      int accounts = sandbox.tencent().accountCount();
      String what = "Bulk onboarding, " + CUSTOMERS + " customers, " + how + " (limits x" + SCALE + ")";
      if (createRate < GOAL * createLimit) {
        notes.add(what + ": CreateAccount at " + String.format("%.2f%%", 100 * createRate / createLimit)
            + " of the limit (" + Row.f2(createSeconds) + " s for " + CUSTOMERS + " creates where the limit allows "
            + Row.f2((CUSTOMERS - 1) / createLimit) + " s). Sampling the " + THREADS + " gateway threads during the"
            + " creates (every 5 ms): " + sampler.summary(6));
      }
      notes.add(what + ": " + SENDS.summary(t1, t2, (long) (1e9 / createLimit)));
      if (failed > 0) {
        notes.add(what + ": failed creates by kind and message: " + created.stream().filter(Either::isLeft)
            .map(c -> c.getLeft().kind() + " " + c.getLeft().message())
            .collect(Collectors.groupingBy(m -> m, TreeMap::new, Collectors.counting())));
      }
      return List.of(
          new Row(what + ": CreateAccount/s vs limit " + Row.f0(createLimit) + "/s", Row.f2(createRate), "",
              String.format("%.2f%% of limit", 100 * createRate / createLimit), ">= 99.5% of limit",
              createRate >= GOAL * createLimit),
          Row.info(what + ": SendVerifyCode/s vs limit " + Row.f0(sendLimit) + "/s (before the creates)",
              Row.f2(sendRate) + " (" + String.format("%.1f%%", 100 * sendRate / sendLimit) + ")",
              "reported, no goal"),
          new Row(what + ": throttled answers (both actions)", Long.toString(throttled), "", "", "0", throttled == 0),
          new Row(what + ": accounts in sandbox / distinct ids / failed creates",
              accounts + " / " + ids.size() + " / " + failed, "", "", CUSTOMERS + " / " + CUSTOMERS + " / 0",
              accounts == CUSTOMERS && ids.size() == CUSTOMERS && failed == 0));
    } finally {
      pools.forEach(ExecutorService::shutdown);
    }
  }

  private interface Job<T> {
    Callable<T> of(int n);
  }

  /** Job {@code n} on pool {@code n % pools}: each instance's share on its own threads. */
  private static <T> List<T> all(List<ExecutorService> pools, Job<T> job) throws Exception {
    List<Future<T>> futures = new ArrayList<>();
    for (int n = 0; n < CUSTOMERS; n++) {
      futures.add(pools.get(n % pools.size()).submit(job.of(n)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get());
    }
    return results;
  }
}
