package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * A transfer of money that the vendor would apply twice (Tencent's credit allocations, Huawei's fund transfers), as a
 * {@link JournaledWrite} reconciled from the vendor's history of transfers by one rule for both: applied if the
 * history has exactly one record to the same account of the same amount at or after the claim's time (to the second,
 * less {@link #CLOCK_SKEW}) and no other open key asks for the same transfer; none: not applied; more than one, or
 * another open key: the vendor cannot tell, and the key stays unresolved until an operator resolves it.
 */
public final class TransferHistory {

  /** How far the vendor's clock may lag behind ours when matching its records to a claim. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(2);

  private TransferHistory() {}

  /**
   * The write of {@code amount} to {@code target} under {@code key}; give it its {@link JournaledWrite#apply apply}.
   *
   * @param writes what runs it (asked for the other open keys of the same transfer)
   * @param key the caller's idempotency key
   * @param operation the journal operation (e.g. {@code tencent.AllocateCustomerCredit})
   * @param target the account credited, as the vendor names it
   * @param amount the amount moved
   * @param codec how the result is journaled
   * @param noun what a transfer is called in messages ({@code allocation}, {@code transfer})
   * @param history the vendor's records to {@code target} of {@code amount} at or after an instant, each as the
   *     write's result
   * @param <T> the write's result
   * @return the write, with its fingerprint and lookup
   */
  public static <T> JournaledWrite<T> of(IdempotentWrite writes, IdempotencyKey key, String operation, String target,
      Money amount, JournalCodec<T> codec, String noun, Function<Instant, Either<GatewayFailure, Seq<T>>> history) {
    JournaledWrite<T> write = JournaledWrite.of(key, operation,
        target + " " + amount.amount().stripTrailingZeros().toPlainString() + " " + amount.currency(), codec);
    return write.lookup(since -> {
      Instant from = since.truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
      int otherOpenClaims = writes.otherOpenClaims(write).size();
      return history.apply(from).map(matches -> {
        if (matches.isEmpty()) {
          return new JournaledWrite.Lookup.Absent<>();
        }
        if (matches.size() > 1 || otherOpenClaims > 0) {
          return new JournaledWrite.Lookup.CannotTell<>(matches.size() + " " + noun + " record(s) of "
              + amount.amount().toPlainString() + " to " + target + " since " + from + " and " + otherOpenClaims
              + " other open key(s) for the same " + noun + ": resolve the key by hand");
        }
        return new JournaledWrite.Lookup.Found<>(matches.head());
      });
    });
  }
}
