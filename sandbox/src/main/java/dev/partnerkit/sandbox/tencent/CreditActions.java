package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Credit: the partner's pool (QueryPartnerCredit), moved to customers (AllocateCustomerCredit, an increment that may
 * be negative) and to second-level resellers (AllocateCreditPool), never beyond what is available; the balances and
 * history read back (QueryCustomersCredit, QueryDirectCustomersCredit, QueryCreditByUinList,
 * QueryCreditAllocationHistory); and forced service suspension (ForceQN).
 */
final class CreditActions {

  private static final BigDecimal MAX_POOL_ALLOCATION = new BigDecimal("1000000");

  private final TencentState state;

  CreditActions(TencentState state) {
    this.state = state;
  }

  void register(ActionTable table) {
    table
        .add("QueryPartnerCredit", ActionTable.Access.READ, this::queryPartnerCredit)
        .add("AllocateCustomerCredit", ActionTable.Access.WRITE, this::allocateCustomerCredit)
        .add("AllocateCreditPool", ActionTable.Access.WRITE, this::allocateCreditPool)
        .add("QueryCreditAllocationHistory", ActionTable.Access.READ, this::queryAllocationHistory)
        .add("QueryCustomersCredit", ActionTable.Access.READ, this::queryCustomersCredit)
        .add("QueryDirectCustomersCredit", ActionTable.Access.READ, p -> Json.object().set("Data", balances(state.customers.all())))
        .add("QueryCreditByUinList", ActionTable.Access.READ, this::queryCreditByUinList)
        .add("ForceQN", ActionTable.Access.WRITE, this::forceQn);
  }

  private ObjectNode queryPartnerCredit(Params p) {
    List<CustomerAccount> all = state.customers.all();
    ObjectNode out = Json.object();
    Json.money(out, "AllocatedCredit", state.partnerAllocated());
    Json.money(out, "TotalCredit", state.partnerTotalCredit);
    Json.money(out, "RemainingCredit", state.partnerRemaining());
    Json.money(out, "CustomerTotalCredit", sum(all, true));
    return Json.money(out, "CustomerRemainingCredit", sum(all, false));
  }

  private static BigDecimal sum(List<CustomerAccount> all, boolean total) {
    return all.stream().map(c -> total ? c.totalCredit : c.remainingCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private CustomerAccount customer(long uin, String code) {
    return state.customers
        .get(uin)
        .orElseThrow(() -> new TencentError(code, "UIN " + uin + " is not a customer of this partner."));
  }

  private ObjectNode allocateCustomerCredit(Params p) {
    BigDecimal added = p.requiredDecimal("AddedCredit");
    CustomerAccount c = customer(p.requiredLong("ClientUin"), Codes.UIN_NO_AUTH);
    if (added.signum() > 0 && added.compareTo(state.partnerRemaining()) > 0) {
      throw new TencentError(
          Codes.CREDIT_AMOUNT_OUT_OF_RANGE,
          "The added credit exceeds the partner's remaining allocable credit (" + state.partnerRemaining() + ").");
    }
    if (c.remainingCredit.add(added).signum() < 0) {
      throw new TencentError(
          Codes.BALANCE_INSUFFICIENT,
          "The customer's available credit (" + c.remainingCredit + ") cannot go below 0.");
    }
    c.totalCredit = c.totalCredit.add(added);
    c.remainingCredit = c.remainingCredit.add(added);
    c.allocations.add(
        new CustomerAccount.Allocation(
            state.now(), added, c.totalCredit, c.remainingCredit, p.text("Remark").orElse("")));
    ObjectNode out = Json.money(Json.object(), "TotalCredit", c.totalCredit);
    return Json.money(out, "RemainingCredit", c.remainingCredit);
  }

  private ObjectNode allocateCreditPool(Params p) {
    SubAgent agent = state.subAgents.get(p.requiredLong("SubAgentUin"));
    if (agent == null) {
      throw new TencentError(Codes.UIN_NO_AUTH, "The UIN is not a second-level reseller of this partner.");
    }
    BigDecimal credit = p.requiredDecimal("Credit");
    if (credit.signum() < 0 || credit.compareTo(MAX_POOL_ALLOCATION) > 0) {
      throw new TencentError(Codes.VOUCHER_AMOUNT_OUT_OF_RANGE, "The allocated amount is out of range: [0,1000000].");
    }
    if (credit.compareTo(state.partnerRemaining()) > 0) {
      throw new TencentError(
          Codes.VOUCHER_AMOUNT_OUT_OF_RANGE,
          "The allocated amount exceeds the partner's remaining credit (" + state.partnerRemaining() + ").");
    }
    agent.credit = agent.credit.add(credit);
    agent.remainingCredit = agent.remainingCredit.add(credit);
    ObjectNode out = Json.money(Json.object(), "RemainingCredit", agent.remainingCredit);
    return Json.money(out, "TotalCredit", agent.credit);
  }

  private ObjectNode queryAllocationHistory(Params p) {
    CustomerAccount c = customer(p.requiredLong("ClientUin"), Codes.FAILED_OPERATION);
    List<CustomerAccount.Allocation> newestFirst =
        c.allocations.stream().sorted(Comparator.comparing(CustomerAccount.Allocation::time).reversed()).toList();
    return Json.object()
        .put("Total", newestFirst.size())
        .set(
            "History",
            Json.arrayOf(
                Paging.upTo(100).slice(p, newestFirst),
                a -> {
                  ObjectNode h =
                      Json.object()
                          .put("AllocatedTime", Envelope.TIME.format(a.time()))
                          .put("Operator", Long.toString(TencentState.PARTNER_UIN));
                  Json.money(h, "Credit", a.credit());
                  Json.money(h, "AllocatedCredit", a.totalAfter());
                  Json.money(h, "ClientCreditAfter", a.remainingAfter());
                  return h.put("Remark", a.remark());
                }));
  }

  private ObjectNode queryCustomersCredit(Params p) {
    Comparator<CustomerAccount> byBindTime =
        Comparator.comparing((CustomerAccount c) -> c.bindTime).thenComparing(c -> c.uin);
    String order = Params.oneOf(p.nonBlank("Order").orElse("desc").toLowerCase(Locale.ROOT), "Order", List.of("desc", "asc"));
    List<CustomerAccount> all =
        state.customers.all().stream()
            .filter(customerFilter(p))
            .sorted(order.equals("desc") ? byBindTime.reversed() : byBindTime)
            .toList();
    return Json.object()
        .put("Total", all.size())
        .set("Data", Json.arrayOf(Paging.upTo(100).slice(p, all), CreditActions::customerCredit));
  }

  private static ObjectNode customerCredit(CustomerAccount c) {
    ObjectNode out =
        Json.object()
            .put("Name", c.name)
            .put("Type", c.accountType)
            .put("Mobile", c.phone)
            .put("Email", c.mail)
            .put("Arrears", "0")
            .put("AssociationTime", Envelope.TIME.format(c.bindTime))
            .put("RecentExpiry", "")
            .put("ClientUin", c.uin);
    Json.money(out, "Credit", c.totalCredit);
    Json.money(out, "RemainingCredit", c.remainingCredit);
    return out.put("IdentifyType", !c.identityVerified ? 0 : c.accountType.equals("company") ? 2 : 1)
        .put("Remark", c.remark)
        .put("Force", c.force);
  }

  private static Predicate<CustomerAccount> customerFilter(Params p) {
    var type = p.nonBlank("FilterType");
    String value = p.text("Filter").orElse("");
    if (type.isEmpty() || value.isEmpty()) {
      return c -> true;
    }
    String needle = value.toLowerCase(Locale.ROOT);
    return switch (Params.oneOf(type.get(), "FilterType", List.of("ClientUin", "Name", "Remark", "Email"))) {
      case "ClientUin" -> {
        if (!value.matches("\\d{1,18}")) {
          throw new TencentError(Codes.INVALID_UIN, "Filter must be a UIN when FilterType is ClientUin.");
        }
        yield c -> Long.toString(c.uin).equals(value);
      }
      case "Name" -> c -> c.name.toLowerCase(Locale.ROOT).contains(needle);
      case "Remark" -> c -> c.remark.toLowerCase(Locale.ROOT).contains(needle);
      default -> c -> c.mail.toLowerCase(Locale.ROOT).contains(needle);
    };
  }

  private static ArrayNode balances(List<CustomerAccount> customers) {
    return Json.arrayOf(
        customers,
        c -> {
          ObjectNode out = Json.object().put("Uin", c.uin);
          Json.money(out, "TotalCredit", c.totalCredit);
          return Json.money(out, "RemainingCredit", c.remainingCredit);
        });
  }

  private ObjectNode queryCreditByUinList(Params p) {
    List<Long> uins = Params.sized(p.longs("UinList"), "UinList", 1, 50, Codes.UIN_LIST);
    List<CustomerAccount> found = uins.stream().map(uin -> customer(uin, Codes.NOT_CUSTOMER_UIN)).toList();
    return Json.object().set("Data", balances(found));
  }

  private ObjectNode forceQn(Params p) {
    CustomerAccount c = customer(p.requiredLong("ClientUin"), Codes.INVALID_PARAMETER_VALUE);
    long type = p.requiredLong("Type");
    if (type != 0 && type != 2) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "Type must be 0 (normal) or 2 (forced service suspension).");
    }
    c.force = (int) type;
    return Json.object().put("C", 0).put("M", "success");
  }
}
