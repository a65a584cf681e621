package dev.partnerkit.acceptance.live;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.Vendor;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * The read-only contract against the real Tencent intlpartnersmgt API, with the credentials in {@code
 * TENCENTCLOUD_SECRET_ID} / {@code TENCENTCLOUD_SECRET_KEY}. Runs only with {@code -Plive}; fails when they are
 * missing. Nothing is created or changed.
 */
@Tag("live")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TencentLiveTest implements PartnerAccountQueriesContract {

  private TencentPartnerGateway gateway;
  private ContractTarget target;

  @BeforeAll
  void connect() {
    LiveTarget.requireEnvironment(List.of("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"));
    gateway = TencentPartnerGateway.builder(TencentConfig.builder().build()).journal(WriteJournal.inMemory()).build();
    target = new LiveTarget(gateway, Vendor.TENCENT, Option.none());
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
