package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.CustomerInformation;
import dev.partnerkit.adapter.huawei.api.IndirectPartnerInfo;
import dev.partnerkit.adapter.huawei.api.ListIndirectPartnersRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.adapter.huawei.api.UpdateIndirectPartnerAccountRequest;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.Page;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.ResellerHierarchyPort;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * {@link ResellerHierarchyPort} on Huawei Cloud China: the cloud resellers below the partner (ListIndirectPartners),
 * their customers (ListSubCustomers by {@code indirect_partner_id}), and moving funds to a reseller
 * (UpdateIndirectPartnerAccount). A reseller's credit pool is its account balance.
 */
record HuaweiResellers(BssClient client, int pageSize, HuaweiFunds funds,
    Function<CustomerInformation, Customer> customer, HuaweiTransfers transfers) implements ResellerHierarchyPort {

  /** The journal operation of transfers to cloud resellers. */
  static final String UPDATE_INDIRECT_PARTNER_ACCOUNT = "huawei.UpdateIndirectPartnerAccount";

  @Override
  public Paged<SubReseller> subResellers() {
    Paged<IndirectPartnerInfo> partners =
        client.listIndirectPartnersPages(ListIndirectPartnersRequest.builder().build(), pageSize);
    // each reseller's customer count and balance are read with its page, lazily: the first failure is the page's
    return pageNumber -> partners.fetch(pageNumber).flatMap(page -> Either.sequenceRight(
            page.items().iterator().map(this::subReseller))
        .map(resellers -> new Page<>(resellers.toList(), page.hasMore())));
  }

  private Either<GatewayFailure, SubReseller> subReseller(IndirectPartnerInfo p) {
    Reseller reseller = new Reseller(ResellerId.of(p.indirectPartnerId()),
        Option.of(p.name()).orElse(Option.of(p.accountName())).getOrElse(""), ResellerRole.SECOND_LEVEL_RESELLER);
    Either<GatewayFailure, Integer> customers = client.listSubCustomers(
            ListSubCustomersRequest.builder().indirectPartnerId(p.indirectPartnerId()).offset(0).limit(1).build()).mapLeft(HuaweiFailures::toGateway)
        .map(r -> Option.of(r.count()).getOrElse(0));
    return customers.flatMap(count -> funds.partnerBalance(p.indirectPartnerId())
        .map(balance -> new SubReseller(reseller, count, balance, balance)));
  }

  @Override
  public Paged<Customer> indirectCustomers(ResellerId subReseller) {
    return client.listSubCustomersPages(
        ListSubCustomersRequest.builder().indirectPartnerId(subReseller.value()).build(), pageSize).map(customer);
  }

  @Override
  public Either<GatewayFailure, SubReseller> allocateCreditPool(ResellerId subReseller, Money amount, IdempotencyKey key) {
    // at most once per key, through the journal; reconciled from ListPartnerAdjustRecords (HuaweiTransfers)
    Either<GatewayFailure, String> transfer = transfers.once(UPDATE_INDIRECT_PARTNER_ACCOUNT, key,
        subReseller.value(), amount, () -> client.updateIndirectPartnerAccount(UpdateIndirectPartnerAccountRequest.builder()
                    .indirectPartnerId(subReseller.value()).amount(amount.amount()).build()).mapLeft(HuaweiFailures::toGateway)
            .map(r -> subReseller.value()));
    return transfer.flatMap(id -> client.listIndirectPartners(
            ListIndirectPartnersRequest.builder().indirectPartnerId(subReseller.value()).offset(0).limit(1).build()).mapLeft(HuaweiFailures::toGateway))
        .flatMap(r -> io.vavr.collection.List.ofAll(Option.of(r.indirectPartners()).getOrElse(java.util.List.of())).headOption()
            .toEither(() -> new GatewayFailure.NotFound("reseller " + subReseller,
                HuaweiFailures.localTrace("not_found", "no such cloud reseller"))))
        .flatMap(this::subReseller);
  }
}
