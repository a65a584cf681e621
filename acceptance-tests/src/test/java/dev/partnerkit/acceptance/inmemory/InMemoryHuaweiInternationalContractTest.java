package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.acceptance.contract.HuaweiRulesContract;
import dev.partnerkit.acceptance.contract.PartnerAccountCommandsContract;
import dev.partnerkit.acceptance.contract.PartnerAccountQueriesContract;
import dev.partnerkit.domain.HuaweiSite;

/** The whole contract against the in-memory fake with Huawei Cloud International's rules. */
class InMemoryHuaweiInternationalContractTest
    implements PartnerAccountQueriesContract, PartnerAccountCommandsContract, HuaweiRulesContract {

  private final InMemoryTarget target = InMemoryTarget.huawei(HuaweiSite.INTERNATIONAL);

  @Override
  public ContractTarget target() {
    return target;
  }
}
