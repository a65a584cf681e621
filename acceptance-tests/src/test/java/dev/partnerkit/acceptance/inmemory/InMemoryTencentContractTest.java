package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.acceptance.contract.CreditContract;
import dev.partnerkit.acceptance.contract.TencentCreditPoolContract;
import dev.partnerkit.acceptance.contract.SpendingControlContract;
import dev.partnerkit.acceptance.contract.PartnerAccountCommandsContract;
import dev.partnerkit.acceptance.contract.PartnerAccountQueriesContract;
import dev.partnerkit.acceptance.contract.VerificationCodeContract;
import dev.partnerkit.acceptance.contract.SubAgentApplicationsContract;
import dev.partnerkit.acceptance.contract.TencentRulesContract;

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
