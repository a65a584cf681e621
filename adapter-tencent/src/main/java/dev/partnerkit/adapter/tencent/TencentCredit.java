package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.IdempotentWrite;
import dev.partnerkit.adapter.support.JournalCodecs;
import dev.partnerkit.adapter.support.JournaledWrite;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditRequest;
import dev.partnerkit.adapter.tencent.api.QueryCreditAllocationHistoryData;
import dev.partnerkit.adapter.tencent.api.QueryCreditAllocationHistoryRequest;
import dev.partnerkit.adapter.tencent.api.QueryCreditByUinListRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.GatewayException;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * {@link CreditPort} on Tencent: the partner's credit (QueryPartnerCredit), a customer's (QueryCreditByUinList), and
 * credit allocations (AllocateCustomerCredit) at most once per key through the write journal.
 */
final class TencentCredit implements CreditPort {

  private final IntlPartnersClient client;
  private final IdempotentWrite writes;
  private final int pageSize;
  private final String currency;

  TencentCredit(IntlPartnersClient client, IdempotentWrite writes, int pageSize, String currency) {
    this.client = client;
    this.writes = writes;
    this.pageSize = pageSize;
    this.currency = currency;
  }

  @Override
  public Either<GatewayFailure, PartnerCredit> partnerCredit() {
    return client.queryPartnerCredit().mapLeft(TencentFailures::toGateway).map(r -> new PartnerCredit(
        money(r.totalCredit()), money(r.allocatedCredit()), money(r.remainingCredit())));
  }

  @Override
  public Either<GatewayFailure, CustomerCredit> customerCredit(CustomerId customer) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return Either.left(TencentFailures.notFound("customer " + customer));
    }
    return client.queryCreditByUinList(QueryCreditByUinListRequest.of(java.util.List.of(uin.get()))).mapLeft(TencentFailures::toGateway)
        .flatMap(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of()))
            .find(d -> uin.get().equals(d.uin()))
            .<Either<GatewayFailure, CustomerCredit>>map(d -> Either.right(
                new CustomerCredit(customer, money(d.totalCredit()), money(d.remainingCredit()))))
            .getOrElse(() -> Either.left(TencentFailures.notFound("customer " + customer))));
  }

  /** The journal operation of credit allocations. */
  static final String ALLOCATE_CUSTOMER_CREDIT = "tencent.AllocateCustomerCredit";

  /**
   * Moves credit at most once per key, through the write journal. After a lost answer it is reconciled from
   * QueryCreditAllocationHistory: applied if the customer's history has exactly one record of the same amount at or
   * after the claim's time (to the second, less {@link #HISTORY_CLOCK_SKEW}) and no other open key asks for the same
   * customer and amount; none: not applied; more than one, or another open key: the key stays unresolved.
   */
  @Override
  public Either<GatewayFailure, CreditAllocation> allocateCredit(CustomerId customer, Money amount, IdempotencyKey key) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return Either.left(TencentFailures.notFound("customer " + customer));
    }
    Seq<Violation> bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(TencentFailures.invalid(bad));
    }
    AllocateCustomerCreditRequest request = AllocateCustomerCreditRequest.builder()
        .clientUin(uin.get()).addedCredit(amount.amount()).build();
    JournaledWrite<CreditAllocation> write = JournaledWrite.of(key, ALLOCATE_CUSTOMER_CREDIT,
        customer.value() + " " + amount.amount().stripTrailingZeros().toPlainString() + " " + amount.currency(),
        JournalCodecs.CREDIT_ALLOCATION);
    return writes.run(write
        .apply(() -> client.allocateCustomerCredit(request).mapLeft(TencentFailures::toGateway)
            .map(r -> new CreditAllocation(customer, amount, money(r.totalCredit()))))
        .lookup(since -> allocationSince(uin.get(), customer, amount, since, writes.otherOpenClaims(write)))
        .resolvedByOperator(() -> customerCredit(customer)
            .map(c -> new CreditAllocation(customer, amount, c.credit())))
        .describe(a -> "allocation of " + a.amount().amount().toPlainString() + " to " + a.customer().value()));
  }

  /** How far the vendor's clock may lag behind ours when matching allocation records to a claim. */
  static final java.time.Duration HISTORY_CLOCK_SKEW = java.time.Duration.ofSeconds(2);

  private Either<GatewayFailure, JournaledWrite.Lookup<CreditAllocation>> allocationSince(long uin,
      CustomerId customer, Money amount, java.time.Instant since, Seq<IdempotencyKey> otherOpenClaims) {
    java.time.Instant from = since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(HISTORY_CLOCK_SKEW);
    try {
      java.util.List<QueryCreditAllocationHistoryData> matches = client.queryCreditAllocationHistoryPages(
              QueryCreditAllocationHistoryRequest.builder().clientUin(uin), pageSize).stream()
          .filter(h -> h.credit() != null && h.credit().compareTo(amount.amount()) == 0)
          .filter(h -> TencentMapping.time(h.allocatedTime()).exists(t -> !t.isBefore(from)))
          .toList();
      if (matches.isEmpty()) {
        return Either.right(new JournaledWrite.Lookup.Absent<>());
      }
      if (matches.size() > 1 || !otherOpenClaims.isEmpty()) {
        return Either.right(new JournaledWrite.Lookup.CannotTell<>(matches.size() + " allocation record(s) of "
            + amount.amount().toPlainString() + " to " + customer.value() + " since " + from + " and "
            + otherOpenClaims.size() + " other open key(s) for the same allocation: resolve the key by hand"));
      }
      QueryCreditAllocationHistoryData found = matches.get(0);
      return Either.right(new JournaledWrite.Lookup.Found<>(new CreditAllocation(customer, amount,
          money(found.allocatedCredit()))));
    } catch (GatewayException e) {
      return Either.left(e.failure());
    }
  }

  private Money money(BigDecimal amount) {
    return TencentMapping.money(amount, currency);
  }
}
