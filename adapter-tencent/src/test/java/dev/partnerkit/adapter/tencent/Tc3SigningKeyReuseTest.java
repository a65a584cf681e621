package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The signer keeps the last derived key; it must never reuse it for another date, service or secret. */
class Tc3SigningKeyReuseTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T23:59:59Z"));
  private final Clock clock = new Clock() {
    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };
  private static final Map<String, String> HEADERS =
      Map.of("Content-Type", "application/json; charset=utf-8", "Host", "intlpartnersmgt.intl.tencentcloudapi.com");
  private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

  /** What a signer that has never signed before computes for the same instant. */
  private String fresh(TencentCredentials credentials, String service) {
    Instant at = now.get();
    return new Tc3Signer(Clock.fixed(at, ZoneOffset.UTC)).sign(credentials, service, HEADERS, BODY).signature();
  }

  @Test
  void a_reused_signer_signs_exactly_as_a_fresh_one_across_midnight_services_and_secrets() {
    Tc3Signer signer = new Tc3Signer(clock);
    TencentCredentials first = TencentCredentials.of("AKIDone", Secret.of("key-one"));
    TencentCredentials second = TencentCredentials.of("AKIDtwo", Secret.of("key-two"));

    assertThat(signer.sign(first, "intlpartnersmgt", HEADERS, BODY).signature()).isEqualTo(fresh(first, "intlpartnersmgt"));
    now.set(Instant.parse("2026-11-29T00:00:01Z"));
    assertThat(signer.sign(first, "intlpartnersmgt", HEADERS, BODY).signature()).isEqualTo(fresh(first, "intlpartnersmgt"));
    assertThat(signer.sign(first, "other", HEADERS, BODY).signature()).isEqualTo(fresh(first, "other"));
    assertThat(signer.sign(second, "intlpartnersmgt", HEADERS, BODY).signature()).isEqualTo(fresh(second, "intlpartnersmgt"));
    assertThat(signer.sign(first, "intlpartnersmgt", HEADERS, BODY).signature())
        .isNotEqualTo(signer.sign(second, "intlpartnersmgt", HEADERS, BODY).signature());
  }
}
