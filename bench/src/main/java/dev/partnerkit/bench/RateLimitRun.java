package dev.partnerkit.bench;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measurement 3: a bulk onboarding of 2,000 customers through {@link TencentPartnerGateway} (16 threads) against the
 * sandbox with Tencent's published limits scaled by 40 (CreateAccount 200/s, SendVerifyCode 800/s), the gateway's
 * limiter scaled the same way. First the 2,000 verification codes (distinct phones), timed separately; then the
 * creates, timed from the first to the last answer. Goals: creates at >= 97% of the limit, no throttled response,
 * no duplicate (2,000 accounts, 2,000 distinct ids).
 */
final class RateLimitRun {

  static final int CUSTOMERS = 2000;
  static final int SCALE = 40;
  static final int THREADS = 16;

  private RateLimitRun() {}

  static List<Row> run(List<String> notes) throws Exception {
    try (Sandbox sandbox = Sandbox.builder().rateLimitScale(SCALE).build();
        TencentPartnerGateway gateway = TencentPartnerGateway.builder(TencentConfig.builder()
                .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true).maxConnections(THREADS)
                .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
                .build()).journal(WriteJournal.inMemory())
            .scaleRateLimits(SCALE).build()) {
      java.util.concurrent.atomic.AtomicInteger named = new java.util.concurrent.atomic.AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "bench-caller-bulk-" + named.incrementAndGet()));
      try {
        long t0 = System.nanoTime();
        all(pool, n -> () -> gateway.sendVerificationCode(VerificationTarget.phone(
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

        StackSampler sampler = new StackSampler("bench-caller-bulk", "dev.partnerkit", "io.github.bucket4j");
        long t1 = System.nanoTime();
        List<Either<GatewayFailure, CustomerCreated>> created =
            all(pool, n -> () -> gateway.createCustomer(registrations.get(n), IdempotencyKey.of("bulk-" + n)));
        double createSeconds = (System.nanoTime() - t1) / 1e9;
        sampler.stop();

        Set<String> ids = new HashSet<>();
        long failed = created.stream().filter(Either::isLeft).count();
        created.stream().filter(Either::isRight).forEach(c -> ids.add(c.get().id().value()));
        double createLimit = 5.0 * SCALE;
        double sendLimit = 20.0 * SCALE;
        double createRate = CUSTOMERS / createSeconds;
        double sendRate = CUSTOMERS / sendSeconds;
        long throttled = sandbox.tencent().throttledCount("CreateAccount") + sandbox.tencent().throttledCount("SendVerifyCode");
        int accounts = sandbox.tencent().accountCount();
        if (createRate < 0.97 * createLimit) {
          notes.add("Bulk onboarding: CreateAccount at " + String.format("%.1f%%", 100 * createRate / createLimit)
              + " of the limit, missing 97% by " + String.format("%.1f", 97 - 100 * createRate / createLimit)
              + " points (" + Row.f2(createSeconds) + " s for " + CUSTOMERS + " creates where the limit allows "
              + Row.f2((CUSTOMERS - 1) / createLimit) + " s). Sampling the " + THREADS + " gateway threads during the creates"
              + " (sampled while measuring, every 5 ms): " + sampler.summary(6));
        }
        String what = "Bulk onboarding, " + CUSTOMERS + " customers via TencentPartnerGateway (limits x" + SCALE + ")";
        return List.of(
            new Row(what + ": CreateAccount/s vs limit " + Row.f0(createLimit) + "/s", Row.f2(createRate), "",
                String.format("%.1f%% of limit", 100 * createRate / createLimit), ">= 97% of limit",
                createRate >= 0.97 * createLimit),
            Row.info(what + ": SendVerifyCode/s vs limit " + Row.f0(sendLimit) + "/s (before the creates)",
                Row.f2(sendRate) + " (" + String.format("%.1f%%", 100 * sendRate / sendLimit) + ")",
                "reported, no goal"),
            new Row(what + ": throttled responses (both actions)", Long.toString(throttled), "", "", "0", throttled == 0),
            new Row(what + ": accounts in sandbox / distinct ids / failed creates",
                accounts + " / " + ids.size() + " / " + failed, "", "", CUSTOMERS + " / " + CUSTOMERS + " / 0",
                accounts == CUSTOMERS && ids.size() == CUSTOMERS && failed == 0));
      } finally {
        pool.shutdown();
      }
    }
  }

  private interface Job<T> {
    Callable<T> of(int n);
  }

  private static <T> List<T> all(ExecutorService pool, Job<T> job) throws Exception {
    List<Future<T>> futures = new ArrayList<>();
    for (int n = 0; n < CUSTOMERS; n++) {
      futures.add(pool.submit(job.of(n)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get());
    }
    return results;
  }
}
