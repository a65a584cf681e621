package dev.partnerkit.spring;

import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.PartnerAccountGateway;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The health of one gateway (Spring Boot 3's actuator): whether the vendor answers a cheap read with this gateway's
 * credentials, never a write. The read is the partner's own credit where the vendor has credit ({@link
 * CreditPort#partnerCredit()}), otherwise the first page of customers. Its answer is kept for {@code
 * partnerkit.health.cache-time}, so that frequent health checks neither spend the vendor's rate limits nor slow the
 * endpoint. DOWN carries the failure's kind and the vendor's code (e.g. {@code UNAUTHORIZED}), never a secret.
 */
public final class GatewayHealthIndicator implements HealthIndicator {

  private final CachedProbe<Health> probe;

  /** Probes {@code gateway}, reusing an answer for {@code cacheTime} as measured by {@code clock}. */
  public GatewayHealthIndicator(PartnerAccountGateway gateway, Duration cacheTime, Clock clock) {
    this.probe = new CachedProbe<>(gateway, cacheTime, clock,
        (up, details) -> (up ? Health.up() : Health.down()).withDetails(details).build());
  }

  @Override
  public Health health() {
    return probe.health();
  }
}
