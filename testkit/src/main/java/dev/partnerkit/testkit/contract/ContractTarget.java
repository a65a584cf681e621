package dev.partnerkit.testkit.contract;

import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.control.Option;

/**
 * What the contract suite needs from a target beyond the gateway itself: the back-channels a test needs (the code the
 * customer received, how many calls reached the vendor) and ways to arrange preconditions and faults. One
 * implementation per target: in-memory, an adapter against the sandbox, a live vendor. Ready-made: {@link
 * dev.partnerkit.testkit.TencentSandboxTarget} and {@link dev.partnerkit.testkit.HuaweiSandboxTarget}.
 *
 * <p>A test class implements the contract interfaces that apply to its vendor and returns its target from their
 * {@code target()} method, e.g. {@code class MyGatewayContractTest implements PartnerAccountQueriesContract,
 * PartnerAccountCommandsContract, TencentRulesContract}.
 */
public interface ContractTarget {

  /** The gateway under test. */
  PartnerAccountGateway gateway();

  /** Whose rules the target applies. */
  Vendor vendor();

  /** For Huawei targets, which site. */
  Option<HuaweiSite> site();

  /** The verification code the customer received at {@code target} (after a {@code sendVerificationCode}). */
  String receivedVerificationCode(VerificationTarget target);

  /** How many calls have reached the vendor so far. */
  long vendorCalls();

  /**
   * Makes a reseller named {@code name} apply as a second-level reseller (targets whose vendor has applications), and
   * returns the applicant's id as the vendor assigned it.
   */
  ResellerId seedPendingApplication(String name, String email);

  /** Makes the vendor apply the next create customer but lose its answer (a dropped connection after the write). */
  void loseNextCreateCustomerResponse();

  /** Makes the vendor apply the next credit allocation to a customer but lose its answer. */
  void loseNextCreditAllocationResponse();

  /**
   * Makes the vendor apply the next approval of an application but lose its answer (targets whose vendor has
   * applications).
   */
  void loseNextApprovalResponse();

  /** Makes the vendor apply the next rejection of an application but lose its answer. */
  void loseNextRejectionResponse();

  /**
   * Makes a second-level reseller named {@code name} (targets whose vendor has a reseller hierarchy: Tencent's
   * approved sub-agents, Huawei Cloud China's cloud resellers), with an empty credit pool, and returns its id.
   */
  ResellerId seedSubReseller(String name);

  /** Makes the vendor apply the next credit pool allocation to a second-level reseller but lose its answer. */
  void loseNextCreditPoolAllocationResponse();

  /**
   * The operator's word on a key left {@code OUTCOME_UNKNOWN} after checking the vendor's console: the write was
   * {@code applied} or not (the adapters' {@code WriteJournal.resolve}, the fake's {@code resolveUnknown}).
   */
  void resolveUnknown(IdempotencyKey key, boolean applied);

  /** Makes the vendor send the next verification code but lose its answer. */
  void loseNextVerificationCodeResponse();

  /** Huawei: makes the next create customer leave the association with the partner pending (CBC.99000050). */
  void delayNextAssociation();

  /** Huawei: completes pending associations, as the vendor eventually does. */
  void completeAssociations();
}
