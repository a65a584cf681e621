package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.acceptance.contract.BudgetContract;
import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.acceptance.contract.SpendingControlContract;
import dev.partnerkit.acceptance.contract.HuaweiRulesContract;
import dev.partnerkit.acceptance.contract.PartnerAccountCommandsContract;
import dev.partnerkit.acceptance.contract.PartnerAccountQueriesContract;
import dev.partnerkit.acceptance.contract.VerificationCodeContract;
import dev.partnerkit.domain.HuaweiSite;

/** The whole contract against the in-memory fake with Huawei Cloud International's rules. */
class InMemoryHuaweiInternationalContractTest
    implements PartnerAccountQueriesContract, PartnerAccountCommandsContract, VerificationCodeContract, HuaweiRulesContract,
        SpendingControlContract, BudgetContract {

  private final InMemoryTarget target = InMemoryTarget.huawei(HuaweiSite.INTERNATIONAL);

  @Override
  public ContractTarget target() {
    return target;
  }
}
