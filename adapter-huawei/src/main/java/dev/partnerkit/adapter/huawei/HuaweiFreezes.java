package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.ErrorDetail;
import dev.partnerkit.adapter.huawei.api.FreezeSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.UnfreezeSubCustomersRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.SpendingControlPort;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * {@link SpendingControlPort} on Huawei Cloud International: FreezeSubCustomers / UnfreezeSubCustomers, sent in
 * batches of at most 10 customers (Huawei's limit), with a reason of at most 256 characters. Partial failures come
 * back per customer.
 */
record HuaweiFreezes(BssClient client) implements SpendingControlPort {

  private static final int BATCH = 10;

  @Override
  public Either<GatewayFailure, BatchOutcome> suspend(Seq<CustomerId> customers, String reason) {
    return inBatches(customers, reason, (ids, why) -> client.freezeSubCustomers(FreezeSubCustomersRequest.builder().customerIds(ids).reason(why).build()).mapLeft(HuaweiFailures::toGateway)
        .map(r -> r.errorDetails()));
  }

  @Override
  public Either<GatewayFailure, BatchOutcome> resume(Seq<CustomerId> customers, String reason) {
    return inBatches(customers, reason, (ids, why) -> client.unfreezeSubCustomers(UnfreezeSubCustomersRequest.builder().customerIds(ids).reason(why).build()).mapLeft(HuaweiFailures::toGateway)
        .map(r -> r.errorDetails()));
  }

  private Either<GatewayFailure, BatchOutcome> inBatches(Seq<CustomerId> customers, String reason,
      java.util.function.BiFunction<java.util.List<String>, String, Either<GatewayFailure, java.util.List<ErrorDetail>>> send) {
    if (reason == null || reason.isBlank() || reason.length() > 256) {
      return Either.left(new GatewayFailure.InvalidRequest(List.of(Violation.of(ViolationCode.LENGTH, "reason",
          "must be 1 to 256 characters")), HuaweiFailures.localTrace("invalid_request", "refused before sending")));
    }
    Seq<CustomerId> done = List.empty();
    Seq<NotDone> notDone = List.empty();
    for (Seq<CustomerId> batch : customers.distinct().grouped(BATCH)) {
      Either<GatewayFailure, java.util.List<ErrorDetail>> answer = send.apply(batch.map(CustomerId::value).toJavaList(), reason);
      if (answer.isLeft()) {
        return Either.left(answer.getLeft());
      }
      List<ErrorDetail> errors = List.ofAll(Option.of(answer.get()).getOrElse(java.util.List.of()));
      for (CustomerId id : batch) {
        Option<ErrorDetail> error = errors.find(e -> id.value().equals(e.id()));
        if (error.isDefined()) {
          notDone = notDone.append(new NotDone(id, new VendorTrace(HuaweiCallFailure.SOURCE,
              Option.of(error.get().errorCode()).getOrElse("unknown"), Option.of(error.get().errorMsg()).getOrElse(""),
              Option.none(), Option.none())));
        } else {
          done = done.append(id);
        }
      }
    }
    return Either.right(new BatchOutcome(done, notDone));
  }
}
