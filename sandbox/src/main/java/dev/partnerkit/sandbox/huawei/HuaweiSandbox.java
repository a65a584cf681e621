package dev.partnerkit.sandbox.huawei;

import dev.partnerkit.sandbox.shared.RequestCounter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The back-channel of a {@link HuaweiFrontDoor}, for tests: things a real partner cannot do or see through the API
 * (read the code "sent" by SMS or email, finish lagging associations, seed resellers, inject faults, count calls).
 */
public final class HuaweiSandbox {
  private final PartnerBook book;
  private final HuaweiFaults faults;
  private final RequestCounter counter;

  HuaweiSandbox(PartnerBook book, HuaweiFaults faults, RequestCounter counter) {
    this.book = book;
    this.faults = faults;
    this.counter = counter;
  }

  /** The code last sent to this mobile number (China) or email address (International) and not used up yet. */
  public Optional<String> lastVerificationCode(String mobileOrEmail) {
    return book.codes.last(Objects.requireNonNull(mobileOrEmail, "mobileOrEmail"));
  }

  /**
   * Makes SendVerificationMessageCode send {@code sixDigits} from now on instead of a random code, so that a person
   * can type it; null goes back to random codes.
   */
  public void fixVerificationCode(String sixDigits) {
    fixedCode.set(sixDigits);
    book.codes.useFixed(fixedCode);
  }

  private final dev.partnerkit.sandbox.shared.FixedCode fixedCode = new dev.partnerkit.sandbox.shared.FixedCode();

  /** Associates every customer whose association lags; they then appear in ListSubCustomers. Returns how many. */
  public int completeAssociations() {
    synchronized (book) {
      return book.completeAssociations();
    }
  }

  /**
   * Adds a cloud reseller (tier-2, "indirect partner") of the partner, associated now, with a cash balance (CNY).
   *
   * @return its {@code indirect_partner_id} (32 hex)
   */
  public String seedIndirectPartner(String accountName, String name, BigDecimal balance) {
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(balance, "balance");
    synchronized (book) {
      String id = Ids.hex32();
      book.resellers.put(id, new IndirectPartner(id, accountName, name, book.now(), balance.setScale(2, RoundingMode.HALF_UP)));
      return id;
    }
  }

  /**
   * Back to the state of a new front door: forgets every customer, cloud reseller, fund transfer, budget change, coupon
   * and verification code, puts the partner's balance back to its starting amount, clears the faults and the request
   * counts. Issued tokens stay valid and the fixed verification code, if any, stays. The admin API's {@code POST
   * /_sandbox/reset} does this (see {@code Sandbox.reset()}).
   */
  public void reset() {
    synchronized (book) {
      book.clear();
    }
    faults.clearAll();
    counter.reset();
  }

  /** Every request received, including token requests and unknown paths. */
  public long requestCount() {
    return counter.receivedTotal();
  }

  /** Requests routed to {@code operation} (before authentication, flow control and faults). */
  public long requestCount(HuaweiOperation operation) {
    return counter.of(Objects.requireNonNull(operation, "operation").operationName());
  }

  /** A snapshot of every customer account created, associated or not, in creation order. */
  public List<SandboxCustomer> customers() {
    synchronized (book) {
      return book.customers.values().stream().map(SubCustomer::view).toList();
    }
  }

  /** The partner's own cash balance (China funds), CNY. */
  public BigDecimal partnerBalance() {
    synchronized (book) {
      return book.balance;
    }
  }

  /** The faults in force; change them at any time. */
  public HuaweiFaults faults() {
    return faults;
  }
}
