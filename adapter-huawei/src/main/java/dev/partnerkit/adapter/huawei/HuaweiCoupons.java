package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.huawei.api.ListIssuedPartnerCouponsRequest;
import dev.partnerkit.adapter.huawei.api.PartnerCoupon;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.Page;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.VoucherPort;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;

/** {@link VoucherPort} on Huawei Cloud China: the coupons the partner issued to a customer (ListIssuedPartnerCoupons). */
final class HuaweiCoupons implements VoucherPort {

  private final BssClient client;
  private final HuaweiCalls calls;
  private final String currency;

  HuaweiCoupons(BssClient client, HuaweiCalls calls, String currency) {
    this.client = client;
    this.calls = calls;
    this.currency = currency;
  }

  @Override
  public Paged<Voucher> vouchers(CustomerId customer) {
    Paged<PartnerCoupon> coupons = calls.paged(BssOperation.LIST_ISSUED_PARTNER_COUPONS,
        (offset, limit) -> client.listIssuedPartnerCoupons(ListIssuedPartnerCouponsRequest.builder()
            .customerId(customer.value()).offset(offset).limit(limit).build()),
        r -> r.userCoupons(), r -> r.totalCount());
    return pageNumber -> coupons.fetch(pageNumber).map(page -> new Page<>(page.items().map(c -> new Voucher(
        Option.of(c.couponId()).getOrElse("-"), customer,
        new Money(HuaweiCalls.orZero(c.faceValue()), currency), new Money(HuaweiCalls.orZero(c.balance()), currency),
        Option.of(c.expireTime()).flatMap(t -> Try.of(() -> Instant.parse(t)).toOption()))), page.hasMore()));
  }
}
