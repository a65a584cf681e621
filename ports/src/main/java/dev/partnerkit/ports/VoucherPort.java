package dev.partnerkit.ports;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** Vouchers the partner issued to its customers. */
public interface VoucherPort extends Capability {

  /** The vouchers of {@code customer}, lazily. */
  Paged<Voucher> vouchers(CustomerId customer);

  /** A voucher: its id, owner, face value, what is left of it, and until when it is valid. */
  record Voucher(String id, CustomerId customer, Money faceValue, Money balance, Option<Instant> expiresAt) {
    public Voucher {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(faceValue, "faceValue");
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }
}
