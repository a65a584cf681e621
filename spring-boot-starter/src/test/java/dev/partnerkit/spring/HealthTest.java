package dev.partnerkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.inmemory.InMemoryPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.sandbox.Sandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The gateways' health: a cheap read against the sandbox, cached, UP or DOWN. */
class HealthTest {

  static Sandbox sandbox;

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PartnerkitAutoConfiguration.class,
          PartnerkitHealthAutoConfiguration.class))
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
  void up_when_the_vendor_answers_and_the_answer_is_kept_for_the_cache_time() {
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
  void down_when_the_sandbox_refuses_the_credentials_and_the_secret_is_not_shown() {
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
  void huawei_is_up_and_down_the_same_way() {
    runner.withPropertyValues(SandboxProperties.huaweiChina(sandbox)).run(context ->
        assertThat(indicator(context, "huaweiPartnerGateway").health().getStatus()).isEqualTo(Status.UP));
    runner.withPropertyValues(SandboxProperties.huaweiChina(sandbox, "partnerkit.huawei.secret-key=wrong-sk"))
        .run(context -> {
          Health health = indicator(context, "huaweiPartnerGateway").health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("failure", "UNAUTHORIZED");
        });
  }

  @Test
  void no_health_contributor_when_disabled() {
    runner.withPropertyValues(SandboxProperties.tencent(sandbox, "management.health.partnerkit.enabled=false"))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("partnerkitHealthContributor"));
  }

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-06T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void the_vendor_is_asked_again_once_the_cache_time_is_over_and_a_site_without_credit_reads_customers() {
    InMemoryPartnerGateway fake = InMemoryPartnerGateway.huawei(HuaweiSite.INTERNATIONAL).build();
    MovingClock clock = new MovingClock();
    GatewayHealthIndicator indicator = new GatewayHealthIndicator(fake, Duration.ofSeconds(30), clock);

    Health first = indicator.health();
    clock.now = clock.now.plusSeconds(29);
    Health cached = indicator.health();
    clock.now = clock.now.plusSeconds(1);
    Health fresh = indicator.health();

    assertThat(first.getStatus()).isEqualTo(Status.UP);
    assertThat(first.getDetails()).containsEntry("read", "first page of customers");
    assertThat(cached).isSameAs(first);
    assertThat(fresh).isNotSameAs(first).isEqualTo(first);
  }
}
