package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.ListPartnerAdjustRecordsRequest;
import dev.partnerkit.adapter.support.IdempotentWrite;
import dev.partnerkit.adapter.support.JournalCodecs;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.support.TransferHistory;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * Moves funds at most once per key on Huawei Cloud China (UpdateCustomerAccountAmount to a customer,
 * UpdateIndirectPartnerAccount to a cloud reseller), through the write journal. After a lost answer a transfer is
 * reconciled from ListPartnerAdjustRecords by {@link TransferHistory}'s rule: applied if there is exactly one transfer
 * record ({@code SOURCE_OPERATION_BEADJUST}) to the same account for the same amount at or after the claim's time and
 * no other open key asks for the same transfer; none: not applied; more, or another open key: the key stays
 * unresolved until an operator resolves it.
 */
record HuaweiTransfers(BssClient client, int pageSize, IdempotentWrite writes) {

  private static final DateTimeFormatter WIRE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /**
   * Runs one transfer of {@code amount} to {@code target} under {@code key} ({@code operation} names it in the
   * journal); {@code transfer} is the one call, answering the transfer's id.
   */
  Either<GatewayFailure, String> once(String operation, IdempotencyKey key, String target, Money amount,
      Supplier<Either<GatewayFailure, String>> transfer) {
    return writes.run(TransferHistory.of(writes, key, operation, target, amount, JournalCodecs.TEXT, "transfer",
            from -> transfersSince(target, amount.amount(), from))
        .apply(transfer)
        .resolvedByOperator(() -> Either.right(""))
        .describe(id -> "transfer " + id));
  }

  /** The transfer records to {@code target} of {@code amount} at or after {@code from}, each as its id. */
  private Either<GatewayFailure, Seq<String>> transfersSince(String target, BigDecimal amount, Instant from) {
    return PageWalker.filter(client.listPartnerAdjustRecordsPages(ListPartnerAdjustRecordsRequest.builder()
                .customerId(target).operationType("SOURCE_OPERATION_BEADJUST")
                .operationTimeBegin(WIRE_TIME.format(from)).build(), pageSize),
            r -> target.equals(r.customerId())
                && Try.of(() -> new BigDecimal(r.amount())).map(a -> a.compareTo(amount) == 0).getOrElse(false)
                && Option.of(r.operationTime()).flatMap(t -> Try.of(() -> Instant.parse(t)).toOption())
                    .exists(t -> !t.isBefore(from)))
        .map(matches -> matches.map(r -> Option.of(r.transId()).getOrElse("")));
  }
}
