package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.acceptance.contract.CreditContract;
import dev.partnerkit.acceptance.contract.HuaweiCreditPoolContract;
import dev.partnerkit.acceptance.contract.HuaweiRulesContract;
import dev.partnerkit.acceptance.contract.PartnerAccountCommandsContract;
import dev.partnerkit.acceptance.contract.PartnerAccountQueriesContract;
import dev.partnerkit.acceptance.contract.VerificationCodeContract;
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
