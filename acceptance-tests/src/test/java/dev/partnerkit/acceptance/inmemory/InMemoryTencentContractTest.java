package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.CreditContract;
import dev.partnerkit.testkit.contract.TencentCreditPoolContract;
import dev.partnerkit.testkit.contract.SpendingControlContract;
import dev.partnerkit.testkit.contract.PartnerAccountCommandsContract;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.testkit.contract.VerificationCodeContract;
import dev.partnerkit.testkit.contract.SubAgentApplicationsContract;
import dev.partnerkit.testkit.contract.TencentRulesContract;

/** The whole contract against the in-memory fake with Tencent's rules. */
class InMemoryTencentContractTest
    implements PartnerAccountQueriesContract,
        PartnerAccountCommandsContract, VerificationCodeContract,
        TencentRulesContract,
        SubAgentApplicationsContract,
        CreditContract, TencentCreditPoolContract,
        SpendingControlContract {

  private final InMemoryTarget target = InMemoryTarget.tencent();

  @Override
  public ContractTarget target() {
    return target;
  }
}
