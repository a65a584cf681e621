package dev.partnerkit.acceptance.huawei;

import dev.partnerkit.testkit.contract.BudgetContract;
import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.HuaweiRulesContract;
import dev.partnerkit.testkit.contract.PartnerAccountCommandsContract;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.testkit.contract.VerificationCodeContract;
import dev.partnerkit.testkit.contract.SpendingControlContract;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.testkit.HuaweiSandboxTarget;
import dev.partnerkit.testkit.PartnerkitSandbox;
import dev.partnerkit.testkit.RunningSandbox;
import org.junit.jupiter.api.AfterEach;

/** The contract against the Huawei adapter talking to the sandbox's Huawei Cloud International front door (one sandbox
 * for the class, started by {@link PartnerkitSandbox}). */
@PartnerkitSandbox
class HuaweiInternationalSandboxContractTest
    implements PartnerAccountQueriesContract, PartnerAccountCommandsContract, VerificationCodeContract, HuaweiRulesContract,
        SpendingControlContract, BudgetContract {

  private final HuaweiSandboxTarget target;

  HuaweiInternationalSandboxContractTest(RunningSandbox sandbox) {
    this.target = HuaweiSandboxTarget.of(sandbox, HuaweiSite.INTERNATIONAL);
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
