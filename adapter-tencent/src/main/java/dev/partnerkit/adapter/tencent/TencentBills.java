package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerBillSummaryRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import java.time.YearMonth;

/** {@link BillingPort} on Tencent: a customer's monthly total (DescribeCustomerBillSummary) and bill lines. */
record TencentBills(IntlPartnersClient client, int pageSize, String currency) implements BillingPort {

  @Override
  public Either<GatewayFailure, BillSummary> billSummary(CustomerId customer, YearMonth month) {
    return TencentMapping.uin(customer.value(), "customer " + customer)
        .flatMap(uin -> client.describeCustomerBillSummary(DescribeCustomerBillSummaryRequest.builder()
            .customerUin(uin).month(month.toString()).build()).mapLeft(TencentFailures::toGateway))
        .map(r -> new BillSummary(customer, month, TencentMapping.money(r.totalCost(), currency)));
  }

  @Override
  public Paged<BillLine> billLines(CustomerId customer, YearMonth month) {
    return TencentMapping.uin(customer.value()).<Paged<BillLine>>map(uin -> client.describeCustomerBillDetailPages(
            DescribeCustomerBillDetailRequest.builder().customerUin(uin).month(month.toString()), pageSize)
        .map(d -> TencentMapping.billLine(d, currency))).getOrElse(PageWalker::none);
  }
}
