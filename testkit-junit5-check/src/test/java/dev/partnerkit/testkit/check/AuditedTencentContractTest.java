package dev.partnerkit.testkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.testkit.PartnerkitSandbox;
import dev.partnerkit.testkit.RunningSandbox;
import dev.partnerkit.testkit.TencentSandboxTarget;
import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.testkit.contract.CreditContract;
import dev.partnerkit.testkit.contract.PartnerAccountCommandsContract;
import dev.partnerkit.testkit.contract.PartnerAccountQueriesContract;
import dev.partnerkit.testkit.contract.SpendingControlContract;
import dev.partnerkit.testkit.contract.SubAgentApplicationsContract;
import dev.partnerkit.testkit.contract.TencentRulesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's example ("Testing your wrapper with the contract suite"), run on JUnit Jupiter 5: the whole Tencent
 * contract against a user's gateway wrapped around the Tencent adapter, on a sandbox started by the extension. The
 * code between the markers must appear verbatim in the README ({@link JUnit5CheckTest}).
 */
// README-EXAMPLE-START
@PartnerkitSandbox
class AuditedTencentContractTest implements PartnerAccountQueriesContract, PartnerAccountCommandsContract,
    TencentRulesContract, SubAgentApplicationsContract, CreditContract, SpendingControlContract {

  private final RunningSandbox sandbox;
  private final TencentSandboxTarget target;

  AuditedTencentContractTest(RunningSandbox sandbox) {          // one sandbox for the class, injected
    this.sandbox = sandbox;
    this.target = TencentSandboxTarget.wrapping(sandbox, AuditingGateway::new);   // your gateway around partnerkit's
  }

  @Override
  public ContractTarget target() {
    return target;
  }

  @AfterEach
  void closeTarget() {
    target.close();
  }

  @Test   // your own tests sit beside the contract's, on the same sandbox
  void an_approval_is_audited() {
    long applicant = sandbox.tencent().seedSubAgentApplication("Reseller A", "reseller.a@example.com", "");
    long approvalsBefore = sandbox.tencent().requestCount("ApproveSubAgentApply");

    target.gateway().approve(ResellerId.of(Long.toString(applicant))).get();

    assertThat(((AuditingGateway) target.gateway()).audit()).containsExactly("approved " + applicant);
    assertThat(sandbox.tencent().requestCount("ApproveSubAgentApply")).isEqualTo(approvalsBefore + 1);
  }
}
// README-EXAMPLE-END
