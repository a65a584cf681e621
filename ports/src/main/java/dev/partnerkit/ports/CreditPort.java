package dev.partnerkit.ports;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import io.vavr.control.Either;
import java.util.Objects;

/** Credit: how much the partner has, how much each customer has, and moving credit to a customer. */
public interface CreditPort extends Capability {

  /** The partner's own credit: total, allocated to customers, remaining. */
  Either<GatewayFailure, PartnerCredit> partnerCredit();

  /** A customer's credit. */
  Either<GatewayFailure, CustomerCredit> customerCredit(CustomerId customer);

  /**
   * Moves {@code amount} of the partner's credit to {@code customer}. Refused with {@link
   * dev.partnerkit.domain.RejectionCode#INSUFFICIENT_CREDIT} when the partner's remaining credit does not cover it.
   * At most once per {@code key}: a repeated key returns the first allocation.
   */
  Either<GatewayFailure, CreditAllocation> allocateCredit(CustomerId customer, Money amount, IdempotencyKey key);

  /** The partner's credit. */
  record PartnerCredit(Money total, Money allocated, Money remaining) {
    public PartnerCredit {
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(allocated, "allocated");
      Objects.requireNonNull(remaining, "remaining");
    }
  }

  /** A customer's credit: what the partner allocated and what is left. */
  record CustomerCredit(CustomerId customer, Money credit, Money remaining) {
    public CustomerCredit {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(credit, "credit");
      Objects.requireNonNull(remaining, "remaining");
    }
  }

  /** One allocation: to whom, how much, and the customer's credit after it. */
  record CreditAllocation(CustomerId customer, Money amount, Money customerCreditAfter) {
    public CreditAllocation {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(customerCreditAfter, "customerCreditAfter");
    }
  }
}
