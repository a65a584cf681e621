package dev.partnerkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.inmemory.InMemoryPartnerGateway;
import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.micrometer.MicrometerCallListener;
import dev.partnerkit.sandbox.Sandbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What the starter does with and without each optional dependency: Spring Boot's own actuator metrics and
 * observations, and an application without actuator, Micrometer, adapter-postgres or the fake.
 */
class OptionalDependenciesTest {

  static Sandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = Sandbox.builder().build();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PartnerkitAutoConfiguration.class,
          PartnerkitHealthAutoConfiguration.class));

  @Test
  void with_spring_boots_actuator_metrics_each_call_is_a_timer_in_the_applications_registry() {
    runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
            ObservationAutoConfiguration.class))
        .withPropertyValues(SandboxProperties.tencent(sandbox, "partnerkit.journal.type=in-memory"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(MicrometerCallListener.class);

          assertThat(context.getBean(TencentPartnerGateway.class).countryCodes().isRight()).isTrue();

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(meters.get(MicrometerCallListener.CALL)
              .tags("vendor", "tencent", "operation", "GetCountryCodes", "outcome", "SUCCESS").timer().count())
              .isEqualTo(1);
        });
  }

  @Test
  void without_actuator_there_is_no_health_contributor_and_the_gateway_works() {
    runner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
        .withPropertyValues(SandboxProperties.tencent(sandbox, "partnerkit.journal.type=in-memory"))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean("partnerkitHealthContributor");
          assertThat(context.getBean(TencentPartnerGateway.class).countryCodes().isRight()).isTrue();
        });
  }

  @Test
  void without_micrometer_there_are_no_metrics() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .withBean(io.micrometer.core.instrument.simple.SimpleMeterRegistry.class)
        .withPropertyValues(SandboxProperties.tencent(sandbox, "partnerkit.journal.type=in-memory"))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerCallListener.class));
  }

  @Test
  void the_postgres_journal_without_adapter_postgres_names_what_is_missing() {
    runner.withClassLoader(new FilteredClassLoader(PostgresClient.class))
        .withBean(javax.sql.DataSource.class, org.postgresql.ds.PGSimpleDataSource::new)
        .withPropertyValues(SandboxProperties.tencent(sandbox, "partnerkit.journal.type=postgres"))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(new JournalFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
              .contains("partnerkit-adapter-postgres is not on the class path");
        });
  }

  @Test
  void partnerkit_fake_without_the_fake_on_the_class_path_is_said_at_start_up() {
    runner.withClassLoader(new FilteredClassLoader(InMemoryPartnerGateway.class))
        .withPropertyValues("partnerkit.fake=tencent")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause()
              .hasMessageContaining("partnerkit-adapter-inmemory is not on the class path");
        });
  }
}
