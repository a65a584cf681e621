package dev.partnerkit.ports;

import dev.partnerkit.domain.CustomerId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Stopping and restarting customers' spending: Tencent's forced service suspension (ForceQN), Huawei International's
 * freeze and unfreeze. Batches may partly fail; the result says which customers were done and why the others were not.
 */
public interface SpendingControlPort extends Capability {

  /** Suspends the customers' accounts (they can no longer buy), for {@code reason}. */
  Either<GatewayFailure, BatchOutcome> suspend(Seq<CustomerId> customers, String reason);

  /** Lifts the suspension of the customers' accounts. */
  Either<GatewayFailure, BatchOutcome> resume(Seq<CustomerId> customers, String reason);

  /** What a batch did: the customers done, and for each other customer what the vendor said. */
  record BatchOutcome(Seq<CustomerId> done, Seq<NotDone> notDone) {
    public BatchOutcome {
      Objects.requireNonNull(done, "done");
      Objects.requireNonNull(notDone, "notDone");
    }

    /** Whether every customer of the batch was done. */
    public boolean complete() {
      return notDone.isEmpty();
    }
  }

  /** A customer of a batch that was not done, and the vendor's reason. */
  record NotDone(CustomerId customer, VendorTrace trace) {
    public NotDone {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(trace, "trace");
    }
  }
}
