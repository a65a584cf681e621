package dev.partnerkit.spring;

import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.PartnerAccountGateway;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The health of one gateway: whether the vendor answers a cheap read with this gateway's credentials, never a write.
 * The read is the partner's own credit where the vendor has credit ({@link CreditPort#partnerCredit()}), otherwise
 * the first page of customers. Its answer is kept for {@code partnerkit.health.cache-time}, so that frequent health
 * checks neither spend the vendor's rate limits nor slow the endpoint. DOWN carries the failure's kind and the
 * vendor's code (e.g. {@code UNAUTHORIZED}, {@code AuthFailure.SignatureFailure}), never a secret.
 */
public final class GatewayHealthIndicator implements HealthIndicator {

  private final PartnerAccountGateway gateway;
  private final Duration cacheTime;
  private final Clock clock;
  private Health last;
  private Instant lastAt;

  /** Probes {@code gateway}, reusing an answer for {@code cacheTime} as measured by {@code clock}. */
  public GatewayHealthIndicator(PartnerAccountGateway gateway, Duration cacheTime, Clock clock) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.cacheTime = Objects.requireNonNull(cacheTime, "cacheTime");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (last != null && now.isBefore(lastAt.plus(cacheTime))) {
      return last;
    }
    last = probe();
    lastAt = now;
    return last;
  }

  private Health probe() {
    String read;
    Either<GatewayFailure, ?> answer;
    try {
      var credit = gateway.capability(CreditPort.class);
      if (credit.isDefined()) {
        read = "partner credit";
        answer = credit.get().partnerCredit();
      } else {
        read = "first page of customers";
        answer = gateway.customers().fetch(1);
      }
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getClass().getName()).build();
    }
    if (answer.isRight()) {
      return Health.up().withDetail("read", read).build();
    }
    GatewayFailure failure = answer.getLeft();
    return Health.down()
        .withDetail("read", read)
        .withDetail("failure", failure.kind().name())
        .withDetail("vendorCode", failure.trace().code())
        .build();
  }
}
