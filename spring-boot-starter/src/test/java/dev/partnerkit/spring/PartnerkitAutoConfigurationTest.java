package dev.partnerkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.inmemory.InMemoryPartnerGateway;
import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.micrometer.MicrometerCallListener;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.sandbox.Sandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration against the embedded sandbox, from properties alone. */
class PartnerkitAutoConfigurationTest {

  static Sandbox sandbox;

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PartnerkitAutoConfiguration.class));

  @BeforeAll
  static void startSandbox() {
    sandbox = Sandbox.builder().build();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  static String[] tencent(String... more) {
    return SandboxProperties.tencent(sandbox, more);
  }

  static String[] huaweiChina(String... more) {
    return SandboxProperties.huaweiChina(sandbox, more);
  }

  static String[] concat(String[] a, String[] b) {
    return SandboxProperties.concat(a, b);
  }

  @Configuration(proxyBeanMethods = false)
  static class Meters {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Test
  void a_tencent_gateway_from_properties_alone_calls_the_sandbox_and_each_call_is_timed() {
    runner.withUserConfiguration(Meters.class)
        .withPropertyValues(tencent("partnerkit.journal.type=in-memory"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(TencentPartnerGateway.class)
              .hasSingleBean(MicrometerCallListener.class).doesNotHaveBean(HuaweiPartnerGateway.class);
          PartnerAccountGateway gateway = context.getBean(PartnerAccountGateway.class);
          long before = sandbox.tencent().requestCount();

          assertThat(gateway.countryCodes().get()).isNotEmpty();

          assertThat(sandbox.tencent().requestCount()).isEqualTo(before + 1);
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(meters.get(MicrometerCallListener.CALL)
              .tags("vendor", "tencent", "operation", "GetCountryCodes", "outcome", "SUCCESS").timer().count())
              .isEqualTo(1);
        });
  }

  @Test
  void a_huawei_gateway_from_properties_alone_calls_the_sandbox_and_each_call_is_timed() {
    runner.withUserConfiguration(Meters.class)
        .withPropertyValues(huaweiChina("partnerkit.journal.type=in-memory"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(HuaweiPartnerGateway.class)
              .doesNotHaveBean(TencentPartnerGateway.class);
          PartnerAccountGateway gateway = context.getBean(PartnerAccountGateway.class);

          assertThat(gateway.capability(CreditPort.class).get().partnerCredit().isRight()).isTrue();

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(meters.get(MicrometerCallListener.CALL).tags("vendor", "huawei", "outcome", "SUCCESS").timer()
              .count()).isEqualTo(1);
        });
  }

  @Test
  void without_a_meter_registry_there_are_no_metrics_and_the_gateway_still_works() {
    runner.withPropertyValues(tencent("partnerkit.journal.type=in-memory"))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerCallListener.class);
          assertThat(context.getBean(TencentPartnerGateway.class).countryCodes().isRight()).isTrue();
        });
  }

  @Test
  void no_vendor_configured_means_no_gateway_and_no_journal_needed() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(PartnerAccountGateway.class);
    });
  }

  @Test
  void a_gateway_without_a_journal_type_stops_the_start_with_one_message_naming_the_property() throws Exception {
    runner.withPropertyValues(tencent()).run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      FailureAnalysis analysis = new JournalFailureAnalyzer().analyze(failure);

      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("partnerkit.journal.type").contains("no write journal");
      assertThat(analysis.getAction()).contains("partnerkit.journal.type=file");
      assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(Sandbox.DEFAULT_SECRET_KEY);
    });
    assertThat(registeredFailureAnalyzers()).contains(JournalFailureAnalyzer.class.getName());
  }

  /** The failure analyzers every META-INF/spring.factories on the class path registers. */
  private java.util.List<String> registeredFailureAnalyzers() throws java.io.IOException {
    java.util.List<String> names = new java.util.ArrayList<>();
    var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
    while (resources.hasMoreElements()) {
      java.util.Properties factories = new java.util.Properties();
      try (var in = resources.nextElement().openStream()) {
        factories.load(in);
      }
      for (String name : factories.getProperty(FailureAnalyzer.class.getName(), "").split(",")) {
        names.add(name.trim());
      }
    }
    return names;
  }

  @Test
  void the_file_journal_keeps_one_file_per_vendor_under_the_path(@TempDir Path dir) {
    Path journals = dir.resolve("journals");
    runner.withPropertyValues(concat(tencent("partnerkit.journal.type=file",
            "partnerkit.journal.file.path=" + journals), huaweiChina()))
        .run(context -> {
          assertThat(context).hasNotFailed();
          PartnerkitJournals bean = context.getBean(PartnerkitJournals.class);
          assertThat(bean.journal("tencent")).isInstanceOf(FileWriteJournal.class);
          assertThat(((FileWriteJournal) bean.journal("tencent")).file()).isEqualTo(journals.resolve("tencent.journal"));
          assertThat(((FileWriteJournal) bean.journal("huawei")).file()).isEqualTo(journals.resolve("huawei.journal"));
          assertThat(Files.exists(journals.resolve("tencent.journal"))).isTrue();
        });
  }

  @Test
  void the_file_journal_without_a_path_says_so() {
    runner.withPropertyValues(tencent("partnerkit.journal.type=file")).run(context -> {
      assertThat(context).hasFailed();
      assertThat(new JournalFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
          .contains("partnerkit.journal.file.path");
    });
  }

  @Test
  void the_postgres_journal_without_a_data_source_says_so() {
    runner.withPropertyValues(tencent("partnerkit.journal.type=postgres")).run(context -> {
      assertThat(context).hasFailed();
      assertThat(new JournalFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
          .contains("partnerkit.journal.type is postgres").contains("DataSource");
    });
  }

  @Test
  void the_gateways_are_closed_with_the_context() {
    TencentPartnerGateway[] kept = new TencentPartnerGateway[1];
    runner.withPropertyValues(tencent("partnerkit.journal.type=in-memory")).run(context -> {
      kept[0] = context.getBean(TencentPartnerGateway.class);
      assertThat(kept[0].countryCodes().isRight()).isTrue();
    });
    long before = sandbox.tencent().requestCount();

    boolean refused;
    try {
      refused = kept[0].countryCodes().isLeft();
    } catch (RuntimeException closed) {
      refused = true;
    }

    assertThat(refused).isTrue();
    assertThat(sandbox.tencent().requestCount()).isEqualTo(before);
  }

  @Test
  void partnerkit_fake_replaces_the_real_gateways_with_the_in_memory_fake() {
    runner.withPropertyValues(concat(tencent("partnerkit.fake=tencent"), huaweiChina())).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(TencentPartnerGateway.class)
          .doesNotHaveBean(HuaweiPartnerGateway.class).hasSingleBean(InMemoryPartnerGateway.class);
      PartnerAccountGateway gateway = context.getBean(PartnerAccountGateway.class);
      long before = sandbox.tencent().requestCount();

      assertThat(gateway.countryCodes().isRight()).isTrue();

      assertThat(sandbox.tencent().requestCount()).isEqualTo(before);
      assertThat(((InMemoryPartnerGateway) gateway).vendorCalls()).isPositive();
    });
  }

  @Test
  void partnerkit_fake_selects_the_vendors_rules() {
    runner.withPropertyValues("partnerkit.fake=huawei-international").run(context -> {
      InMemoryPartnerGateway fake = context.getBean(InMemoryPartnerGateway.class);
      assertThat(fake.vendor()).isEqualTo(Vendor.HUAWEI);
      assertThat(fake.capability(CreditPort.class).isEmpty()).isTrue();
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnFake {
    @Bean
    InMemoryPartnerGateway myFake() {
      return InMemoryPartnerGateway.huawei(HuaweiSite.CHINA).build();
    }
  }

  @Test
  void a_gateway_bean_of_the_application_wins() {
    runner.withUserConfiguration(OwnFake.class).withPropertyValues("partnerkit.fake=tencent").run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(InMemoryPartnerGateway.class).hasBean("myFake");
      assertThat(context.getBean(InMemoryPartnerGateway.class).vendor()).isEqualTo(Vendor.HUAWEI);
    });
  }

  @Test
  void partnerkit_fake_none_keeps_the_real_gateways() {
    runner.withPropertyValues(tencent("partnerkit.fake=none", "partnerkit.journal.type=in-memory"))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TencentPartnerGateway.class)
            .doesNotHaveBean(InMemoryPartnerGateway.class));
  }

  @Test
  void a_missing_secret_key_is_named_and_never_a_value_shown() {
    runner.withPropertyValues("partnerkit.journal.type=in-memory", "partnerkit.tencent.secret-id=AKIDonly",
            "partnerkit.huawei.access-key=AKonly")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("secret-key is not set");
        });
  }

  @Test
  void a_plain_http_endpoint_is_refused_unless_allowed() {
    runner.withPropertyValues(tencent("partnerkit.journal.type=in-memory", "partnerkit.tencent.allow-insecure-http=false"))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("refusing plain http endpoint");
        });
  }

  @Test
  void rate_limits_by_action_name_are_applied_and_a_wrong_name_is_named() {
    runner.withPropertyValues(tencent("partnerkit.journal.type=in-memory", "partnerkit.tencent.rate-limits.CreateAccount=2"))
        .run(context -> assertThat(context).hasNotFailed());
    runner.withPropertyValues(tencent("partnerkit.journal.type=in-memory", "partnerkit.tencent.rate-limits.NoSuchThing=2"))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("no Tencent action").hasMessageContaining("NoSuchThing");
        });
  }
}
