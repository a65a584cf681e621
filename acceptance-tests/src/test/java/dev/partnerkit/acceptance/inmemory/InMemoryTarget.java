package dev.partnerkit.acceptance.inmemory;

import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.adapter.inmemory.Fault;
import dev.partnerkit.adapter.inmemory.InMemoryPartnerGateway;
import dev.partnerkit.adapter.inmemory.Operation;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.control.Option;

/** The in-memory fake as a contract target. */
final class InMemoryTarget implements ContractTarget {

  private final InMemoryPartnerGateway gateway;
  private final Option<HuaweiSite> site;
  private final java.util.concurrent.atomic.AtomicLong applicants = new java.util.concurrent.atomic.AtomicLong(300000000000L);

  private InMemoryTarget(InMemoryPartnerGateway gateway, Option<HuaweiSite> site) {
    this.gateway = gateway;
    this.site = site;
  }

  static InMemoryTarget tencent() {
    return new InMemoryTarget(InMemoryPartnerGateway.tencent().build(), Option.none());
  }

  static InMemoryTarget huawei(HuaweiSite site) {
    return new InMemoryTarget(InMemoryPartnerGateway.huawei(site).build(), Option.some(site));
  }

  @Override
  public PartnerAccountGateway gateway() {
    return gateway;
  }

  @Override
  public Vendor vendor() {
    return gateway.vendor();
  }

  @Override
  public Option<HuaweiSite> site() {
    return site;
  }

  @Override
  public String receivedVerificationCode(VerificationTarget target) {
    return gateway.lastVerificationCode(target).getOrElseThrow(() -> new AssertionError("no code was sent to " + target));
  }

  @Override
  public long vendorCalls() {
    return gateway.vendorCalls();
  }

  @Override
  public ResellerId seedPendingApplication(String name, String email) {
    ResellerId id = ResellerId.of(Long.toString(applicants.incrementAndGet()));
    gateway.seedApplication(new SubAgentApplication.Applicant(id, name, Option.some(email), Option.none()));
    return id;
  }

  @Override
  public void loseNextCreateCustomerResponse() {
    gateway.faults().nextCalls(Operation.CREATE_CUSTOMER, 1, Fault.OUTCOME_UNKNOWN);
  }

  @Override
  public void loseNextCreditAllocationResponse() {
    gateway.faults().nextCalls(Operation.ALLOCATE_CREDIT, 1, Fault.OUTCOME_UNKNOWN);
  }

  @Override
  public void loseNextApprovalResponse() {
    gateway.faults().nextCalls(Operation.APPROVE, 1, Fault.OUTCOME_UNKNOWN);
  }

  @Override
  public void loseNextRejectionResponse() {
    gateway.faults().nextCalls(Operation.REJECT, 1, Fault.OUTCOME_UNKNOWN);
  }

  @Override
  public ResellerId seedSubReseller(String name) {
    ResellerId id = ResellerId.of(Long.toString(applicants.incrementAndGet()));
    gateway.seedSubReseller(new Reseller(id, name, ResellerRole.SECOND_LEVEL_RESELLER));
    return id;
  }

  @Override
  public void loseNextCreditPoolAllocationResponse() {
    gateway.faults().nextCalls(Operation.ALLOCATE_CREDIT_POOL, 1, Fault.OUTCOME_UNKNOWN);
  }

  @Override
  public void resolveUnknown(IdempotencyKey key, boolean applied) {
    gateway.resolveUnknown(key, applied);
  }

  @Override
  public void loseNextVerificationCodeResponse() {
    gateway.faults().nextCalls(Operation.SEND_VERIFICATION_CODE, 1, Fault.OUTCOME_UNKNOWN);
  }

  @Override
  public void delayNextAssociation() {
    gateway.faults().nextCalls(Operation.CREATE_CUSTOMER, 1, Fault.ASSOCIATION_PENDING);
  }

  @Override
  public void completeAssociations() {
    gateway.completePendingAssociations();
  }
}
