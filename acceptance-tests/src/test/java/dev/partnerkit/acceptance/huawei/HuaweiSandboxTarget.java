package dev.partnerkit.acceptance.huawei;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;

/** The Huawei adapter against the sandbox's Huawei front door of one site, over loopback HTTP with AK/SK signing. */
final class HuaweiSandboxTarget implements ContractTarget, AutoCloseable {

  private final HuaweiSite site;
  private final Sandbox sandbox;
  private final HuaweiSandbox vendor;
  private final WriteJournal journal = WriteJournal.inMemory();
  private final HuaweiPartnerGateway gateway;

  HuaweiSandboxTarget(HuaweiSite site) {
    this.site = site;
    this.sandbox = Sandbox.builder().build();
    var sandboxSite = dev.partnerkit.sandbox.huawei.HuaweiSite.valueOf(site.name());
    this.vendor = sandbox.huawei(sandboxSite);
    HuaweiConfig config = HuaweiConfig.builder(site)
        .endpoint(sandbox.huaweiEndpoint(sandboxSite))
        .allowInsecureHttp(true)
        .environment(Map.of())
        .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
            .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
        .responseTimeout(Duration.ofSeconds(2))
        .build();
    this.gateway = HuaweiPartnerGateway.builder(config).journal(journal).build();
  }

  @Override
  public PartnerAccountGateway gateway() {
    return gateway;
  }

  @Override
  public Vendor vendor() {
    return Vendor.HUAWEI;
  }

  @Override
  public Option<HuaweiSite> site() {
    return Option.some(site);
  }

  @Override
  public String receivedVerificationCode(VerificationTarget target) {
    String to = target instanceof VerificationTarget.Phone p ? p.number().digits() : ((VerificationTarget.Mail) target).address().value();
    return vendor.lastVerificationCode(to).orElseThrow(() -> new AssertionError("the sandbox sent no code to " + to));
  }

  @Override
  public long vendorCalls() {
    return vendor.requestCount();
  }

  @Override
  public ResellerId seedPendingApplication(String name, String email) {
    throw new UnsupportedOperationException("Huawei's partner API has no reseller applications");
  }

  @Override
  public void loseNextCreateCustomerResponse() {
    vendor.faults().injectOnce(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.dropConnectionAfterWrite());
  }

  @Override
  public void loseNextCreditAllocationResponse() {
    vendor.faults().injectOnce(HuaweiOperation.UPDATE_CUSTOMER_ACCOUNT_AMOUNT, HuaweiFault.dropConnectionAfterWrite());
  }

  @Override
  public void loseNextApprovalResponse() {
    throw new UnsupportedOperationException("Huawei's partner API has no reseller applications");
  }

  @Override
  public void loseNextRejectionResponse() {
    throw new UnsupportedOperationException("Huawei's partner API has no reseller applications");
  }

  /** A Huawei Cloud China cloud reseller (indirect partner) with no balance. */
  @Override
  public ResellerId seedSubReseller(String name) {
    return ResellerId.of(vendor.seedIndirectPartner(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), name,
        java.math.BigDecimal.ZERO));
  }

  @Override
  public void loseNextCreditPoolAllocationResponse() {
    vendor.faults().injectOnce(HuaweiOperation.UPDATE_INDIRECT_PARTNER_ACCOUNT, HuaweiFault.dropConnectionAfterWrite());
  }

  @Override
  public void resolveUnknown(IdempotencyKey key, boolean applied) {
    journal.resolve(key, applied, java.time.Instant.now());
  }

  @Override
  public void loseNextVerificationCodeResponse() {
    vendor.faults().injectOnce(HuaweiOperation.SEND_VERIFICATION_MESSAGE_CODE, HuaweiFault.dropConnectionAfterWrite());
  }

  @Override
  public void delayNextAssociation() {
    vendor.faults().injectOnce(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.associationLag());
  }

  @Override
  public void completeAssociations() {
    vendor.completeAssociations();
  }

  @Override
  public void close() {
    gateway.close();
    sandbox.close();
  }
}
