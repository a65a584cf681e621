package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.ListIssuedPartnerCouponsRequest;
import dev.partnerkit.adapter.huawei.api.PartnerCoupon;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.VoucherPort;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;

/** {@link VoucherPort} on Huawei Cloud China: the coupons the partner issued to a customer (ListIssuedPartnerCoupons). */
final class HuaweiCoupons implements VoucherPort {

  private final BssClient pages;
  private final int pageSize;
  private final String currency;

  /** {@code pages}: the gateway's client view whose listings go through its rate limits and retries. */
  HuaweiCoupons(BssClient pages, int pageSize, String currency) {
    this.pages = pages;
    this.pageSize = pageSize;
    this.currency = currency;
  }

  @Override
  public Paged<Voucher> vouchers(CustomerId customer) {
    Paged<PartnerCoupon> coupons = pages.listIssuedPartnerCouponsPages(
        ListIssuedPartnerCouponsRequest.builder().customerId(customer.value()).build(), pageSize);
    return coupons.map(c -> new Voucher(Option.of(c.couponId()).getOrElse("-"), customer,
        new Money(HuaweiCalls.orZero(c.faceValue()), currency), new Money(HuaweiCalls.orZero(c.balance()), currency),
        Option.of(c.expireTime()).flatMap(t -> Try.of(() -> Instant.parse(t)).toOption())));
  }
}
