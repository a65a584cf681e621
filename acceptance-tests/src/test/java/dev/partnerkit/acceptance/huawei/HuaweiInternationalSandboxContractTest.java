package dev.partnerkit.acceptance.huawei;

import dev.partnerkit.acceptance.contract.BudgetContract;
import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.acceptance.contract.HuaweiRulesContract;
import dev.partnerkit.acceptance.contract.PartnerAccountCommandsContract;
import dev.partnerkit.acceptance.contract.PartnerAccountQueriesContract;
import dev.partnerkit.acceptance.contract.VerificationCodeContract;
import dev.partnerkit.acceptance.contract.SpendingControlContract;
import dev.partnerkit.domain.HuaweiSite;
import org.junit.jupiter.api.AfterEach;

/** The contract against the Huawei adapter talking to the sandbox's Huawei Cloud International front door. */
class HuaweiInternationalSandboxContractTest
    implements PartnerAccountQueriesContract, PartnerAccountCommandsContract, VerificationCodeContract, HuaweiRulesContract,
        SpendingControlContract, BudgetContract {

  private final HuaweiSandboxTarget target = new HuaweiSandboxTarget(HuaweiSite.INTERNATIONAL);

  @Override
  public ContractTarget target() {
    return target;
  }

  @AfterEach
  void stop() {
    target.close();
  }
}
