package dev.partnerkit.acceptance.tencent;

import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.CreditContract;
import dev.partnerkit.testkit.contract.TencentCreditPoolContract;
import dev.partnerkit.testkit.contract.SpendingControlContract;
import dev.partnerkit.testkit.contract.PartnerAccountCommandsContract;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.testkit.contract.VerificationCodeContract;
import dev.partnerkit.testkit.contract.SubAgentApplicationsContract;
import dev.partnerkit.testkit.contract.TencentRulesContract;
import dev.partnerkit.testkit.TencentSandboxTarget;
import dev.partnerkit.testkit.PartnerkitSandbox;
import dev.partnerkit.testkit.RunningSandbox;
import org.junit.jupiter.api.AfterEach;

/** The whole contract against the Tencent adapter talking to the sandbox over loopback HTTP (one sandbox for the class,
 * started by {@link PartnerkitSandbox}). */
@PartnerkitSandbox
class TencentSandboxContractTest
    implements PartnerAccountQueriesContract,
        PartnerAccountCommandsContract, VerificationCodeContract,
        TencentRulesContract,
        SubAgentApplicationsContract,
        CreditContract, TencentCreditPoolContract,
        SpendingControlContract {

  private final TencentSandboxTarget target;

  TencentSandboxContractTest(RunningSandbox sandbox) {
    this.target = TencentSandboxTarget.of(sandbox);
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
