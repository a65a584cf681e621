package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The shape both HTTP adapters' gateways share: a thin gateway over the vendor's typed client that composes one class
 * per capability port, and runs the writes that must happen at most once (customer creates, verification codes)
 * through the write journal. The vendor's gateway adds the core port's methods and its vendor lookups.
 *
 * @param <C> the vendor's typed client
 */
public abstract class VendorGateway<C> implements PartnerAccountGateway {

  private final C client;
  private final GatewayBuilder.Settings<?> settings;
  private final Map<Class<? extends Capability>, Capability> capabilities;

  /**
   * A gateway calling through {@code client}, configured by {@code settings}, with the capability ports {@code
   * capabilities} (each an implementation of its key).
   */
  protected VendorGateway(C client, GatewayBuilder.Settings<?> settings,
      Map<Class<? extends Capability>, Capability> capabilities) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.capabilities = Map.copyOf(capabilities);
  }

  /**
   * The gateway's own typed client: every operation of the vendor, sharing this gateway's connections, rate limiter,
   * retry policy and listeners. Do not close it; close the gateway.
   *
   * @return the typed client
   */
  public C client() {
    return client;
  }

  /**
   * The writes that must happen at most once, through the write journal.
   *
   * @return the journaled writes
   */
  protected IdempotentWrite writes() {
    return settings.writes();
  }

  /**
   * Items per page when listing.
   *
   * @return the page size
   */
  protected int pageSize() {
    return settings.pageSize();
  }

  /**
   * Creates a customer at most once per key ({@link IdempotentCreate}).
   *
   * @param key the caller's idempotency key
   * @param registration what is created
   * @param create one create at the vendor
   * @param lookup finds the account of {@code registration} at the vendor, if it exists (exact match, every page)
   * @return the created, replayed or reconciled customer
   */
  protected Either<GatewayFailure, CustomerCreated> createOnce(IdempotencyKey key, CustomerRegistration registration,
      Supplier<Either<GatewayFailure, CustomerCreated>> create,
      Supplier<Either<GatewayFailure, Option<CustomerCreated>>> lookup) {
    return new IdempotentCreate(writes()).run(key, registration, create, lookup);
  }

  /**
   * Sends a verification code at most once per key, through the write journal. The vendors keep no record of the
   * codes they sent: after a lost answer the key stays unresolved and is never sent again blindly.
   *
   * @param key the caller's idempotency key
   * @param operation the journal operation (e.g. {@code tencent.SendVerifyCode})
   * @param request the text that identifies what is asked (where the code goes)
   * @param send the one call to the vendor
   * @return done, sent now or earlier under {@code key}
   */
  protected Either<GatewayFailure, Done> sendCodeOnce(IdempotencyKey key, String operation, String request,
      Supplier<? extends Either<GatewayFailure, ?>> send) {
    return writes().run(JournaledWrite.of(key, operation, request, JournalCodecs.DONE)
        .apply(() -> send.get().map(sent -> Done.DONE))
        .resolvedByOperator(() -> Either.right(Done.DONE))
        .describe(done -> "a code sent"));
  }

  @Override
  public Set<Class<? extends Capability>> capabilities() {
    return HashSet.ofAll(capabilities.keySet());
  }

  @Override
  public <P extends Capability> Option<P> capability(Class<P> port) {
    return Option.of(capabilities.get(port)).map(port::cast);
  }
}
