package dev.partnerkit.acceptance.live;

import dev.partnerkit.testkit.contract.ContractTarget;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real vendor account as a contract target: only the read-only contract runs against it, so the back-channels a
 * sandbox has (codes, seeding, faults) are not available and say so.
 */
final class LiveTarget implements ContractTarget {

  private final PartnerAccountGateway gateway;
  private final Vendor vendor;
  private final Option<HuaweiSite> site;

  LiveTarget(PartnerAccountGateway gateway, Vendor vendor, Option<HuaweiSite> site) {
    this.gateway = gateway;
    this.vendor = vendor;
    this.site = site;
  }

  /**
   * Fails (never skips) when a variable is missing: a live run that silently tested nothing would look green.
   */
  static Map<String, String> requireEnvironment(List<String> names) {
    List<String> missing = names.stream().filter(n -> System.getenv(n) == null || System.getenv(n).isBlank())
        .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new AssertionError("the live tests need these environment variables: " + String.join(", ", missing));
    }
    return names.stream().collect(Collectors.toMap(n -> n, System::getenv));
  }

  @Override
  public PartnerAccountGateway gateway() {
    return gateway;
  }

  @Override
  public Vendor vendor() {
    return vendor;
  }

  @Override
  public Option<HuaweiSite> site() {
    return site;
  }

  @Override
  public String receivedVerificationCode(VerificationTarget target) {
    throw notLive();
  }

  @Override
  public long vendorCalls() {
    throw notLive();
  }

  @Override
  public ResellerId seedPendingApplication(String name, String email) {
    throw notLive();
  }

  @Override
  public void loseNextCreateCustomerResponse() {
    throw notLive();
  }

  @Override
  public void loseNextCreditAllocationResponse() {
    throw notLive();
  }

  @Override
  public void loseNextApprovalResponse() {
    throw notLive();
  }

  @Override
  public void loseNextRejectionResponse() {
    throw notLive();
  }

  @Override
  public ResellerId seedSubReseller(String name) {
    throw notLive();
  }

  @Override
  public void loseNextCreditPoolAllocationResponse() {
    throw notLive();
  }

  @Override
  public void resolveUnknown(IdempotencyKey key, boolean applied) {
    throw notLive();
  }

  @Override
  public void loseNextVerificationCodeResponse() {
    throw notLive();
  }

  @Override
  public void delayNextAssociation() {
    throw notLive();
  }

  @Override
  public void completeAssociations() {
    throw notLive();
  }

  private static UnsupportedOperationException notLive() {
    return new UnsupportedOperationException("not available against a live vendor account");
  }
}
