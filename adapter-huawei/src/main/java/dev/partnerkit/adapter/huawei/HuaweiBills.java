package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.huawei.api.BillSum;
import dev.partnerkit.adapter.huawei.api.FeeRecord;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerBillDetailRequest;
import dev.partnerkit.adapter.huawei.api.ListSubcustomerMonthlyBillsRequest;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * {@link BillingPort} on Huawei Cloud China: the month's total is the sum of the customer's monthly bill lines
 * (ListSubcustomerMonthlyBills, every page), the lines are its resource fee records (ListSubCustomerBillDetail).
 */
record HuaweiBills(BssClient client, int pageSize, String currency) implements BillingPort {

  @Override
  public Either<GatewayFailure, BillSummary> billSummary(CustomerId customer, YearMonth month) {
    Paged<BillSum> sums = client.listSubcustomerMonthlyBillsPages(ListSubcustomerMonthlyBillsRequest.builder()
        .customerId(customer.value()).cycle(month.toString()).build(), pageSize);
    BigDecimal[] total = {BigDecimal.ZERO};
    return sums.forEach(s -> total[0] = total[0].add(HuaweiFunds.orZero(s.amount())))
        .map(n -> new BillSummary(customer, month, new Money(total[0], currency)));
  }

  @Override
  public Paged<BillLine> billLines(CustomerId customer, YearMonth month) {
    return client.listSubCustomerBillDetailPages(ListSubCustomerBillDetailRequest.builder()
            .customerId(customer.value()).billCycle(month.toString()).build(), pageSize)
        .map(f -> line(f, month));
  }

  private BillLine line(FeeRecord f, YearMonth month) {
    String product = Option.of(f.productName()).orElse(Option.of(f.serviceTypeName())).getOrElse("-");
    LocalDate day = Option.of(f.tradeTime()).orElse(Option.of(f.consumeTime()))
        .flatMap(t -> Try.of(() -> LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t)).toOption())
        .getOrElse(month.atDay(1));
    return new BillLine(product, day, new Money(HuaweiFunds.orZero(f.officialAmount()), currency));
  }
}
