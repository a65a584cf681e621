package dev.partnerkit.ports;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import io.vavr.control.Either;
import java.util.Objects;

/** A distributor's second-level resellers, their customers, and their credit pools. */
public interface ResellerHierarchyPort extends Capability {

  /** The second-level resellers below the partner, lazily. */
  Paged<SubReseller> subResellers();

  /** The customers of one second-level reseller (the distributor's indirect customers), lazily. */
  Paged<Customer> indirectCustomers(ResellerId subReseller);

  /** Adds {@code amount} to a second-level reseller's credit pool. At most once per {@code key}. */
  Either<GatewayFailure, SubReseller> allocateCreditPool(ResellerId subReseller, Money amount, IdempotencyKey key);

  /** A second-level reseller, with its number of customers and its credit pool. */
  record SubReseller(Reseller reseller, long customerCount, Money creditPool, Money remainingCredit) {
    public SubReseller {
      Objects.requireNonNull(reseller, "reseller");
      Objects.requireNonNull(creditPool, "creditPool");
      Objects.requireNonNull(remainingCredit, "remainingCredit");
    }
  }
}
