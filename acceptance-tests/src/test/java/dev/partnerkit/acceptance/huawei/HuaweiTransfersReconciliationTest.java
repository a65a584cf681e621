package dev.partnerkit.acceptance.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Huawei Cloud China transfers to cloud resellers (UpdateIndirectPartnerAccount) through the write journal, against
 * the sandbox: a transfer whose answer is lost is found in ListPartnerAdjustRecords and never sent again; the same key
 * for another amount is a conflict.
 */
class HuaweiTransfersReconciliationTest {

  private final Sandbox sandbox = Sandbox.builder().build();
  private final HuaweiSandbox vendor = sandbox.huawei(HuaweiSite.CHINA);
  private final HuaweiPartnerGateway gateway = HuaweiPartnerGateway.builder(
          HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.CHINA)
              .endpoint(sandbox.huaweiEndpoint(HuaweiSite.CHINA)).allowInsecureHttp(true).environment(Map.of())
              .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY,
                      Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
                  .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
              .responseTimeout(Duration.ofSeconds(2)).build())
      .journal(WriteJournal.inMemory()).build();

  @AfterEach
  void close() {
    gateway.close();
    sandbox.close();
  }

  @Test
  void a_transfer_to_a_reseller_whose_answer_is_lost_is_reconciled_and_moves_the_money_once() {
    ResellerId reseller = ResellerId.of(vendor.seedIndirectPartner("reseller_one", "Reseller One", BigDecimal.TEN));
    ResellerHierarchyPort hierarchy = gateway.capability(ResellerHierarchyPort.class).get();
    BigDecimal partnerBefore = vendor.partnerBalance();
    IdempotencyKey key = IdempotencyKey.of("top-up-1");
    vendor.faults().injectOnce(HuaweiOperation.UPDATE_INDIRECT_PARTNER_ACCOUNT, HuaweiFault.dropConnectionAfterWrite());

    var first = hierarchy.allocateCreditPool(reseller, Money.of("20", "CNY"), key);
    if (first.isLeft()) {
      assertThat(first.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    }
    var retried = hierarchy.allocateCreditPool(reseller, Money.of("20", "CNY"), key).get();

    assertThat(retried.creditPool().amount()).isEqualByComparingTo("30");
    assertThat(vendor.partnerBalance()).isEqualByComparingTo(partnerBefore.subtract(new BigDecimal("20")));
    assertThat(vendor.requestCount(HuaweiOperation.UPDATE_INDIRECT_PARTNER_ACCOUNT)).isEqualTo(1);

    GatewayFailure other = hierarchy.allocateCreditPool(reseller, Money.of("21", "CNY"), key).getLeft();
    assertThat(other.kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(vendor.partnerBalance()).isEqualByComparingTo(partnerBefore.subtract(new BigDecimal("20")));
  }
}
