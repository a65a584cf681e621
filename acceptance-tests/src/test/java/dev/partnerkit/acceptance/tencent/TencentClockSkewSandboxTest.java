package dev.partnerkit.acceptance.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.sandbox.Sandbox;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Spec 5.5 end to end: the Tencent client on a clock 10 minutes slow against the sandbox on the machine's clock. The
 * sandbox refuses the first signature with {@code AuthFailure.SignatureExpire}; its {@code Date} header lets the client
 * sign once more with the server's time, and the offset holds for the next call.
 */
class TencentClockSkewSandboxTest {

  @Test
  void a_client_whose_clock_is_ten_minutes_off_keeps_working_against_the_sandbox() {
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build();
        IntlPartnersClient client = IntlPartnersClient.create(TencentConfig.builder()
            .endpoint(sandbox.tencentEndpoint())
            .allowInsecureHttp(true)
            .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
            .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)))
            .connectTimeout(Duration.ofSeconds(2))
            .responseTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(5))
            .build())) {

      assertThat(client.queryPartnerCredit().isRight()).as("after one re-sign").isTrue();
      assertThat(client.queryPartnerCredit().isRight()).as("with the learned offset").isTrue();
      assertThat(sandbox.tencent().requestCount()).as("two admitted; the expired signature never reached an action")
          .isEqualTo(2);
    }
  }
}
