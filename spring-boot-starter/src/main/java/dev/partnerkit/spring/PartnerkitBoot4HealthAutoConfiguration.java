package dev.partnerkit.spring;

import dev.partnerkit.ports.PartnerAccountGateway;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link PartnerkitHealthAutoConfiguration} for Spring Boot 4, whose health API lives in {@code
 * org.springframework.boot.health}: the same contributor {@code partnerkit}, one cached cheap read per gateway bean.
 */
@AutoConfiguration(after = PartnerkitAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(PartnerAccountGateway.class)
@ConditionalOnEnabledHealthIndicator("partnerkit")
public class PartnerkitBoot4HealthAutoConfiguration {

  /** Called by Spring. */
  public PartnerkitBoot4HealthAutoConfiguration() {}

  /** The gateways' health, under {@code partnerkit}. */
  @Bean
  @ConditionalOnMissingBean(name = "partnerkitHealthContributor")
  HealthContributor partnerkitHealthContributor(Map<String, PartnerAccountGateway> gateways,
      PartnerkitProperties properties) {
    return CompositeHealthContributor.fromMap(gateways, gateway -> {
      CachedProbe<Health> probe = new CachedProbe<>(gateway, properties.getHealth().getCacheTime(),
          Clock.systemUTC(), (up, details) -> (up ? Health.up() : Health.down()).withDetails(details).build());
      return (HealthIndicator) probe::health;
    });
  }
}
