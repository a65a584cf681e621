package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillSummaryRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.YearMonth;

/** {@link BillingPort} on Tencent: a customer's monthly total (DescribeCustomerBillSummary) and bill lines. */
final class TencentBills implements BillingPort {

  private final IntlPartnersClient client;
  private final int pageSize;
  private final String currency;

  TencentBills(IntlPartnersClient client, int pageSize, String currency) {
    this.client = client;
    this.pageSize = pageSize;
    this.currency = currency;
  }

  @Override
  public Either<GatewayFailure, BillSummary> billSummary(CustomerId customer, YearMonth month) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return Either.left(TencentFailures.notFound("customer " + customer));
    }
    DescribeCustomerBillSummaryRequest request = DescribeCustomerBillSummaryRequest.builder()
        .customerUin(uin.get()).month(month.toString()).build();
    return client.describeCustomerBillSummary(request).mapLeft(TencentFailures::toGateway)
        .map(r -> new BillSummary(customer, month, money(r.totalCost())));
  }

  @Override
  public Paged<BillLine> billLines(CustomerId customer, YearMonth month) {
    Option<Long> uin = TencentMapping.uin(customer.value());
    if (uin.isEmpty()) {
      return TencentMapping.none();
    }
    return client.describeCustomerBillDetailPages(DescribeCustomerBillDetailRequest.builder()
            .customerUin(uin.get()).month(month.toString()), pageSize)
        .map(d -> TencentMapping.billLine(d, currency));
  }

  private Money money(BigDecimal amount) {
    return TencentMapping.money(amount, currency);
  }
}
