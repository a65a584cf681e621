package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherListRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.VoucherPort;

/** {@link VoucherPort} on Tencent: a customer's vouchers (DescribeCustomerVoucherList). */
record TencentVouchers(IntlPartnersClient client, int pageSize, String currency) implements VoucherPort {

  @Override
  public Paged<Voucher> vouchers(CustomerId customer) {
    return TencentMapping.uin(customer.value()).<Paged<Voucher>>map(uin -> client.describeCustomerVoucherListPages(
            DescribeCustomerVoucherListRequest.builder().customerUin(uin), pageSize)
        .map(v -> TencentMapping.voucher(v, customer, currency))).getOrElse(PageWalker::none);
  }
}
