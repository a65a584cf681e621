package dev.partnerkit.sandbox.tencent;

import dev.partnerkit.sandbox.shared.Faults;
import dev.partnerkit.sandbox.shared.RequestCounter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The back-channel to the Tencent front door, for tests: what no client of the real API can see or do. Read what the
 * SMS carried, seed applications waiting for a decision, count requests, inject faults, and read the state (customers,
 * credit). Thread-safe.
 */
public final class TencentSandbox {

  private final TencentState state;
  private final RequestCounter counter;
  private final Faults faults;

  TencentSandbox(TencentState state, RequestCounter counter, Faults faults) {
    this.state = state;
    this.counter = counter;
    this.faults = faults;
  }

  /**
   * The last verification code SendVerifyCode sent to this phone, as the SMS would carry it.
   *
   * @param countryCode the calling code as sent in {@code CountryCode} (e.g. {@code 852}; a {@code +} is ignored)
   * @param phone the phone number as sent in {@code PhoneNum} (spaces and dashes are ignored)
   */
  public Optional<String> lastVerificationCode(String countryCode, String phone) {
    if (countryCode == null || phone == null) {
      return Optional.empty();
    }
    String code = RegistrationRules.callingCode(countryCode);
    String number = phone.strip().replace(" ", "").replace("-", "");
    return state.read(() -> state.codes.last(code, number));
  }

  private final dev.partnerkit.sandbox.shared.FixedCode fixedCode = new dev.partnerkit.sandbox.shared.FixedCode();

  /**
   * Makes SendVerifyCode send {@code sixDigits} from now on instead of a random code, so that a person can type it;
   * null goes back to random codes.
   */
  public void fixVerificationCode(String sixDigits) {
    state.write(() -> {
      fixedCode.set(sixDigits);
      state.codes.useFixed(fixedCode);
    });
  }

  /** Seeds a pending second-level reseller application (QueryPendingSubAgentsV2); returns its new UIN. */
  public long seedSubAgentApplication(String name, String email, String mobile) {
    return state.write(() -> {
      Application a = new Application(state.newUin(), name, email, mobile, state.now());
      state.subAgentApplications.put(a.uin, a);
      return a.uin;
    });
  }

  /** Seeds a pending sub-customer application (QueryPendingClientsV2); returns its new UIN. */
  public long seedClientApplication(String name, String email, String mobile) {
    return state.write(() -> {
      Application a = new Application(state.newUin(), name, email, mobile, state.now());
      state.clientApplications.put(a.uin, a);
      return a.uin;
    });
  }

  /**
   * Gives an approved second-level reseller a customer of its own (QueryT1IndirectCustomersDetail); returns its UIN.
   *
   * @throws IllegalStateException when {@code subAgentUin} is not an approved second-level reseller
   */
  public long seedIndirectCustomer(long subAgentUin, String name) {
    return state.write(() -> {
      SubAgent agent = state.subAgents.get(subAgentUin);
      if (agent == null) {
        throw new IllegalStateException(subAgentUin + " is not an approved second-level reseller");
      }
      SubAgent.IndirectCustomer c = new SubAgent.IndirectCustomer(state.newUin(), name, state.now());
      agent.customers.add(c);
      return c.uin();
    });
  }

  /** Sets what QueryAccountVerificationStatus answers for a customer; false when there is no such customer. */
  public boolean setIdentityVerified(String uin, boolean verified) {
    return state.write(() -> {
      Optional<CustomerAccount> c = find(uin);
      c.ifPresent(a -> a.identityVerified = verified);
      return c.isPresent();
    });
  }

  /** Sets the partner's total credit (default 1,000,000.00). */
  public void setPartnerTotalCredit(BigDecimal total) {
    state.write(() -> {
      state.partnerTotalCredit = Objects.requireNonNull(total, "total");
    });
  }

  /**
   * Back to the state of a new front door: forgets every customer, verification code sent, application, second-level
   * reseller and invitation, puts the partner's credit back to 1,000,000.00 (UINs start over), clears the pending
   * faults and the request counts. The fixed verification code, if any, stays. The admin API's {@code POST
   * /_sandbox/reset} does this (see {@code Sandbox.reset()}).
   */
  public void reset() {
    state.write(state::clear);
    faults.clear();
    counter.reset();
  }

  /** Requests that reached an action (authenticated, within the rate limit, not failed by an injected error). */
  public long requestCount() {
    return counter.countedTotal();
  }

  /** As {@link #requestCount()}, for one action. */
  public long requestCount(String action) {
    return counter.of(action);
  }

  /** How many requests of {@code action} the published rate limit refused with {@code RequestLimitExceeded}. */
  public long throttledCount(String action) {
    return counter.throttledOf(action);
  }

  /** How many customer accounts are bound to the partner (created, or approved applications). */
  public int accountCount() {
    return state.read(() -> state.customers.size());
  }

  /** The faults waiting for the next calls, per action; may be changed while the sandbox runs. */
  public Faults faults() {
    return faults;
  }

  /** Every customer bound to the partner, in binding order. */
  public List<TencentCustomer> customers() {
    return state.read(() -> state.customers.all().stream().map(CustomerAccount::snapshot).toList());
  }

  /** The customer with this UIN. */
  public Optional<TencentCustomer> customer(String uin) {
    return state.read(() -> find(uin).map(CustomerAccount::snapshot));
  }

  /** The approved second-level resellers. */
  public List<TencentSubAgent> subAgents() {
    return state.read(() -> state.subAgents.values().stream().map(SubAgent::snapshot).toList());
  }

  /** The partner's credit pool. */
  public TencentPartnerCredit partnerCredit() {
    return state.read(() -> new TencentPartnerCredit(state.partnerTotalCredit, state.partnerAllocated(), state.partnerRemaining()));
  }

  private Optional<CustomerAccount> find(String uin) {
    return uin != null && uin.matches("\\d{1,18}") ? state.customers.get(Long.parseLong(uin)) : Optional.empty();
  }
}
