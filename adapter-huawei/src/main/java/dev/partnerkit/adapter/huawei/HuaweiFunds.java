package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.AccountBalance;
import dev.partnerkit.adapter.huawei.api.CustomerRef;
import dev.partnerkit.adapter.huawei.api.ListCustomersBalancesDetailRequest;
import dev.partnerkit.adapter.huawei.api.ListPartnerBalancesRequest;
import dev.partnerkit.adapter.huawei.api.UpdateCustomerAccountAmountRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * {@link CreditPort} on Huawei Cloud China's funds: the partner's balance (ListPartnerBalances), a customer's balance
 * (ListCustomersBalancesDetail), and moving money to a customer (UpdateCustomerAccountAmount). Huawei reports the
 * partner's balance only, so the partner's total is its balance and nothing is shown as allocated.
 */
record HuaweiFunds(BssClient client, String currency, HuaweiTransfers transfers) implements CreditPort {

  /** The journal operation of transfers to customers. */
  static final String UPDATE_CUSTOMER_ACCOUNT_AMOUNT = "huawei.UpdateCustomerAccountAmount";

  /** An amount Huawei left out is zero. */
  static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  @Override
  public Either<GatewayFailure, PartnerCredit> partnerCredit() {
    return partnerBalance(null).map(balance -> new PartnerCredit(balance, Money.zero(currency), balance));
  }

  /** The balance of the partner, or of one of its second-level resellers. */
  Either<GatewayFailure, Money> partnerBalance(String indirectPartnerId) {
    return client.listPartnerBalances(ListPartnerBalancesRequest.builder().indirectPartnerId(indirectPartnerId).build()).mapLeft(HuaweiFailures::toGateway)
        .map(r -> money(List.ofAll(Option.of(r.accountBalances()).getOrElse(java.util.List.of()))
            .map(AccountBalance::amount).map(HuaweiFunds::orZero).fold(BigDecimal.ZERO, BigDecimal::add)));
  }

  @Override
  public Either<GatewayFailure, CustomerCredit> customerCredit(CustomerId customer) {
    return client.listCustomersBalancesDetail(
            ListCustomersBalancesDetailRequest.builder().customerInfos(java.util.List.of(new CustomerRef(customer.value()))).build()).mapLeft(HuaweiFailures::toGateway)
        .flatMap(r -> List.ofAll(Option.of(r.customerBalances()).getOrElse(java.util.List.of()))
            .find(b -> customer.value().equals(b.customerId()))
            .toEither(() -> new GatewayFailure.NotFound("customer " + customer,
                HuaweiFailures.localTrace("not_found", "Huawei reported no balance for the customer"))))
        .map(b -> new CustomerCredit(customer, money(orZero(b.amount())),
            money(orZero(b.amount()).subtract(orZero(b.debtAmount())))));
  }

  @Override
  public Either<GatewayFailure, CreditAllocation> allocateCredit(CustomerId customer, Money amount, IdempotencyKey key) {
    var bad = amount.checkPositiveIn(currency);
    if (!bad.isEmpty()) {
      return Either.left(new GatewayFailure.InvalidRequest(bad, HuaweiFailures.localTrace("invalid_request", "refused before sending")));
    }
    // at most once per key, through the journal; reconciled from ListPartnerAdjustRecords (HuaweiTransfers)
    Either<GatewayFailure, String> transfer = transfers.once(UPDATE_CUSTOMER_ACCOUNT_AMOUNT, key, customer.value(),
        amount, () -> client.updateCustomerAccountAmount(
                UpdateCustomerAccountAmountRequest.builder().customerId(customer.value()).amount(amount.amount()).build()).mapLeft(HuaweiFailures::toGateway)
            .map(r -> Option.of(r.transferId()).getOrElse("")));
    return transfer.flatMap(id -> customerCredit(customer)).map(after -> new CreditAllocation(customer, amount, after.credit()));
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, currency);
  }
}
