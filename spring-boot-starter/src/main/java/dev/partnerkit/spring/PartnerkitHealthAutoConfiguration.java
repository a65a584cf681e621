package dev.partnerkit.spring;

import dev.partnerkit.ports.PartnerAccountGateway;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot's actuator: the health contributor {@code partnerkit}, one {@link GatewayHealthIndicator} per
 * gateway bean (named after the bean), each a cheap read cached for {@code partnerkit.health.cache-time}. Off with
 * {@code management.health.partnerkit.enabled=false}.
 */
@AutoConfiguration(after = PartnerkitAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(PartnerAccountGateway.class)
@ConditionalOnEnabledHealthIndicator("partnerkit")
public class PartnerkitHealthAutoConfiguration {

  /** Called by Spring. */
  public PartnerkitHealthAutoConfiguration() {}

  /** The gateways' health, under {@code partnerkit}. */
  @Bean
  @ConditionalOnMissingBean(name = "partnerkitHealthContributor")
  HealthContributor partnerkitHealthContributor(Map<String, PartnerAccountGateway> gateways,
      PartnerkitProperties properties) {
    return CompositeHealthContributor.fromMap(gateways,
        gateway -> new GatewayHealthIndicator(gateway, properties.getHealth().getCacheTime(), Clock.systemUTC()));
  }
}
