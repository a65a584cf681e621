package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.tencent.api.ForceQNRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.SpendingControlPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** {@link SpendingControlPort} on Tencent: forced service suspension of customers (ForceQN). */
record TencentSuspensions(IntlPartnersClient client) implements SpendingControlPort {

  /**
   * Forced service suspension (ForceQN type 2), one customer at a time; Tencent keeps no reason. A customer whose call
   * failed, for whatever reason, is reported in {@code notDone} with the vendor's trace.
   */
  @Override
  public Either<GatewayFailure, BatchOutcome> suspend(Seq<CustomerId> customers, String reason) {
    return forceQn(customers, 2L);
  }

  /** Back to normal (ForceQN type 0). */
  @Override
  public Either<GatewayFailure, BatchOutcome> resume(Seq<CustomerId> customers, String reason) {
    return forceQn(customers, 0L);
  }

  private Either<GatewayFailure, BatchOutcome> forceQn(Seq<CustomerId> customers, long type) {
    Seq<CustomerId> done = List.empty();
    Seq<NotDone> notDone = List.empty();
    for (CustomerId customer : customers.distinct()) {
      Option<Long> uin = TencentMapping.uin(customer.value());
      if (uin.isEmpty()) {
        notDone = notDone.append(new NotDone(customer, TencentFailures.localTrace("not_found", "not a Tencent UIN")));
        continue;
      }
      Either<GatewayFailure, ?> answer = client.forceQN(ForceQNRequest.builder().clientUin(uin.get()).type(type).build()).mapLeft(TencentFailures::toGateway);
      // every customer gets its own answer, so that one failure never hides what was done before it
      if (answer.isRight()) {
        done = done.append(customer);
      } else {
        notDone = notDone.append(new NotDone(customer, answer.getLeft().trace()));
      }
    }
    return Either.right(new BatchOutcome(done, notDone));
  }
}
