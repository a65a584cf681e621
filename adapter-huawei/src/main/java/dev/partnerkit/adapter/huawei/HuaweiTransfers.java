package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.AdjustRecord;
import dev.partnerkit.adapter.huawei.api.ListPartnerAdjustRecordsRequest;
import dev.partnerkit.adapter.support.IdempotentWrite;
import dev.partnerkit.adapter.support.JournalCodec;
import dev.partnerkit.adapter.support.JournaledWrite;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.GatewayException;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Moves funds at most once per key on Huawei Cloud China (UpdateCustomerAccountAmount to a customer,
 * UpdateIndirectPartnerAccount to a cloud reseller), through the write journal. After a lost answer a transfer is
 * reconciled from ListPartnerAdjustRecords: applied if there is exactly one transfer record ({@code
 * SOURCE_OPERATION_BEADJUST}) to the same account for the same amount at or after the claim's time (to the second,
 * less {@link #CLOCK_SKEW}) and no other open key asks for the same transfer; none: not applied; more, or another
 * open key: the key stays unresolved until an operator resolves it.
 */
final class HuaweiTransfers {

  /** How far Huawei's clock may lag behind ours when matching transfer records to a claim. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(2);

  private static final JournalCodec<String> TRANSFER_ID = new JournalCodec<>() {
    @Override
    public String encode(String id) {
      return JournalCodec.join(id);
    }

    @Override
    public String decode(String text) {
      return JournalCodec.split(text, 1).get(0);
    }
  };

  private static final DateTimeFormatter WIRE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);

  private final BssClient client;
  private final int pageSize;
  private final IdempotentWrite writes;

  HuaweiTransfers(BssClient client, int pageSize, IdempotentWrite writes) {
    this.client = client;
    this.pageSize = pageSize;
    this.writes = writes;
  }

  /**
   * Runs one transfer of {@code amount} to {@code target} under {@code key} ({@code operation} names it in the
   * journal); {@code transfer} is the one call, answering the transfer's id.
   */
  Either<GatewayFailure, String> once(String operation, IdempotencyKey key, String target, Money amount,
      Supplier<Either<GatewayFailure, String>> transfer) {
    JournaledWrite<String> write = JournaledWrite.of(key, operation,
        target + " " + amount.amount().stripTrailingZeros().toPlainString() + " " + amount.currency(), TRANSFER_ID);
    return writes.run(write
        .apply(transfer)
        .lookup(since -> transferSince(target, amount.amount(), since, writes.otherOpenClaims(write).size()))
        .resolvedByOperator(() -> Either.right(""))
        .describe(id -> "transfer " + id));
  }

  private Either<GatewayFailure, JournaledWrite.Lookup<String>> transferSince(String target, BigDecimal amount,
      Instant since, int otherOpenClaims) {
    Instant from = since.truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
    try {
      List<AdjustRecord> matches = client.listPartnerAdjustRecordsPages(ListPartnerAdjustRecordsRequest.builder()
                  .customerId(target).operationType("SOURCE_OPERATION_BEADJUST")
                  .operationTimeBegin(WIRE_TIME.format(from)).build(), pageSize).stream()
          .filter(r -> target.equals(r.customerId()))
          .filter(r -> Try.of(() -> new BigDecimal(r.amount())).map(a -> a.compareTo(amount) == 0).getOrElse(false))
          .filter(r -> Option.of(r.operationTime()).flatMap(t -> Try.of(() -> Instant.parse(t)).toOption())
              .exists(t -> !t.isBefore(from)))
          .toList();
      if (matches.isEmpty()) {
        return Either.right(new JournaledWrite.Lookup.Absent<>());
      }
      if (matches.size() > 1 || otherOpenClaims > 0) {
        return Either.right(new JournaledWrite.Lookup.CannotTell<>(matches.size() + " transfer record(s) of "
            + amount.toPlainString() + " to " + target + " since " + from + " and " + otherOpenClaims
            + " other open key(s) for the same transfer: resolve the key by hand"));
      }
      return Either.right(new JournaledWrite.Lookup.Found<>(Option.of(matches.get(0).transId()).getOrElse("")));
    } catch (GatewayException e) {
      return Either.left(e.failure());
    }
  }
}
