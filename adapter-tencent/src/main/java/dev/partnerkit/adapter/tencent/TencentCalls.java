package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.GuardedCall;
import dev.partnerkit.adapter.support.Idempotency;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * Every call of the gateway goes through here: a permit of the action's rate limit (at the published rate), the
 * call, retries of what is safe to retry, and the translation of the outcome into a {@link GatewayFailure}.
 */
final class TencentCalls implements IntlPartnersClient.PageCall {

  private final GuardedCall guard;

  TencentCalls(GuardedCall guard) {
    this.guard = guard;
  }

  /** Calls {@code action}; whether it may be repeated after an uncertain attempt comes from the action catalog. */
  @Override
  public <T> Either<GatewayFailure, T> call(IntlPartnersAction action, Supplier<Either<TencentCallFailure, T>> attempt) {
    Idempotency idempotency = action.mutating() ? Idempotency.NOT_IDEMPOTENT : Idempotency.IDEMPOTENT;
    return guard.run(action.wireName(), idempotency, attempt, wait -> TencentCallFailure.local(action.wireName(), FailureKind.RATE_LIMITED,
            "client.rate_limit", "this client's rate limit for " + action.wireName() + " needs a wait of " + wait.toMillis() + " ms",
            Option.none(), false))
        .mapLeft(TencentFailures::toGateway);
  }

  /** A failure found before anything was sent. */
  static VendorTrace localTrace(String code, String message) {
    return VendorTrace.local(TencentCallFailure.SOURCE, code, message);
  }
}
