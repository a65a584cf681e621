package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.support.GuardedCall;
import dev.partnerkit.adapter.support.Idempotency;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every Huawei call of the gateway and its capability ports goes through here: a permit of the operation's rate
 * limit, the call, retries of what is safe to retry, and the translation into a {@link GatewayFailure}.
 */
final class HuaweiCalls {

  private final GuardedCall guard;

  HuaweiCalls(GuardedCall guard) {
    this.guard = guard;
  }

  <T> Either<GatewayFailure, T> call(BssOperation operation, Supplier<Either<HuaweiCallFailure, T>> attempt) {
    return raw(operation, attempt).mapLeft(HuaweiFailures::toGateway);
  }

  /** As {@link #call}, keeping Huawei's own failure (for the CBC.99000050 ids). */
  <T> Either<HuaweiCallFailure, T> raw(BssOperation operation, Supplier<Either<HuaweiCallFailure, T>> attempt) {
    return guard.run(operation.wireName(), operation.mutates() ? Idempotency.NOT_IDEMPOTENT : Idempotency.IDEMPOTENT,
        attempt, wait -> throttled(operation, wait));
  }

  static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  static VendorTrace localTrace(String code, String message) {
    return VendorTrace.local(HuaweiCallFailure.SOURCE, code, message);
  }

  private static HuaweiCallFailure throttled(BssOperation operation, Duration wait) {
    return Failures.local(operation.wireName(), FailureKind.RATE_LIMITED, "client.rate_limit",
        "this client's rate limit for " + operation.wireName() + " needs a wait of " + wait.toMillis() + " ms");
  }
}
