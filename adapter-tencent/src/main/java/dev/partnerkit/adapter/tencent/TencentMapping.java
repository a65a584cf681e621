package dev.partnerkit.adapter.tencent;

import io.vavr.control.Either;
import dev.partnerkit.adapter.tencent.api.BillDetailData;
import dev.partnerkit.adapter.tencent.api.CountryCodeItem;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerInfoData;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerVoucherItem;
import dev.partnerkit.adapter.tencent.api.GetCountryCodesResponse;
import dev.partnerkit.adapter.tencent.api.GetTradeConfigListResponse;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditData;
import dev.partnerkit.adapter.tencent.api.QueryPendingSubAgentsV2ResponseData;
import dev.partnerkit.adapter.tencent.api.QuerySubAgentsDetailV2ResponseData;
import dev.partnerkit.adapter.tencent.api.QueryT1IndirectCustomersDetailResponseData;
import dev.partnerkit.domain.Area;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.VoucherPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Tencent's wire records to partnerkit's domain values. Tolerant: a field the vendor leaves out or fills in an
 * unexpected shape becomes an absent value rather than a failure. Tencent reports times as {@code yyyy-MM-dd
 * HH:mm:ss} in China Standard Time (UTC+8).
 */
final class TencentMapping {

  private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Set<String> NO_SUCH_CUSTOMER = Set.of(
      "InvalidParameterValue.InvalidUin", "UnauthorizedOperation.NotCustomerUin", "FailedOperation.UinInvalid");

  private TencentMapping() {}

  /** A UIN is a number; anything else names no Tencent account. */
  static Option<Long> uin(String id) {
    return Try.of(() -> Long.parseLong(id)).toOption().filter(n -> n > 0);
  }

  /** The UIN of {@code what} (e.g. {@code customer 42}), or not found if {@code id} is none: nothing is sent. */
  static Either<GatewayFailure, Long> uin(String id, String what) {
    return uin(id).toEither(() -> TencentFailures.notFound(what));
  }

  /** QueryVoucherPool's AccountType: 1 reseller, 2 distributor, 3 second-level reseller. */
  static ResellerRole role(Long accountType) {
    if (accountType == null) {
      return ResellerRole.RESELLER;
    }
    return switch (accountType.intValue()) {
      case 2 -> ResellerRole.DISTRIBUTOR;
      case 3 -> ResellerRole.SECOND_LEVEL_RESELLER;
      default -> ResellerRole.RESELLER;
    };
  }

  static TradeCatalog catalog(GetTradeConfigListResponse response) {
    return TradeCatalog.of(list(response.tradeList()).filter(one -> one.id() != null).map(one ->
        new TradeCatalog.Industry(one.id(), text(one.name()), list(one.children()).filter(two -> two.id() != null)
            .map(two -> new TradeCatalog.SubIndustry(two.id(), text(two.name()))))));
  }

  /** The country list; entries whose area or calling code partnerkit cannot read are left out. */
  static Seq<CountryCallingCode> countries(GetCountryCodesResponse response) {
    return list(response.data()).flatMap(TencentMapping::country);
  }

  private static Option<CountryCallingCode> country(CountryCodeItem item) {
    var area = Area.parse(item.ios2());
    var code = CallingCode.parse(item.code());
    if (area.isInvalid() || code.isInvalid()) {
      return Option.none();
    }
    return Option.some(new CountryCallingCode(area.get(), code.get(), text(item.enName())));
  }

  static Customer customer(QueryCustomersCreditData d) {
    return new Customer(CustomerId.of(String.valueOf(d.clientUin())), Vendor.TENCENT, Option.none(),
        present(d.name()), present(d.email()), present(d.mobile()), Customer.Association.BOUND,
        time(d.associationTime()));
  }

  static Customer customer(DescribeCustomerInfoData d) {
    return new Customer(CustomerId.of(d.customerUin()), Vendor.TENCENT, Option.none(), present(d.name()),
        present(d.email()), present(d.phone()), Customer.Association.BOUND, time(d.bindTime()));
  }

  static Customer indirectCustomer(QueryT1IndirectCustomersDetailResponseData d) {
    return new Customer(CustomerId.of(String.valueOf(d.clientUin())), Vendor.TENCENT, Option.none(),
        present(d.clientName()), Option.none(), Option.none(), Customer.Association.BOUND, time(d.clientBindTime()));
  }

  static SubAgentApplication.Pending pending(QueryPendingSubAgentsV2ResponseData d) {
    return new SubAgentApplication.Pending(
        new SubAgentApplication.Applicant(ResellerId.of(String.valueOf(d.subAgentUin())), text(d.name()),
            present(d.email()), present(d.mobile())),
        time(d.applyTime()));
  }

  static SubAgentApplication.Applicant applicant(QuerySubAgentsDetailV2ResponseData d) {
    return new SubAgentApplication.Applicant(ResellerId.of(String.valueOf(d.subAgentUin())), text(d.name()),
        present(d.email()), present(d.mobile()));
  }

  static ResellerHierarchyPort.SubReseller subReseller(QuerySubAgentsDetailV2ResponseData d, String currency) {
    return new ResellerHierarchyPort.SubReseller(
        new Reseller(ResellerId.of(String.valueOf(d.subAgentUin())), text(d.name()), ResellerRole.SECOND_LEVEL_RESELLER),
        d.countOfCustomers() == null ? 0 : d.countOfCustomers(), money(d.credit(), currency),
        money(d.remainingCredit(), currency));
  }

  static BillingPort.BillLine billLine(BillDetailData d, String currency) {
    String day = Option.of(d.transactionTime()).orElse(Option.of(d.usageStartTime())).getOrElse("");
    LocalDate date = time(day).map(i -> LocalDate.ofInstant(i, CHINA_STANDARD_TIME))
        .orElse(Try.of(() -> LocalDate.parse(day.length() >= 10 ? day.substring(0, 10) : day)).toOption())
        .getOrElse(LocalDate.EPOCH);
    BigDecimal amount = Try.of(() -> new BigDecimal(d.totalCost())).getOrElse(BigDecimal.ZERO);
    String lineCurrency = Option.of(d.currency()).filter(c -> c.matches("[A-Z]{3}")).getOrElse(currency);
    return new BillingPort.BillLine(Option.of(d.productName()).getOrElse("-"), date, new Money(amount, lineCurrency));
  }

  static VoucherPort.Voucher voucher(DescribeCustomerVoucherItem v, CustomerId customer, String currency) {
    return new VoucherPort.Voucher(String.valueOf(v.voucherId()), customer, money(v.totalAmount(), currency),
        money(v.remainingAmount(), currency), time(v.expireTime()));
  }

  /** Whether a failed customer lookup means "no such customer of this partner". */
  static boolean meansNoSuchCustomer(GatewayFailure failure) {
    return failure instanceof GatewayFailure.NotFound || NO_SUCH_CUSTOMER.contains(failure.trace().code());
  }

  static Option<Instant> time(String wire) {
    if (wire == null || wire.isBlank()) {
      return Option.none();
    }
    return Try.of(() -> LocalDateTime.parse(wire.strip(), WIRE_TIME).toInstant(CHINA_STANDARD_TIME))
        .orElse(Try.of(() -> Instant.parse(wire.strip())))
        .toOption();
  }

  /** An amount in {@code currency}; one Tencent left out is zero. */
  static Money money(BigDecimal amount, String currency) {
    return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
  }

  private static <T> List<T> list(java.util.List<T> wire) {
    return wire == null ? List.empty() : List.ofAll(wire);
  }

  private static Option<String> present(String s) {
    return Option.of(s).filter(v -> !v.isBlank());
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
