package dev.partnerkit.acceptance.scale;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentGatewayBuilder;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.sandbox.Sandbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What the scale tests share: a partnerkit instance (a Tencent gateway) against the sandbox, and its customers. */
final class Instances {

  /** The partner account every instance works for: the key of its shared rate-limit buckets. */
  static final String PARTNER = "sandbox-partner";

  private Instances() {}

  /** A gateway on the sandbox at {@code endpoint}, with the given clock; the caller gives the journal. */
  static TencentGatewayBuilder tencent(String endpoint, Clock clock) {
    return TencentPartnerGateway.builder(TencentConfig.builder().endpoint(endpoint).allowInsecureHttp(true).clock(clock)
        .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY))).build());
  }

  /** An instance as a reseller runs several of: its own gateway, limits and journal shared in PostgreSQL. */
  static TencentPartnerGateway sharing(String endpoint, PostgresClient postgres) {
    return tencent(endpoint, Clock.systemUTC())
        .journal(postgres.writeJournal())
        .sharedRateLimits(postgres.rateLimitBuckets(), PARTNER)
        .build();
  }

  /** The idempotency key of customer {@code n} in one test's {@code run} (the journal outlives a test). */
  static IdempotencyKey key(String run, int n) {
    return IdempotencyKey.of(run + "-" + n);
  }

  /** The phone number of customer {@code n}. */
  static String phone(int n) {
    return String.format(Locale.ROOT, "7%07d", n);
  }

  /** Customer {@code n}'s registration, with the verification code the sandbox sent to its phone. */
  static TencentRegistration registration(int n, String code) {
    return TencentRegistration.validate(TencentRegistrationForm.builder()
        .accountType("company").mail("scale" + n + "@example.com").password("Scale!2026pw").confirmPassword("Scale!2026pw")
        .phoneNumber(phone(n)).callingCode("852").area("HK").verificationCode(code).tradeCategory("kghy_01", "kghy_0101")
        .build()).get();
  }

  /** The combined rate of creates that finished at {@code at}: (n - 1) intervals over the span. */
  static double ratePerSecond(List<Instant> at) {
    List<Instant> sorted = at.stream().sorted().toList();
    double seconds = (sorted.get(sorted.size() - 1).toEpochMilli() - sorted.get(0).toEpochMilli()) / 1000.0;
    return (sorted.size() - 1) / seconds;
  }
}
