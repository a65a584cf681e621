package dev.partnerkit.testkit;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.huawei.HuaweiFault;
import dev.partnerkit.sandbox.huawei.HuaweiOperation;
import dev.partnerkit.sandbox.huawei.HuaweiSandbox;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The Huawei adapter against the sandbox's Huawei front door of one site, over loopback HTTP with AK/SK signing. */
public final class HuaweiSandboxTarget implements ContractTarget, AutoCloseable {

  private final HuaweiSite site;
  private final HuaweiSandbox vendor;
  private final WriteJournal journal = WriteJournal.inMemory();
  private final HuaweiPartnerGateway gateway;
  private final PartnerAccountGateway underTest;

  private HuaweiSandboxTarget(RunningSandbox sandbox, HuaweiSite site,
      Function<? super HuaweiPartnerGateway, ? extends PartnerAccountGateway> wrapper) {
    this.site = site;
    this.vendor = sandbox.huawei(site);
    HuaweiConfig config = HuaweiConfig.builder(site)
        .endpoint(sandbox.huaweiEndpoint(site))
        .allowInsecureHttp(true)
        .environment(Map.of())
        .credentials(sandbox.huaweiCredentials())
        .clock(sandbox.clock())
        .responseTimeout(Duration.ofSeconds(2))
        .build();
    this.gateway = HuaweiPartnerGateway.builder(config).journal(journal).build();
    this.underTest = Objects.requireNonNull(wrapper.apply(gateway), "the wrapper gave no gateway");
  }

  /**
   * partnerkit's Huawei adapter for {@code site}, configured for {@code sandbox} with a 2 s answer timeout (so that a
   * hanging call fails its test quickly). Closing the target closes the adapter, not the sandbox.
   */
  public static HuaweiSandboxTarget of(RunningSandbox sandbox, HuaweiSite site) {
    return new HuaweiSandboxTarget(sandbox, Objects.requireNonNull(site, "site"), adapter -> adapter);
  }

  /**
   * Your gateway: {@code wrapper} is given partnerkit's Huawei adapter for {@code site}, configured for {@code sandbox},
   * and returns the gateway the contract runs against (typically your class delegating to it). Closing the target
   * closes partnerkit's adapter; your gateway is yours to close.
   */
  public static HuaweiSandboxTarget wrapping(RunningSandbox sandbox, HuaweiSite site,
      Function<? super HuaweiPartnerGateway, ? extends PartnerAccountGateway> wrapper) {
    return new HuaweiSandboxTarget(sandbox, Objects.requireNonNull(site, "site"),
        Objects.requireNonNull(wrapper, "wrapper"));
  }

  @Override
  public PartnerAccountGateway gateway() {
    return underTest;
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

  /** Closes the adapter (its connections); the sandbox stays up. */
  @Override
  public void close() {
    gateway.close();
  }
}
