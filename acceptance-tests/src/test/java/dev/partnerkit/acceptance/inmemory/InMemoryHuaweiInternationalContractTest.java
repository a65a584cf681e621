package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.testkit.contract.BudgetContract;
import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.SpendingControlContract;
import dev.partnerkit.testkit.contract.HuaweiRulesContract;
import dev.partnerkit.testkit.contract.PartnerAccountCommandsContract;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.testkit.contract.VerificationCodeContract;
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
