package dev.partnerkit.acceptance.tencent;

import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.acceptance.contract.CreditContract;
import dev.partnerkit.acceptance.contract.TencentCreditPoolContract;
import dev.partnerkit.acceptance.contract.SpendingControlContract;
import dev.partnerkit.acceptance.contract.PartnerAccountCommandsContract;
import dev.partnerkit.acceptance.contract.PartnerAccountQueriesContract;
import dev.partnerkit.acceptance.contract.VerificationCodeContract;
import dev.partnerkit.acceptance.contract.SubAgentApplicationsContract;
import dev.partnerkit.acceptance.contract.TencentRulesContract;
import org.junit.jupiter.api.AfterEach;

/** The whole contract against the Tencent adapter talking to the sandbox over loopback HTTP. */
class TencentSandboxContractTest
    implements PartnerAccountQueriesContract,
        PartnerAccountCommandsContract, VerificationCodeContract,
        TencentRulesContract,
        SubAgentApplicationsContract,
        CreditContract, TencentCreditPoolContract,
        SpendingControlContract {

  private final TencentSandboxTarget target = new TencentSandboxTarget();

  @Override
  public ContractTarget target() {
    return target;
  }

  @AfterEach
  void stop() {
    target.close();
  }
}
