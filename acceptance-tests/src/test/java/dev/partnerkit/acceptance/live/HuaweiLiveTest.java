package dev.partnerkit.acceptance.live;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Vendor;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * The read-only contract against the real Huawei partner BSS, with the AK/SK in {@code HUAWEICLOUD_SDK_AK} / {@code
 * HUAWEICLOUD_SDK_SK} and the site in {@code PARTNERKIT_HUAWEI_SITE} ({@code CHINA} or {@code INTERNATIONAL}). Runs
 * only with {@code -Plive}; fails when they are missing. Nothing is created or changed.
 */
@Tag("live")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuaweiLiveTest implements PartnerAccountQueriesContract {

  private HuaweiPartnerGateway gateway;
  private ContractTarget target;

  @BeforeAll
  void connect() {
    var env = LiveTarget.requireEnvironment(List.of("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "PARTNERKIT_HUAWEI_SITE"));
    HuaweiSite site = HuaweiSite.valueOf(env.get("PARTNERKIT_HUAWEI_SITE"));
    gateway = HuaweiPartnerGateway.builder(HuaweiConfig.builder(site).build()).journal(WriteJournal.inMemory()).build();
    target = new LiveTarget(gateway, Vendor.HUAWEI, Option.some(site));
  }

  @AfterAll
  void close() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Override
  public ContractTarget target() {
    return target;
  }
}
