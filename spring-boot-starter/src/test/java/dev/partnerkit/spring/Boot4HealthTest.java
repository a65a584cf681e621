package dev.partnerkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The gateways' health under Spring Boot 4's health API (compiled and run by spring-boot4-starter-it only; HealthTest
 * is the same under Spring Boot 3.5).
 */
class Boot4HealthTest {

  static Sandbox sandbox;

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PartnerkitAutoConfiguration.class,
          PartnerkitBoot4HealthAutoConfiguration.class))
      .withPropertyValues("partnerkit.journal.type=in-memory");

  @BeforeAll
  static void startSandbox() {
    sandbox = Sandbox.builder().build();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  private static HealthIndicator indicator(org.springframework.context.ApplicationContext context, String gateway) {
    CompositeHealthContributor partnerkit =
        context.getBean("partnerkitHealthContributor", CompositeHealthContributor.class);
    return (HealthIndicator) partnerkit.getContributor(gateway);
  }

  @Test
  void up_and_cached_when_the_vendor_answers() {
    runner.withPropertyValues(SandboxProperties.tencent(sandbox, "partnerkit.health.cache-time=1h"))
        .run(context -> {
          HealthIndicator tencent = indicator(context, "tencentPartnerGateway");
          long before = sandbox.tencent().requestCount();

          Health first = tencent.health();
          Health second = tencent.health();

          assertThat(first.getStatus()).isEqualTo(Status.UP);
          assertThat(first.getDetails()).containsEntry("read", "partner credit");
          assertThat(second).isSameAs(first);
          assertThat(sandbox.tencent().requestCount()).isEqualTo(before + 1);
        });
  }

  @Test
  void down_when_the_sandbox_refuses_the_credentials() {
    String wrong = "not-the-sandbox-secret-key-000000";
    runner.withPropertyValues(SandboxProperties.tencent(sandbox, "partnerkit.tencent.secret-key=" + wrong))
        .run(context -> {
          Health health = indicator(context, "tencentPartnerGateway").health();

          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("failure", "UNAUTHORIZED");
          assertThat(health.toString()).doesNotContain(wrong);
        });
  }

  @Test
  void no_health_contributor_when_disabled() {
    runner.withPropertyValues(SandboxProperties.tencent(sandbox, "management.health.partnerkit.enabled=false"))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("partnerkitHealthContributor"));
  }
}
