package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.IdempotentWrite;
import dev.partnerkit.adapter.support.JournalCodecs;
import dev.partnerkit.adapter.support.JournaledWrite;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.tencent.api.AllocateCreditPoolRequest;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2Request;
import dev.partnerkit.adapter.tencent.api.QueryT1IndirectCustomersDetailRequest;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.ResellerHierarchyPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * {@link ResellerHierarchyPort} on Tencent: second-level resellers (QuerySubAgentsDetailV2), their customers
 * (QueryT1IndirectCustomersDetail) and credit pool top-ups (AllocateCreditPool) at most once per key.
 */
record TencentResellers(IntlPartnersClient client, IdempotentWrite writes, int pageSize, String currency)
    implements ResellerHierarchyPort {

  /** The journal operation of credit pool top-ups. */
  static final String ALLOCATE_CREDIT_POOL = "tencent.AllocateCreditPool";

  @Override
  public Paged<SubReseller> subResellers() {
    return client.querySubAgentsDetailV2Pages(QuerySubAgentsDetailV2Request.builder(), pageSize)
        .map(s -> TencentMapping.subReseller(s, currency));
  }

  @Override
  public Paged<Customer> indirectCustomers(ResellerId subReseller) {
    return TencentMapping.uin(subReseller.value()).<Paged<Customer>>map(uin -> client
            .queryT1IndirectCustomersDetailPages(QueryT1IndirectCustomersDetailRequest.builder().subAgentUin(uin), pageSize)
            .map(TencentMapping::indirectCustomer))
        .getOrElse(PageWalker::none);
  }

  @Override
  public Either<GatewayFailure, SubReseller> allocateCreditPool(ResellerId subReseller, Money amount, IdempotencyKey key) {
    Option<Long> uin = TencentMapping.uin(subReseller.value());
    if (uin.isEmpty()) {
      return Either.left(TencentFailures.notFound("second-level reseller " + subReseller));
    }
    Seq<Violation> bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(TencentFailures.invalid(bad));
    }
    // journaled as soon as Tencent confirms it: a repeated key never moves credit again, even if reading the
    // reseller's pool afterwards failed. Tencent keeps no history of pool top-ups: after a lost answer the key stays
    // OUTCOME_UNKNOWN until an operator resolves it, and is never repeated blindly.
    Either<GatewayFailure, ResellerId> allocated = writes.run(JournaledWrite.of(key, ALLOCATE_CREDIT_POOL,
            subReseller.value() + " " + amount.amount().stripTrailingZeros().toPlainString() + " " + amount.currency(),
            JournalCodecs.RESELLER_ID)
        .apply(() -> client.allocateCreditPool(AllocateCreditPoolRequest.of(uin.get(), amount.amount())).mapLeft(TencentFailures::toGateway)
            .map(ok -> subReseller))
        .resolvedByOperator(() -> Either.right(subReseller)));
    QuerySubAgentsDetailV2Request query = TencentResellers.subAgentByUin(subReseller);
    return allocated
        .flatMap(ok -> client.querySubAgentsDetailV2(query).mapLeft(TencentFailures::toGateway))
        .flatMap(r -> List.ofAll(Option.of(r.data()).getOrElse(java.util.List.of())).headOption()
            .toEither(() -> TencentFailures.notFound("second-level reseller " + subReseller)))
        .map(s -> TencentMapping.subReseller(s, currency));
  }

  /** QuerySubAgentsDetailV2 for the one second-level reseller with this UIN. */
  static QuerySubAgentsDetailV2Request subAgentByUin(ResellerId reseller) {
    return QuerySubAgentsDetailV2Request.builder()
        .page(1L).pageSize(1L).filterType("SubAgentUin").filter(reseller.value()).build();
  }
}
