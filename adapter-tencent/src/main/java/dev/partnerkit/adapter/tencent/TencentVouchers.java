package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherListRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.VoucherPort;
import io.vavr.control.Option;

/** {@link VoucherPort} on Tencent: a customer's vouchers (DescribeCustomerVoucherList). */
final class TencentVouchers implements VoucherPort {

  private final IntlPartnersClient client;
  private final int pageSize;
  private final String currency;

  TencentVouchers(IntlPartnersClient client, int pageSize, String currency) {
    this.client = client;
    this.pageSize = pageSize;
    this.currency = currency;
  }

  @Override
  public Paged<Voucher> vouchers(CustomerId customer) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return TencentMapping.none();
    }
    return client.describeCustomerVoucherListPages(
            DescribeCustomerVoucherListRequest.builder().customerUin(uin.get()), pageSize)
        .map(v -> TencentMapping.voucher(v, customer, currency));
  }
}
