package dev.partnerkit.spring;

import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.PartnerAccountGateway;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The health probe of one gateway, whatever Spring Boot's health API: a cheap read with the gateway's credentials
 * (the partner's own credit where the vendor has credit, otherwise the first page of customers), never a write, its
 * answer kept for the cache time. {@code toHealth} makes the answer (up or not, and the details) into the health type
 * of the Spring Boot version at hand.
 */
final class CachedProbe<H> {

  private final PartnerAccountGateway gateway;
  private final Duration cacheTime;
  private final Clock clock;
  private final BiFunction<Boolean, Map<String, Object>, H> toHealth;
  private H last;
  private Instant lastAt;

  CachedProbe(PartnerAccountGateway gateway, Duration cacheTime, Clock clock,
      BiFunction<Boolean, Map<String, Object>, H> toHealth) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.cacheTime = Objects.requireNonNull(cacheTime, "cacheTime");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.toHealth = Objects.requireNonNull(toHealth, "toHealth");
  }

  synchronized H health() {
    Instant now = clock.instant();
    if (last != null && now.isBefore(lastAt.plus(cacheTime))) {
      return last;
    }
    last = probe();
    lastAt = now;
    return last;
  }

  private H probe() {
    Map<String, Object> details = new LinkedHashMap<>();
    Either<GatewayFailure, ?> answer;
    try {
      var credit = gateway.capability(CreditPort.class);
      if (credit.isDefined()) {
        details.put("read", "partner credit");
        answer = credit.get().partnerCredit();
      } else {
        details.put("read", "first page of customers");
        answer = gateway.customers().fetch(1);
      }
    } catch (RuntimeException e) {
      details.put("error", e.getClass().getName());
      return toHealth.apply(false, details);
    }
    if (answer.isRight()) {
      return toHealth.apply(true, details);
    }
    details.put("failure", answer.getLeft().kind().name());
    details.put("vendorCode", answer.getLeft().trace().code());
    return toHealth.apply(false, details);
  }
}
