package dev.partnerkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handle on its own: configurations that reach the sandbox, a clock that only moves forward, no secret shown. */
class RunningSandboxTest {

  private static RunningSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = RunningSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void the_tencent_configuration_reaches_the_sandbox() {
    long before = sandbox.tencent().requestCount();
    try (TencentPartnerGateway gateway =
        TencentPartnerGateway.builder(sandbox.tencentConfig().build()).journal(WriteJournal.inMemory()).build()) {
      assertThat(gateway.partner().isRight()).as("%s", gateway.partner()).isTrue();
    }
    assertThat(sandbox.tencent().requestCount()).isGreaterThan(before);
  }

  @Test
  void the_huawei_configurations_reach_the_sandbox_of_each_site() {
    for (HuaweiSite site : HuaweiSite.values()) {
      long before = sandbox.huawei(site).requestCount();
      try (HuaweiPartnerGateway gateway =
          HuaweiPartnerGateway.builder(sandbox.huaweiConfig(site).build()).journal(WriteJournal.inMemory()).build()) {
        assertThat(gateway.customers().forEach(c -> { }).isRight()).as("%s", site).isTrue();
      }
      assertThat(sandbox.huawei(site).requestCount()).as("%s", site).isGreaterThan(before);
      assertThat(sandbox.huaweiEndpoint(site).getHost()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void the_clock_moves_forward_only() {
    Instant before = sandbox.clock().instant();

    sandbox.advanceClock(Duration.ofHours(1));

    assertThat(sandbox.clock().instant()).isAfterOrEqualTo(before.plus(Duration.ofHours(1)));
    assertThatThrownBy(() -> sandbox.advanceClock(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void no_secret_is_shown() {
    assertThat(sandbox.toString() + sandbox.tencentCredentials() + sandbox.huaweiCredentials())
        .doesNotContain(dev.partnerkit.sandbox.Sandbox.DEFAULT_SECRET_KEY)
        .doesNotContain(dev.partnerkit.sandbox.huawei.HuaweiFrontDoor.DEFAULT_SECRET_KEY);
  }
}
