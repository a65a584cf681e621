package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One write that the vendor would apply twice, as {@link IdempotentWrite} runs it: its key, operation and request (the
 * journal keeps a fingerprint of it), how its result is journaled, how to apply it once, how to find out from the
 * vendor whether it was applied, and which refusals could mean "it was applied already".
 *
 * @param <T> the write's result
 */
public final class JournaledWrite<T> {

  /** What the vendor says about a write whose outcome was unknown. */
  public sealed interface Lookup<T> {
    /** It was applied; its result. */
    record Found<T>(T result) implements Lookup<T> {}

    /** It was certainly not applied: it may be applied now. */
    record Absent<T>() implements Lookup<T> {}

    /** The vendor cannot tell (no history, or an ambiguous match): the key stays unresolved. */
    record CannotTell<T>(String why) implements Lookup<T> {}
  }

  final IdempotencyKey key;
  final String operation;
  final String fingerprint;
  final JournalCodec<T> codec;
  Supplier<Either<GatewayFailure, T>> apply;
  Function<Instant, Either<GatewayFailure, Lookup<T>>> lookup =
      since -> Either.right(new Lookup.CannotTell<>("the vendor keeps no record of this write"));
  Predicate<GatewayFailure> mayMeanApplied = f -> false;
  UnaryOperator<T> asReplay = UnaryOperator.identity();
  UnaryOperator<T> asReconciled = UnaryOperator.identity();
  Supplier<Either<GatewayFailure, T>> resolvedByOperator;
  Function<T, String> describe = Object::toString;

  private JournaledWrite(IdempotencyKey key, String operation, String request, JournalCodec<T> codec) {
    this.key = Objects.requireNonNull(key, "key");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.fingerprint = JournalEntry.fingerprint(operation + "\n" + Objects.requireNonNull(request, "request"));
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /**
   * A write of {@code operation} under {@code key}; {@code request} is the text that identifies what is asked (e.g.
   * the customer and amount): the same key with another request is a conflict.
   */
  public static <T> JournaledWrite<T> of(IdempotencyKey key, String operation, String request, JournalCodec<T> codec) {
    return new JournaledWrite<>(key, operation, request, codec);
  }

  /** As {@link #of}, with the fingerprint given as it is (for creates, whose journals predate operations). */
  static <T> JournaledWrite<T> withFingerprint(IdempotencyKey key, String operation, String fingerprint,
      JournalCodec<T> codec) {
    JournaledWrite<T> w = new JournaledWrite<>(key, operation, "", codec);
    return w.fingerprint(fingerprint);
  }

  private String overriddenFingerprint;

  private JournaledWrite<T> fingerprint(String fingerprint) {
    this.overriddenFingerprint = fingerprint;
    return this;
  }

  String fingerprint() {
    return overriddenFingerprint != null ? overriddenFingerprint : fingerprint;
  }

  /** The one call to the vendor (with its own retries of what is safe to retry). Required. */
  public JournaledWrite<T> apply(Supplier<Either<GatewayFailure, T>> apply) {
    this.apply = Objects.requireNonNull(apply, "apply");
    return this;
  }

  /**
   * Asks the vendor whether the write was applied by an attempt claimed at or after the given instant. Default: the
   * vendor cannot tell, and a key of unknown outcome stays unresolved until an operator resolves it.
   */
  public JournaledWrite<T> lookup(Function<Instant, Either<GatewayFailure, Lookup<T>>> lookup) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    return this;
  }

  /**
   * The refusals that could mean "an earlier attempt applied it" (a conflict, a quota reached, an id already
   * registered): after an unknown outcome they are looked up, never taken as a refusal. Default: none.
   */
  public JournaledWrite<T> mayMeanApplied(Predicate<GatewayFailure> mayMeanApplied) {
    this.mayMeanApplied = Objects.requireNonNull(mayMeanApplied, "mayMeanApplied");
    return this;
  }

  /** How a journaled result is shown when replayed (e.g. marked {@code REPLAYED}). */
  public JournaledWrite<T> asReplay(UnaryOperator<T> asReplay) {
    this.asReplay = Objects.requireNonNull(asReplay, "asReplay");
    return this;
  }

  /** How a result found by a lookup is shown (e.g. marked {@code RECONCILED}). */
  public JournaledWrite<T> asReconciled(UnaryOperator<T> asReconciled) {
    this.asReconciled = Objects.requireNonNull(asReconciled, "asReconciled");
    return this;
  }

  /**
   * The result to return for a key an operator marked applied (the journal has no result for it), e.g. the state read
   * from the vendor now. Default: a {@code Conflict} saying the operator resolved it.
   */
  public JournaledWrite<T> resolvedByOperator(Supplier<Either<GatewayFailure, T>> resolvedByOperator) {
    this.resolvedByOperator = Objects.requireNonNull(resolvedByOperator, "resolvedByOperator");
    return this;
  }

  /** How an existing result is named in a message (e.g. "account 200001"). */
  public JournaledWrite<T> describe(Function<T, String> describe) {
    this.describe = Objects.requireNonNull(describe, "describe");
    return this;
  }
}
