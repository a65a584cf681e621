package dev.partnerkit.ports;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TradeCatalog;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What a reseller's service needs from its cloud vendor to onboard customers and run its reseller hierarchy: one
 * interface for every vendor. Implementations are thread-safe.
 *
 * <p>Every call returns a value: the result, or a {@link GatewayFailure} saying why not. Vendor rules are checked
 * before anything is sent, so input that breaks them comes back as {@link GatewayFailure.InvalidRequest} naming every
 * field at fault, and nothing reaches the vendor. Listings that page are {@link Paged}: lazy, one page in memory.
 *
 * <p>Capabilities beyond this core (credit, bills, vouchers, the reseller hierarchy) are separate ports; ask for them
 * with {@link #capability(Class)}: an adapter offers only what its vendor has.
 *
 * <p>A gateway may hold resources (an HTTP connection pool); {@link #close()} releases them and never throws a checked
 * exception, so a gateway can be used in try-with-resources without a {@code catch}.
 */
public interface PartnerAccountGateway extends AutoCloseable {

  /** The partner this gateway acts as: its id, name and role. */
  Either<GatewayFailure, Reseller> partner();

  /**
   * Asks the vendor to send a registration verification code to a phone or email address. The code reaches the
   * customer, who gives it back for {@link #createCustomer}.
   *
   * <p>Each call is a new request for a code (the customer asking for one, or for another): it is {@link
   * #sendVerificationCode(VerificationTarget, IdempotencyKey)} under a fresh key of the form {@code code-<uuid>}, so it
   * goes through the write journal like every other write, but nothing can retry it. After a lost answer ({@link
   * GatewayFailure.OutcomeUnknown}) the code may or may not have been sent: ask the customer, and call again for
   * another code if none came. To retry a request of your own safely, give it a key.
   */
  default Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target) {
    return sendVerificationCode(target, IdempotencyKey.of("code-" + java.util.UUID.randomUUID()));
  }

  /**
   * Asks the vendor to send a registration verification code to {@code target}, at most once per {@code key}: the
   * same key again answers {@link Done} and sends nothing; the same key for another target is a {@link
   * GatewayFailure.Conflict}. Neither vendor keeps a record of the codes it sent, so after a lost answer the key stays
   * {@link GatewayFailure.OutcomeUnknown}: every retry with it answers so and sends nothing, until an operator resolves
   * the key (the write journal's {@code resolve}: applied, a retry answers {@code Done}; not applied, a retry sends).
   * Use one key per request of your customer (a "send me a code" click): a customer who got no code asks again, under
   * a new key.
   */
  Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target, IdempotencyKey key);

  /**
   * Creates the customer's cloud account and binds it to the partner.
   *
   * <p>At most one account is created per {@code key}: calling again with the same key for the same customer (the
   * same {@link CustomerRegistration#identity()}, e.g. after a fresh verification code) returns the first result
   * ({@link CustomerCreated.Provenance#REPLAYED}) and creates nothing; the same key for another customer is a {@link
   * GatewayFailure.Conflict}. When the vendor's answer is lost (a timeout after the
   * request was sent), the gateway finds out whether the account exists before it creates anything again; if it
   * cannot tell, the result is {@link GatewayFailure.OutcomeUnknown} and a later call with the same key reconciles.
   *
   * @param registration validated for this gateway's vendor; another vendor's registration is an invalid request
   */
  Either<GatewayFailure, CustomerCreated> createCustomer(CustomerRegistration registration, IdempotencyKey key);

  /** The customer with this id, or none if the partner has no such customer. */
  Either<GatewayFailure, Option<Customer>> findCustomer(CustomerId id);

  /** Every customer bound to the partner, lazily. */
  Paged<Customer> customers();

  /** The vendor's two-level industry catalog, used to validate trade categories. */
  Either<GatewayFailure, TradeCatalog> tradeCategories();

  /** The countries and regions the vendor accepts, with their calling codes. */
  Either<GatewayFailure, Seq<CountryCallingCode>> countryCodes();

  /** Second-level reseller applications waiting for a decision, lazily. */
  Paged<SubAgentApplication.Pending> pendingApplications();

  /** Approves the pending application of {@code applicant}. Only a distributor may; only once. */
  Either<GatewayFailure, SubAgentApplication.Approved> approve(ResellerId applicant);

  /**
   * Rejects the pending application of {@code applicant}, for {@code reason} if one is given ({@link Option#none()}:
   * no reason, as the vendor allows). Only a distributor may; only once.
   */
  Either<GatewayFailure, SubAgentApplication.Rejected> reject(ResellerId applicant, Option<RejectionReason> reason);

  /** The capability ports this gateway offers, e.g. {@code CreditPort.class}. */
  Set<Class<? extends Capability>> capabilities();

  /** The capability port of type {@code port}, if this gateway's vendor has it. */
  default <P extends Capability> Option<P> capability(Class<P> port) {
    return capabilities().contains(port) && port.isInstance(this) ? Option.some(port.cast(this)) : Option.none();
  }

  /** Releases what this gateway holds (connections); idempotent. The default holds nothing and does nothing. */
  @Override
  default void close() {}
}
