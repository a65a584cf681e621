package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.CreditContract;
import dev.partnerkit.testkit.contract.HuaweiCreditPoolContract;
import dev.partnerkit.testkit.contract.HuaweiRulesContract;
import dev.partnerkit.testkit.contract.PartnerAccountCommandsContract;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.testkit.contract.VerificationCodeContract;
import dev.partnerkit.domain.HuaweiSite;

/** The whole contract against the in-memory fake with Huawei Cloud China's rules. */
class InMemoryHuaweiChinaContractTest
    implements PartnerAccountQueriesContract, PartnerAccountCommandsContract, VerificationCodeContract, HuaweiRulesContract, CreditContract, HuaweiCreditPoolContract {

  private final InMemoryTarget target = InMemoryTarget.huawei(HuaweiSite.CHINA);

  @Override
  public ContractTarget target() {
    return target;
  }
}
