package dev.partnerkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.sandbox.Sandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's "Metrics and tracing" example, compiled and run against the embedded sandbox: a real Tencent gateway
 * over loopback HTTP, a call the vendor throttles once, its metrics. The code between the {@code README-EXAMPLE}
 * markers must appear verbatim in the README.
 */
class MetricsExampleTest {

  private final Sandbox sandbox = Sandbox.builder().build();
  private final TencentConfig config = TencentConfig.builder()
      .endpoint(sandbox.tencentEndpoint()).allowInsecureHttp(true)
      .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY))).build();

  @AfterEach
  void close() {
    sandbox.close();
  }

  // README-EXAMPLE-START
  @Test
  void every_attempt_is_timed_and_retries_are_counted() {
    MeterRegistry meters = new SimpleMeterRegistry();   // in production: your application's registry
    try (TencentPartnerGateway gateway = TencentPartnerGateway.builder(config)
        .journal(WriteJournal.inMemory())
        .listener(MicrometerCallListener.of(meters))     // or .of(meters, observationRegistry) for spans
        .build()) {
      sandbox.tencent().faults().throttle("QueryVoucherPool", 1);   // the vendor throttles the first attempt

      assertThat(gateway.partner().isRight()).isTrue();               // the gateway retried

      assertThat(meters.get("partnerkit.vendor.call")
          .tags("vendor", "tencent", "operation", "QueryVoucherPool", "outcome", "RATE_LIMITED").timer().count())
          .isEqualTo(1);
      assertThat(meters.get("partnerkit.vendor.call")
          .tags("vendor", "tencent", "operation", "QueryVoucherPool", "outcome", "SUCCESS").timer().count())
          .isEqualTo(1);
      assertThat(meters.get("partnerkit.vendor.retries").counter().count()).isEqualTo(1);
      assertThat(meters.get("partnerkit.vendor.throttled").counter().count()).isEqualTo(1);
    }
  }
  // README-EXAMPLE-END

  @Test
  void over_a_real_gateway_every_tag_value_comes_from_a_closed_set() {
    MeterRegistry meters = new SimpleMeterRegistry();
    try (TencentPartnerGateway gateway = TencentPartnerGateway.builder(config).journal(WriteJournal.inMemory())
        .listener(MicrometerCallListener.of(meters)).build()) {
      sandbox.tencent().faults().throttle("QueryVoucherPool", 1);
      assertThat(gateway.partner().isRight()).isTrue();
      assertThat(gateway.countryCodes().isRight()).isTrue();
      assertThat(gateway.customers().forEach(c -> { }).isRight()).isTrue();
    }
    Set<String> operations = Stream.of(IntlPartnersAction.values()).map(IntlPartnersAction::wireName)
        .collect(Collectors.toSet());
    Set<String> outcomes = Stream.concat(Stream.of("SUCCESS"), Stream.of(FailureKind.values()).map(Enum::name))
        .collect(Collectors.toSet());

    assertThat(meters.getMeters()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(meter -> {
      for (Tag tag : meter.getId().getTags()) {
        switch (tag.getKey()) {
          case "vendor" -> assertThat(tag.getValue()).isEqualTo("tencent");
          case "operation" -> assertThat(tag.getValue()).isIn(operations);
          case "outcome" -> assertThat(tag.getValue()).isIn(outcomes);
          case "error" -> assertThat(tag.getValue()).isEqualTo("none");   // Micrometer's own timer tag
          default -> throw new AssertionError("unexpected tag " + tag.getKey());
        }
      }
    });
  }

  @Test
  void the_readme_shows_this_example_verbatim() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/partnerkit/micrometer/MetricsExampleTest.java"));
    String example = source.substring(
            source.indexOf("// README-EXAMPLE-START") + "// README-EXAMPLE-START".length(),
            source.indexOf("  // README-EXAMPLE-END"))
        .stripTrailing()
        .stripIndent()
        .strip();
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains(example);
  }
}
