package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bills, vouchers, commission and cost explorer: answered from the fixture of each action (see {@link Fixtures}),
 * after the request's documented value checks. Paging actions return the requested page of the fixture's list and
 * its full size as the total; a few echo identifying request parameters (CustomerUin, VoucherId, Month).
 */
final class FixtureActions {

  /** How one action reads its fixture: checks to run, an optional paged list and its total field, echoed params. */
  private record Canned(
      String action, List<Consumer<Params>> checks, Paging paging, String listField, String totalField,
      List<String> echo) {

    static Canned of(String action) {
      return new Canned(action, List.of(), null, null, null, List.of());
    }

    Canned checking(Consumer<Params> check) {
      List<Consumer<Params>> all = new ArrayList<>(checks);
      all.add(check);
      return new Canned(action, all, paging, listField, totalField, echo);
    }

    Canned paged(Paging p, String list, String total) {
      return new Canned(action, checks, p, list, total, echo);
    }

    Canned echoing(String... params) {
      return new Canned(action, checks, paging, listField, totalField, List.of(params));
    }
  }

  private final Fixtures fixtures;

  FixtureActions(Fixtures fixtures) {
    this.fixtures = fixtures;
  }

  void register(ActionTable table) {
    for (Canned c : canned()) {
      table.add(c.action(), ActionTable.Access.NONE, p -> answer(c, p));
    }
  }

  private static List<Canned> canned() {
    Consumer<Params> clientUins = p -> Params.sized(p.longs("ClientUins"), "ClientUins", 1, 20, Codes.INVALID_PARAMETER_VALUE);
    return List.of(
        Canned.of("QueryVoucherAmountByUin").checking(clientUins),
        Canned.of("QueryVoucherListByUin")
            .checking(clientUins)
            .checking(optionalOneOf("Status", "Unused", "Used", "Expired")),
        Canned.of("QueryVoucherPool"),
        Canned.of("QueryCustomerBillingQuota"),
        Canned.of("DescribeBillSummary")
            .checking(month("Month"))
            .checking(
                p -> {
                  if (!List.of("product", "project", "tag").contains(p.requiredText("GroupType"))) {
                    throw new TencentError(
                        "InvalidParameterValue.InvalidDimension", "GroupType must be product, project or tag.");
                  }
                }),
        Canned.of("DescribeBillDownloadUrl").checking(month("Month")).checking(oneOf("FileType", "L2", "L3")),
        Canned.of("DescribeCustomerBillDownloadUrl")
            .checking(month("Month"))
            .checking(oneOf("FileType", "billResource", "billDetail", "billResourcePack", "billDetailPack"))
            .checking(oneOf("CustomerUinType", "Customer", "Reseller", "ResellerCustomer"))
            .checking(optionalOneOf("FileLanguage", "zh_cn", "en")),
        Canned.of("DescribeCustomerBillDetail")
            .checking(month("Month"))
            .paged(Paging.upTo(200), "DetailSet", "Total"),
        Canned.of("DescribeCustomerBillSummary").checking(month("Month")),
        Canned.of("DescribeBillDetail").checking(month("Month")).paged(Paging.upTo(200), "DetailSet", "Total"),
        Canned.of("DescribeCustomerBillDetailByDay").checking(FixtureActions::dailyBillDate),
        Canned.of("DescribeBillSummaryByPayMode").checking(month("BillMonth")),
        Canned.of("DescribeBillSummaryByProduct").checking(month("BillMonth")),
        Canned.of("DescribeBillSummaryByRegion").checking(month("BillMonth")),
        Canned.of("QueryPolicyProductListByCode")
            .paged(Paging.upTo(200).withDefaultSize(200), "ProductList", "Total"),
        Canned.of("DescribeCustomerVoucherList").paged(Paging.upTo(100), "Data", "TotalCount"),
        Canned.of("DescribeCustomerOwnVoucherList").paged(Paging.upTo(100), "Data", "TotalCount"),
        Canned.of("DescribeCustomerVoucherUsageDetails")
            .paged(Paging.upTo(100), "Data", "TotalRecordsCount")
            .echoing("CustomerUin", "VoucherId", "Month"),
        Canned.of("DescribeCustomerOwnVoucherUsageDetails")
            .paged(Paging.upTo(100), "Data", "TotalRecordsCount")
            .echoing("VoucherId", "Month"),
        Canned.of("DescribeRebateDownloadUrl").checking(month("Month")).checking(oneOf("FileType", "CommissionDetail")),
        Canned.of("DescribeCustomerOwnCostExplorerFilter").checking(oneOf("PeriodType", "day", "month")),
        Canned.of("DescribeCustomerOwnCostExplorerSummary")
            .checking(oneOf("PeriodType", "day", "month"))
            .checking(oneOf("FeeType", "originalCost", "totalCost"))
            .paged(Paging.upTo(200).withMaxPage(10_000), "Detail", null));
  }

  private ObjectNode answer(Canned c, Params p) {
    c.checks().forEach(check -> check.accept(p));
    ObjectNode out = fixtures.response(c.action());
    if (c.paging() != null) {
      List<JsonNode> all = new ArrayList<>();
      out.path(c.listField()).forEach(all::add);
      ArrayNode page = Json.array();
      c.paging().slice(p, all).forEach(page::add);
      out.set(c.listField(), page);
      if (c.totalField() != null) {
        out.put(c.totalField(), all.size());
      }
    }
    for (String name : c.echo()) {
      p.node(name).ifPresent(v -> out.set(name, v.deepCopy()));
    }
    return out;
  }

  private static Consumer<Params> month(String name) {
    return p -> {
      try {
        YearMonth.parse(p.requiredText(name));
      } catch (DateTimeParseException e) {
        throw new TencentError(Codes.INVALID_MONTH, name + " must be a month formatted as YYYY-MM.");
      }
    };
  }

  private static Consumer<Params> oneOf(String name, String... allowed) {
    return p -> Params.oneOf(p.requiredText(name), name, List.of(allowed));
  }

  private static Consumer<Params> optionalOneOf(String name, String... allowed) {
    return p -> p.text(name).ifPresent(v -> Params.oneOf(v, name, List.of(allowed)));
  }

  private static void dailyBillDate(Params p) {
    LocalDate date;
    try {
      date = LocalDate.parse(p.requiredText("Date"));
    } catch (DateTimeParseException e) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "Date must be formatted as YYYY-MM-DD.");
    }
    if (date.isBefore(LocalDate.of(2025, 6, 1))) {
      throw new TencentError(Codes.INVALID_MONTH, "Daily bills before 2025-06-01 cannot be queried.");
    }
  }
}
