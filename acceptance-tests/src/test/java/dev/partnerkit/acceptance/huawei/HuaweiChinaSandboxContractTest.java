package dev.partnerkit.acceptance.huawei;

import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.acceptance.contract.CreditContract;
import dev.partnerkit.acceptance.contract.HuaweiCreditPoolContract;
import dev.partnerkit.acceptance.contract.HuaweiRulesContract;
import dev.partnerkit.acceptance.contract.PartnerAccountCommandsContract;
import dev.partnerkit.acceptance.contract.PartnerAccountQueriesContract;
import dev.partnerkit.acceptance.contract.VerificationCodeContract;
import dev.partnerkit.domain.HuaweiSite;
import org.junit.jupiter.api.AfterEach;

/** The contract against the Huawei adapter talking to the sandbox's Huawei Cloud China front door. */
class HuaweiChinaSandboxContractTest
    implements PartnerAccountQueriesContract, PartnerAccountCommandsContract, VerificationCodeContract, HuaweiRulesContract, CreditContract, HuaweiCreditPoolContract {

  private final HuaweiSandboxTarget target = new HuaweiSandboxTarget(HuaweiSite.CHINA);

  @Override
  public ContractTarget target() {
    return target;
  }

  @AfterEach
  void stop() {
    target.close();
  }
}
