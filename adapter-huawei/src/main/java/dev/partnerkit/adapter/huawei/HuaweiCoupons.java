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
record HuaweiCoupons(BssClient client, int pageSize, String currency) implements VoucherPort {

  @Override
  public Paged<Voucher> vouchers(CustomerId customer) {
    Paged<PartnerCoupon> coupons = client.listIssuedPartnerCouponsPages(
        ListIssuedPartnerCouponsRequest.builder().customerId(customer.value()).build(), pageSize);
    return coupons.map(c -> new Voucher(Option.of(c.couponId()).getOrElse("-"), customer,
        new Money(HuaweiFunds.orZero(c.faceValue()), currency), new Money(HuaweiFunds.orZero(c.balance()), currency),
        Option.of(c.expireTime()).flatMap(t -> Try.of(() -> Instant.parse(t)).toOption())));
  }
}
