package dev.partnerkit.spring;

import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.inmemory.InMemoryPartnerGateway;
import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.micrometer.MicrometerCallListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * partnerkit's auto-configuration: a {@link TencentPartnerGateway} when {@code partnerkit.tencent.secret-id} is set, a
 * {@link HuaweiPartnerGateway} when {@code partnerkit.huawei.access-key} (or {@code user-name}) is set, each closed
 * with the context and each giving way to a gateway bean of the application's own; their write journal from {@code
 * partnerkit.journal.*} (no default: see {@link JournalNotConfiguredException}); metrics through partnerkit-micrometer
 * when the application has a Micrometer {@link MeterRegistry}; the in-memory fake instead of both when {@code
 * partnerkit.fake} is set. Every {@link CallListener} bean hears every gateway's calls.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    // the same in Spring Boot 4
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@EnableConfigurationProperties(PartnerkitProperties.class)
public class PartnerkitAutoConfiguration {

  /** Called by Spring. */
  public PartnerkitAutoConfiguration() {}

  /** Binds the secret properties as {@link Secret}s, which never show their value. */
  @Bean
  @ConfigurationPropertiesBinding
  static Converter<String, Secret> partnerkitSecretConverter() {
    return new SecretConverter();
  }

  /** The journals from {@code partnerkit.journal.*} (file or in-memory; postgres comes from {@link Postgres}). */
  @Bean
  @ConditionalOnMissingBean
  PartnerkitJournals partnerkitJournals(PartnerkitProperties properties) {
    return PartnerkitJournals.of(properties.getJournal(),
        "partnerkit-adapter-postgres is not on the class path or the application has no DataSource bean");
  }

  /** The Tencent gateway, when its credentials are set and no fake is wanted. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "partnerkit.tencent", name = "secret-id")
  static class Tencent {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "partnerkit.fake", havingValue = "none", matchIfMissing = true)
    TencentPartnerGateway tencentPartnerGateway(PartnerkitProperties properties, PartnerkitJournals journals,
        ObjectProvider<CallListener> listeners) {
      return GatewayFactory.tencent(properties.getTencent(), journals,
          listeners.orderedStream().collect(Collectors.toList()));
    }
  }

  /** The Huawei gateway, when its credentials are set and no fake is wanted. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(Huawei.CredentialsSet.class)
  static class Huawei {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "partnerkit.fake", havingValue = "none", matchIfMissing = true)
    HuaweiPartnerGateway huaweiPartnerGateway(PartnerkitProperties properties, PartnerkitJournals journals,
        ObjectProvider<CallListener> listeners) {
      return GatewayFactory.huawei(properties.getHuawei(), journals,
          listeners.orderedStream().collect(Collectors.toList()));
    }

    /** An access key or an IAM user name. */
    static final class CredentialsSet extends AnyNestedCondition {
      CredentialsSet() {
        super(ConfigurationPhase.PARSE_CONFIGURATION);
      }

      @ConditionalOnProperty(prefix = "partnerkit.huawei", name = "access-key")
      static final class AccessKey {}

      @ConditionalOnProperty(prefix = "partnerkit.huawei", name = "user-name")
      static final class UserName {}
    }
  }

  /** The journal and shared rate limits in the application's PostgreSQL. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(PostgresClient.class)
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(name = "partnerkit.journal.type", havingValue = "postgres")
  static class Postgres {

    @Bean
    @ConditionalOnMissingBean
    PostgresClient partnerkitPostgresClient(DataSource dataSource, PartnerkitProperties properties) {
      PostgresClient client = PostgresClient.of(dataSource);
      if (properties.getPostgres().isMigrate()) {
        client.migrate();
      }
      return client;
    }

    @Bean
    @ConditionalOnMissingBean
    PartnerkitJournals partnerkitJournals(PostgresClient postgres, PartnerkitProperties properties) {
      return PartnerkitJournals.postgres(postgres.writeJournal(properties.getJournal().getStaleAfter()),
          properties.getPostgres().isSharedRateLimits() ? postgres.rateLimitBuckets() : null);
    }
  }

  /** Every gateway's calls as Micrometer timers and counters (and spans, with Micrometer Tracing). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MeterRegistry.class, MicrometerCallListener.class})
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {

    @Bean
    @ConditionalOnMissingBean
    MicrometerCallListener partnerkitMetrics(MeterRegistry meters, ObjectProvider<ObservationRegistry> observations) {
      ObservationRegistry registry = observations.getIfUnique();
      return registry == null ? MicrometerCallListener.of(meters) : MicrometerCallListener.of(meters, registry);
    }
  }

  /** The in-memory fake, with a vendor's rules, instead of the real gateways ({@code partnerkit.fake}). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InMemoryPartnerGateway.class)
  @Conditional(FakeWanted.class)
  static class Fake {

    @Bean
    @ConditionalOnMissingBean
    InMemoryPartnerGateway partnerkitFakeGateway(PartnerkitProperties properties) {
      return switch (properties.getFake()) {
        case TENCENT -> InMemoryPartnerGateway.tencent().build();
        case HUAWEI_CHINA -> InMemoryPartnerGateway.huawei(HuaweiSite.CHINA).build();
        case HUAWEI_INTERNATIONAL -> InMemoryPartnerGateway.huawei(HuaweiSite.INTERNATIONAL).build();
        case NONE -> throw new IllegalStateException("partnerkit.fake is none");
      };
    }
  }

  /** {@code partnerkit.fake} without the fake on the class path: said at start-up rather than ignored. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("dev.partnerkit.adapter.inmemory.InMemoryPartnerGateway")
  @Conditional(FakeWanted.class)
  static class FakeMissing {

    @Bean
    Object partnerkitFakeGateway() {
      throw new IllegalStateException("partnerkit.fake is set but partnerkit-adapter-inmemory is not on the class"
          + " path: add it (test scope)");
    }
  }

  /** {@code partnerkit.fake} is set to a vendor (not {@code none}). */
  static final class FakeWanted extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String fake = context.getEnvironment().getProperty("partnerkit.fake", "").trim();
      return fake.isEmpty() || fake.equalsIgnoreCase("none")
          ? ConditionOutcome.noMatch("partnerkit.fake is not set to a vendor")
          : ConditionOutcome.match("partnerkit.fake=" + fake);
    }
  }

  /** String to {@link Secret}. */
  static final class SecretConverter implements Converter<String, Secret> {
    @Override
    public Secret convert(String source) {
      return Secret.of(source);
    }
  }
}
