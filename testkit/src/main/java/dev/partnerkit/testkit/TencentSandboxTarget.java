package dev.partnerkit.testkit;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Tencent adapter against the sandbox's Tencent front door over loopback HTTP: real signatures, real envelopes,
 * the published rate limits. The adapter and the sandbox share one clock, which the target moves past Tencent's 60 s
 * resend interval after each verification code, so a test can send several codes to one phone without waiting.
 *
 * <p>The gateway under test is partnerkit's {@link TencentPartnerGateway} ({@link #of}), or your own gateway wrapped
 * around it ({@link #wrapping}). Short timeouts (2 s per answer, 5 s per call) make a hanging call fail its test
 * quickly. Closing the target closes the adapter, not the sandbox (its owner closes that).
 */
public final class TencentSandboxTarget implements ContractTarget, AutoCloseable {

  private final RunningSandbox sandbox;
  private final WriteJournal journal = WriteJournal.inMemory();
  private final TencentPartnerGateway gateway;
  private final PartnerAccountGateway underTest;

  private TencentSandboxTarget(RunningSandbox sandbox,
      Function<? super TencentPartnerGateway, ? extends PartnerAccountGateway> wrapper) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    TencentConfig config = TencentConfig.builder()
        .endpoint(sandbox.tencentEndpoint())
        .allowInsecureHttp(true)
        .credentials(sandbox.tencentCredentials())
        .clock(sandbox.clock())
        .connectTimeout(Duration.ofSeconds(2))
        .responseTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5))
        .build();
    this.gateway = TencentPartnerGateway.builder(config).journal(journal).build();
    this.underTest = Objects.requireNonNull(wrapper.apply(gateway), "the wrapper gave no gateway");
  }

  /** partnerkit's Tencent adapter, configured for {@code sandbox} (see {@link RunningSandbox#tencentConfig()}). */
  public static TencentSandboxTarget of(RunningSandbox sandbox) {
    return new TencentSandboxTarget(sandbox, adapter -> adapter);
  }

  /**
   * Your gateway: {@code wrapper} is given partnerkit's Tencent adapter configured for {@code sandbox} and returns the
   * gateway the contract runs against (typically your class delegating to it).
   */
  public static TencentSandboxTarget wrapping(RunningSandbox sandbox,
      Function<? super TencentPartnerGateway, ? extends PartnerAccountGateway> wrapper) {
    return new TencentSandboxTarget(sandbox, Objects.requireNonNull(wrapper, "wrapper"));
  }

  @Override
  public PartnerAccountGateway gateway() {
    return underTest;
  }

  @Override
  public Vendor vendor() {
    return Vendor.TENCENT;
  }

  @Override
  public Option<HuaweiSite> site() {
    return Option.none();
  }

  @Override
  public String receivedVerificationCode(VerificationTarget target) {
    VerificationTarget.Phone phone = (VerificationTarget.Phone) target;
    String code = sandbox.tencent().lastVerificationCode(phone.callingCode().wire(), phone.number().digits())
        .orElseThrow(() -> new AssertionError("the sandbox sent no code to " + target));
    sandbox.advanceClock(Duration.ofSeconds(61));
    return code;
  }

  @Override
  public long vendorCalls() {
    return sandbox.tencent().requestCount();
  }

  @Override
  public ResellerId seedPendingApplication(String name, String email) {
    return ResellerId.of(Long.toString(sandbox.tencent().seedSubAgentApplication(name, email, "")));
  }

  @Override
  public void loseNextCreateCustomerResponse() {
    sandbox.tencent().faults().dropConnectionAfterWrite("CreateAccount", 1);
  }

  @Override
  public void loseNextCreditAllocationResponse() {
    sandbox.tencent().faults().dropConnectionAfterWrite("AllocateCustomerCredit", 1);
  }

  @Override
  public void loseNextApprovalResponse() {
    sandbox.tencent().faults().dropConnectionAfterWrite("ApproveSubAgentApply", 1);
  }

  @Override
  public void loseNextRejectionResponse() {
    sandbox.tencent().faults().dropConnectionAfterWrite("ApproveSubAgentApply", 1);
  }

  /** Tencent's second-level resellers are approved applicants: the sandbox seeds an application, the adapter approves. */
  @Override
  public ResellerId seedSubReseller(String name) {
    ResellerId id = seedPendingApplication(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@reseller.example");
    gateway.approve(id).get();
    return id;
  }

  @Override
  public void loseNextCreditPoolAllocationResponse() {
    sandbox.tencent().faults().dropConnectionAfterWrite("AllocateCreditPool", 1);
  }

  @Override
  public void resolveUnknown(IdempotencyKey key, boolean applied) {
    journal.resolve(key, applied, sandbox.clock().instant());
  }

  @Override
  public void loseNextVerificationCodeResponse() {
    sandbox.tencent().faults().dropConnectionAfterWrite("SendVerifyCode", 1);
  }

  @Override
  public void delayNextAssociation() {
    throw new UnsupportedOperationException("Tencent binds new customers at once");
  }

  @Override
  public void completeAssociations() {
    throw new UnsupportedOperationException("Tencent binds new customers at once");
  }

  /** Closes the adapter (its connections); the sandbox stays up. */
  @Override
  public void close() {
    gateway.close();
  }
}
