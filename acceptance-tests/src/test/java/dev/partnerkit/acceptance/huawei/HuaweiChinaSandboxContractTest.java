package dev.partnerkit.acceptance.huawei;

import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.CreditContract;
import dev.partnerkit.testkit.contract.HuaweiCreditPoolContract;
import dev.partnerkit.testkit.contract.HuaweiRulesContract;
import dev.partnerkit.testkit.contract.PartnerAccountCommandsContract;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.testkit.contract.VerificationCodeContract;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.testkit.HuaweiSandboxTarget;
import dev.partnerkit.testkit.PartnerkitSandbox;
import dev.partnerkit.testkit.RunningSandbox;
import org.junit.jupiter.api.AfterEach;

/** The contract against the Huawei adapter talking to the sandbox's Huawei Cloud China front door (one sandbox
 * for the class, started by {@link PartnerkitSandbox}). */
@PartnerkitSandbox
class HuaweiChinaSandboxContractTest
    implements PartnerAccountQueriesContract, PartnerAccountCommandsContract, VerificationCodeContract, HuaweiRulesContract, CreditContract, HuaweiCreditPoolContract {

  private final HuaweiSandboxTarget target;

  HuaweiChinaSandboxContractTest(RunningSandbox sandbox) {
    this.target = HuaweiSandboxTarget.of(sandbox, HuaweiSite.CHINA);
  }

  @Override
  public ContractTarget target() {
    return target;
  }

  @AfterEach
  void stop() {
    target.close();
  }
}
