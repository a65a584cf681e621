package dev.partnerkit.acceptance.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.BssClient;
import dev.partnerkit.adapter.huawei.HuaweiCallFailure;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.huawei.api.CheckUserIdentityRequest;
import dev.partnerkit.adapter.huawei.api.CheckUserIdentityResponse;
import dev.partnerkit.adapter.huawei.api.UpdateIndirectPartnerAccountRequest;
import dev.partnerkit.adapter.huawei.api.UpdateIndirectPartnerAccountResponse;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BssClient} used directly, without a gateway, against the sandbox enforcing Huawei's published limits: it
 * paces every operation at its limit, so a burst is never throttled, and it never repeats a non-idempotent write whose
 * request may have been applied.
 */
class BssClientSandboxTest {

  private final Sandbox sandbox = Sandbox.builder().build();
  private final HuaweiSandbox vendor = sandbox.huawei(HuaweiSite.CHINA);
  private final HuaweiConfig config = HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.CHINA)
      .endpoint(sandbox.huaweiEndpoint(HuaweiSite.CHINA)).allowInsecureHttp(true).environment(Map.of())
      .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
          .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
      .responseTimeout(Duration.ofSeconds(2)).build();

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void thirty_direct_calls_of_an_operation_limited_to_five_a_second_are_never_throttled() {
    assertThat(BssOperation.CHECK_USER_IDENTITY.ratePerSecond()).isLessThanOrEqualTo(5);
    List<Either<HuaweiCallFailure, CheckUserIdentityResponse>> answers = new ArrayList<>();

    try (BssClient client = BssClient.create(config)) {
      for (int i = 0; i < 30; i++) {
        answers.add(client.checkUserIdentity(
            CheckUserIdentityRequest.builder().searchType("name").searchValue("direct" + i).build()));
      }
    }

    assertThat(answers).hasSize(30).allSatisfy(answer -> assertThat(answer.isRight()).as("%s", answer).isTrue());
    // a throttled attempt would have been retried: exactly 30 requests means none was throttled
    assertThat(vendor.requestCount(HuaweiOperation.CHECK_USER_IDENTITY)).isEqualTo(30);
  }

  @Test
  void a_direct_transfer_whose_connection_drops_after_it_was_applied_is_possibly_applied_and_sent_once() {
    String reseller = vendor.seedIndirectPartner("reseller_direct", "Reseller Direct", BigDecimal.TEN);
    BigDecimal partnerBefore = vendor.partnerBalance();
    vendor.faults().injectOnce(HuaweiOperation.UPDATE_INDIRECT_PARTNER_ACCOUNT, HuaweiFault.dropConnectionAfterWrite());

    Either<HuaweiCallFailure, UpdateIndirectPartnerAccountResponse> answer;
    try (BssClient client = BssClient.create(config)) {
      answer = client.updateIndirectPartnerAccount(UpdateIndirectPartnerAccountRequest.builder()
          .indirectPartnerId(reseller).amount(new BigDecimal("20")).build());
    }

    assertThat(answer.isLeft()).as("%s", answer).isTrue();
    assertThat(answer.getLeft().maybeApplied()).isTrue();
    assertThat(vendor.requestCount(HuaweiOperation.UPDATE_INDIRECT_PARTNER_ACCOUNT)).isEqualTo(1);
    assertThat(vendor.partnerBalance()).isEqualByComparingTo(partnerBefore.subtract(new BigDecimal("20")));
  }
}
