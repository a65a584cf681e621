package dev.partnerkit.sandbox.tencent;

import static dev.partnerkit.sandbox.tencent.TencentTestClient.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Injected faults: throttling, internal errors, delays, and a connection dropped after the write was applied. */
class FaultsTest {

  @Test
  void throttleFaultsAnswerTheNextCallsAsThrottledThenStop() {
    try (Harness h = Harness.unlimited()) {
      h.tencent.faults().throttle("QueryPartnerCredit", 2);
      assertThat(code(h.call("QueryPartnerCredit", "{}"))).isEqualTo("RequestLimitExceeded");
      assertThat(code(h.call("QueryPartnerCredit", "{}"))).isEqualTo("RequestLimitExceeded");
      assertThat(code(h.call("QueryPartnerCredit", "{}"))).isNull();
      assertThat(h.tencent.requestCount("QueryPartnerCredit")).isEqualTo(1);
    }
  }

  @Test
  void faultsCanBeInPlaceFromStartUp() {
    try (Harness h = new Harness(b -> b.withoutRateLimits().tencentFaults(f -> f.internalError("GetTradeConfigList", 1)))) {
      assertThat(code(h.call("GetTradeConfigList", "{}"))).isEqualTo("InternalError");
      assertThat(code(h.call("GetTradeConfigList", "{}"))).isNull();
    }
  }

  @Test
  void anInternalErrorDoesNotRunTheAction() {
    try (Harness h = Harness.unlimited()) {
      String phone = h.newPhone();
      String code = h.sendCode(phone);
      h.tencent.faults().internalError("CreateAccount", 1);
      assertThat(code(h.call("CreateAccount", Harness.account("ie@example.com", phone, code)))).isEqualTo("InternalError");
      assertThat(h.tencent.accountCount()).isZero();
      assertThat(code(h.call("CreateAccount", Harness.account("ie@example.com", phone, code)))).isNull();
      assertThat(h.tencent.accountCount()).isEqualTo(1);
    }
  }

  @Test
  void aDelayedCallKeepsTheClientWaiting() throws Exception {
    try (Harness h = Harness.unlimited()) {
      h.tencent.faults().delay("QueryPartnerCredit", Duration.ofSeconds(60), 1);
      TencentTestClient.Call call = h.client.request("QueryPartnerCredit", "{}");
      call.timeout = Duration.ofMillis(500);
      assertThatThrownBy(call::raw).isInstanceOf(HttpTimeoutException.class);
      assertThat(h.tencent.faults().pending("QueryPartnerCredit")).isZero();
      assertThat(code(h.call("QueryPartnerCredit", "{}"))).isNull();
    }
  }

  @Test
  void aDroppedConnectionGetsNoResponseButTheAccountExists() {
    try (Harness h = Harness.unlimited()) {
      String phone = h.newPhone();
      String code = h.sendCode(phone);
      h.tencent.faults().dropConnectionAfterWrite("CreateAccount", 1);
      assertThatThrownBy(() -> h.client.request("CreateAccount", Harness.account("drop@example.com", phone, code)).raw())
          .isInstanceOf(IOException.class)
          .isNotInstanceOf(HttpTimeoutException.class);
      assertThat(h.tencent.accountCount()).isEqualTo(1);
      assertThat(h.tencent.customers().get(0).mail()).isEqualTo("drop@example.com");
      // the retry a careless client would make now meets the effect of the first call
      assertThat(code(h.call("CreateAccount", Harness.account("drop@example.com", phone, code))))
          .isEqualTo("FailedOperation.MailIsRegistered");
    }
  }
}
