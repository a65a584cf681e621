package dev.partnerkit.ports;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** Customers' bills: the monthly total and its lines. */
public interface BillingPort extends Capability {

  /** The total of {@code customer}'s bill for {@code month}. */
  Either<GatewayFailure, BillSummary> billSummary(CustomerId customer, YearMonth month);

  /** The lines of {@code customer}'s bill for {@code month}, lazily. */
  Paged<BillLine> billLines(CustomerId customer, YearMonth month);

  /** A customer's bill total for a month. */
  record BillSummary(CustomerId customer, YearMonth month, Money total) {
    public BillSummary {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(total, "total");
    }
  }

  /** One line of a bill: the product, the day it was charged, the amount. */
  record BillLine(String product, LocalDate day, Money amount) {
    public BillLine {
      Objects.requireNonNull(product, "product");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(amount, "amount");
    }
  }
}
