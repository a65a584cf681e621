package dev.partnerkit.acceptance.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * partnerkit's Huawei adapter sends the partner's domain id as {@code X-Domain-Id} when its credentials carry one, and
 * the sandbox checks it as the gateway does: the right one is accepted, another account's is 401 {@code APIGW.0301}.
 */
class HuaweiDomainIdTest {

  private static HuaweiPartnerGateway gateway(Sandbox sandbox, String domainId) {
    return HuaweiPartnerGateway.builder(
            HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.CHINA)
                .endpoint(sandbox.huaweiEndpoint(HuaweiSite.CHINA)).allowInsecureHttp(true).environment(Map.of())
                .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY,
                        Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
                    .withDomainId(domainId))
                .responseTimeout(Duration.ofSeconds(2)).build())
        .journal(WriteJournal.inMemory()).build();
  }

  @Test
  void the_adapter_sends_the_domain_id_and_the_sandbox_checks_it() {
    try (Sandbox sandbox = Sandbox.builder().build();
        HuaweiPartnerGateway right = gateway(sandbox, HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID);
        HuaweiPartnerGateway wrong = gateway(sandbox, "d9999999999999999999999999999999")) {
      CustomerId nobody = CustomerId.of("0123456789abcdef0123456789abcdef");
      assertThat(right.findCustomer(nobody).isRight()).isTrue();
      var refused = wrong.findCustomer(nobody);
      assertThat(refused.isLeft()).isTrue();
      assertThat(refused.getLeft().kind()).isEqualTo(FailureKind.UNAUTHORIZED);
    }
  }
}
