package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Per-action limits enforced by the server on the sandbox clock: the clock stands still during a burst and moves
 * between the calls of a paced sequence, so the outcome depends on rates, never on how fast the machine is.
 */
class RateLimitTest {

  private static List<String> codes(Harness h, String action, String body, int calls, Duration pace) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      out.add(String.valueOf(code(h.call(action, body))));
      h.advance(pace);
    }
    return out;
  }

  private static Harness with(UnaryOperator<Sandbox.Builder> config) {
    return new Harness(config);
  }

  @Test
  void aBurstAboveThePublishedLimitIsThrottled() {
    try (Harness h = with(b -> b)) {
      // GetCountryCodes: 5 requests per second
      List<String> burst = codes(h, "GetCountryCodes", "{}", 7, Duration.ZERO);
      assertThat(burst.subList(0, 5)).containsOnly("null");
      assertThat(burst.subList(5, 7)).containsOnly("RequestLimitExceeded");
      assertThat(h.tencent.requestCount("GetCountryCodes")).isEqualTo(5);
      // another action has its own bucket
      assertThat(code(h.call("QueryPartnerCredit", "{}"))).isNull();
    }
  }

  @Test
  void aSequencePacedAtTheLimitIsNeverThrottled() {
    try (Harness h = with(b -> b)) {
      // 5 per second paced every 200 ms, and a 1-per-second action paced every second
      assertThat(codes(h, "GetCountryCodes", "{}", 20, Duration.ofMillis(200))).containsOnly("null");
      assertThat(codes(h, "DescribeBillSummary", "{\"Month\":\"2024-12\",\"GroupType\":\"product\"}", 5, Duration.ofSeconds(1)))
          .containsOnly("null");
    }
  }

  @Test
  void aOnePerSecondActionAllowsOneCallPerSecond() {
    try (Harness h = with(b -> b)) {
      String body = "{\"Month\":\"2024-12\",\"GroupType\":\"product\"}";
      assertThat(codes(h, "DescribeBillSummary", body, 2, Duration.ZERO)).containsExactly("null", "RequestLimitExceeded");
      h.advance(Duration.ofSeconds(1));
      assertThat(code(h.call("DescribeBillSummary", body))).isNull();
    }
  }

  @Test
  void limitsCanBeScaledAndOverridden() {
    try (Harness h = with(b -> b.rateLimitScale(2).rateLimit("QueryPartnerCredit", 1))) {
      List<String> burst = codes(h, "GetCountryCodes", "{}", 11, Duration.ZERO);
      assertThat(burst.subList(0, 10)).containsOnly("null");
      assertThat(burst.get(10)).isEqualTo("RequestLimitExceeded");
      assertThat(codes(h, "QueryPartnerCredit", "{}", 2, Duration.ZERO)).containsExactly("null", "RequestLimitExceeded");
    }
    try (Harness h = with(Sandbox.Builder::withoutRateLimits)) {
      assertThat(codes(h, "DescribeBillSummary", "{\"Month\":\"2024-12\",\"GroupType\":\"product\"}", 10, Duration.ZERO))
          .containsOnly("null");
    }
  }
}
