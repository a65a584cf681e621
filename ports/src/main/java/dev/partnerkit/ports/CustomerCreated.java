package dev.partnerkit.ports;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A customer account that exists after {@link PartnerAccountGateway#createCustomer}: its id always, its account name
 * where the vendor has one, whether it is bound to the partner yet, and how this result was obtained.
 *
 * @param id the vendor's id of the new account
 * @param accountName the login name (Huawei {@code domain_name}), if any
 * @param association {@link Customer.Association#PENDING} when the vendor created the account but has not finished
 *     binding it to the partner (Huawei CBC.99000050); the account exists and must not be created again
 * @param provenance whether the account was created by this call, replayed from an earlier call with the same
 *     idempotency key, or found by reconciling after an uncertain outcome
 * @param bindingResult the vendor's own words on binding the account to the partner, when its answer has them
 *     (Tencent CreateAccount's {@code Reason}, "Binding Results", seed 000 l.122); for people, never for branching
 */
public record CustomerCreated(
    CustomerId id, Option<String> accountName, Customer.Association association, Provenance provenance,
    Option<String> bindingResult) {

  /** How a {@link CustomerCreated} came about. */
  public enum Provenance {
    /** This call created the account. */
    CREATED,
    /** An earlier call with the same idempotency key created it; nothing was created now. */
    REPLAYED,
    /** The outcome of an earlier attempt was unknown; the gateway looked the account up and found it. */
    RECONCILED
  }

  public CustomerCreated {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(association, "association");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(bindingResult, "bindingResult");
  }

  /** An account whose vendor said nothing about binding it. */
  public CustomerCreated(
      CustomerId id, Option<String> accountName, Customer.Association association, Provenance provenance) {
    this(id, accountName, association, provenance, Option.none());
  }

  /** The same account, seen as a replay of an earlier call. */
  public CustomerCreated asReplay() {
    return new CustomerCreated(id, accountName, association, Provenance.REPLAYED, bindingResult);
  }
}
