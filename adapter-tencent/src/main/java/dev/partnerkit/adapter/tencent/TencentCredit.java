package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.IdempotentWrite;
import dev.partnerkit.adapter.support.JournalCodecs;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.support.TransferHistory;
import dev.partnerkit.adapter.tencent.api.AllocateCustomerCreditRequest;
import dev.partnerkit.adapter.tencent.api.QueryCreditAllocationHistoryRequest;
import dev.partnerkit.adapter.tencent.api.QueryCreditByUinListRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@link CreditPort} on Tencent: the partner's credit (QueryPartnerCredit), a customer's (QueryCreditByUinList), and
 * credit allocations (AllocateCustomerCredit) at most once per key through the write journal.
 */
record TencentCredit(IntlPartnersClient client, IdempotentWrite writes, int pageSize, String currency)
    implements CreditPort {

  @Override
  public Either<GatewayFailure, PartnerCredit> partnerCredit() {
    return client.queryPartnerCredit().mapLeft(TencentFailures::toGateway).map(r -> new PartnerCredit(
        money(r.totalCredit()), money(r.allocatedCredit()), money(r.remainingCredit())));
  }

  @Override
  public Either<GatewayFailure, CustomerCredit> customerCredit(CustomerId customer) {
    return TencentMapping.uin(customer.value(), "customer " + customer)
        .flatMap(uin -> client.queryCreditByUinList(QueryCreditByUinListRequest.of(java.util.List.of(uin)))
            .mapLeft(TencentFailures::toGateway)
            .flatMap(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of()))
                .find(d -> uin.equals(d.uin()))
                .toEither(() -> TencentFailures.notFound("customer " + customer))))
        .map(d -> new CustomerCredit(customer, money(d.totalCredit()), money(d.remainingCredit())));
  }

  /** The journal operation of credit allocations. */
  static final String ALLOCATE_CUSTOMER_CREDIT = "tencent.AllocateCustomerCredit";

  /**
   * Moves credit at most once per key, through the write journal. After a lost answer it is reconciled from
   * QueryCreditAllocationHistory by {@link TransferHistory}'s rule: applied if the customer's history has exactly one
   * record of the same amount at or after the claim's time and no other open key asks for the same customer and
   * amount; none: not applied; more than one, or another open key: the key stays unresolved.
   */
  @Override
  public Either<GatewayFailure, CreditAllocation> allocateCredit(CustomerId customer, Money amount, IdempotencyKey key) {
    Either<GatewayFailure, Long> uin = TencentMapping.uin(customer.value(), "customer " + customer);
    if (uin.isLeft()) {
      return Either.left(uin.getLeft());
    }
    Seq<Violation> bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(TencentFailures.invalid(bad));
    }
    AllocateCustomerCreditRequest request = AllocateCustomerCreditRequest.builder()
        .clientUin(uin.get()).addedCredit(amount.amount()).build();
    return writes.run(TransferHistory.of(writes, key, ALLOCATE_CUSTOMER_CREDIT, customer.value(), amount,
            JournalCodecs.CREDIT_ALLOCATION, "allocation", from -> allocationsSince(uin.get(), customer, amount, from))
        .apply(() -> client.allocateCustomerCredit(request).mapLeft(TencentFailures::toGateway)
            .map(r -> new CreditAllocation(customer, amount, money(r.totalCredit()))))
        .resolvedByOperator(() -> customerCredit(customer)
            .map(c -> new CreditAllocation(customer, amount, c.credit())))
        .describe(a -> "allocation of " + a.amount().amount().toPlainString() + " to " + a.customer().value()));
  }

  /** The customer's allocation records of {@code amount} at or after {@code from}, each as the allocation it made. */
  private Either<GatewayFailure, Seq<CreditAllocation>> allocationsSince(long uin, CustomerId customer, Money amount,
      Instant from) {
    return PageWalker.filter(client.queryCreditAllocationHistoryPages(
                QueryCreditAllocationHistoryRequest.builder().clientUin(uin), pageSize),
            h -> h.credit() != null && h.credit().compareTo(amount.amount()) == 0
                && TencentMapping.time(h.allocatedTime()).exists(t -> !t.isBefore(from)))
        .map(matches -> matches.map(h -> new CreditAllocation(customer, amount, money(h.allocatedCredit()))));
  }

  private Money money(BigDecimal amount) {
    return TencentMapping.money(amount, currency);
  }
}
