package dev.partnerkit.acceptance.tencent;

import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.acceptance.contract.ContractTarget;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import dev.partnerkit.sandbox.Sandbox;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Tencent adapter against the sandbox's Tencent front door over loopback HTTP: real signatures, real envelopes,
 * the published rate limits. The adapter and the sandbox share one clock, which the target moves past Tencent's 60 s
 * resend interval after each verification code, so a test can send several codes to one phone without waiting.
 */
final class TencentSandboxTarget implements ContractTarget, AutoCloseable {

  /** A clock tests can move forward. */
  static final class SharedClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T08:00:00Z"));

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }
  }

  private final SharedClock clock = new SharedClock();
  private final Sandbox sandbox;
  private final WriteJournal journal = WriteJournal.inMemory();
  private final TencentPartnerGateway gateway;

  TencentSandboxTarget() {
    this.sandbox = Sandbox.builder().clock(clock).build();
    TencentConfig config = TencentConfig.builder()
        .endpoint(sandbox.tencentEndpoint())
        .allowInsecureHttp(true)
        .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
        .clock(clock)
        .connectTimeout(Duration.ofSeconds(2))
        .responseTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5))
        .build();
    this.gateway = TencentPartnerGateway.builder(config).journal(journal).build();
  }

  @Override
  public PartnerAccountGateway gateway() {
    return gateway;
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
    clock.advance(Duration.ofSeconds(61));
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

  /** Tencent's second-level resellers are approved applicants: the sandbox seeds an application, the gateway approves. */
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
    journal.resolve(key, applied, clock.instant());
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

  @Override
  public void close() {
    gateway.close();
    sandbox.close();
  }
}
