package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Customer budgets (International; spec section 5.4), in USD: set ({@code POST .../budget}, 204; {@code
 * cancel_partner_frozen="1"} also unfreezes), show one ({@code GET .../budget}), list several ({@code POST
 * .../budget/query}) and the change history ({@code GET .../budget/records}). Only the partner's associated
 * reseller-model customers have budgets ({@code CBC.99000035} / {@code CBC.99005024} otherwise).
 */
final class SubCustomerBudgets {
  static final String CURRENCY = "USD";
  private static final Set<String> TYPES = Set.of("MONTHLY", "PACKAGE");

  private SubCustomerBudgets() {}

  static OperationHandler update() {
    return (request, book) -> {
      JsonNode body = request.json();
      String id = Fields.requiredText(body, "customer_id", 64);
      BigDecimal amount = Money.requiredAmount(body, "budget_amount");
      String type = Fields.text(body, "budget_type").orElse("MONTHLY");
      if (!TYPES.contains(type)) {
        throw HuaweiError.badParameter("The parameter budget_type must be MONTHLY or PACKAGE.");
      }
      String cancelFrozen = Fields.text(body, "cancel_partner_frozen").orElse("0");
      if (!cancelFrozen.equals("0") && !cancelFrozen.equals("1")) {
        throw HuaweiError.badParameter("The parameter cancel_partner_frozen must be 0 or 1.");
      }
      int frozenOperate = Fields.integer(body, "frozen_operate_type").orElse(-1);
      if (frozenOperate < -1 || frozenOperate > 1) {
        throw HuaweiError.badParameter("The parameter frozen_operate_type must be 0 or 1.");
      }
      SubCustomer c = resaleCustomer(book, id, Fields.text(body, "indirect_partner_id"));
      int operate = frozenOperate >= 0 ? frozenOperate : c.budget == null ? 0 : c.budget.frozenOperateType();
      BigDecimal used = c.budget == null ? BigDecimal.ZERO.setScale(2) : c.budget.used();
      c.budget = new SubCustomer.Budget(amount, used, type, operate);
      if (cancelFrozen.equals("1")) {
        c.frozen = 0;
      }
      book.budgetChanges.add(new PartnerBook.BudgetChange(c.id, amount, type, "SETTING", book.now()));
      return WireResponse.noContent();
    };
  }

  static OperationHandler show() {
    return (request, book) -> {
      String id = request.queryParameter("customer_id").orElseThrow(() -> HuaweiError.badParameter("The parameter customer_id is required."));
      SubCustomer c = resaleCustomer(book, id, request.queryParameter("indirect_partner_id"));
      ObjectNode out = Json.object();
      out.put("budget_amount", c.budget == null ? BigDecimal.ZERO.setScale(2) : c.budget.amount());
      out.put("used_amount", c.budget == null ? BigDecimal.ZERO.setScale(2) : c.budget.used());
      out.put("measure_id", 1);
      out.put("currency", CURRENCY);
      out.put("budget_type", c.budget == null ? "MONTHLY" : c.budget.type());
      return WireResponse.ok(out);
    };
  }

  static OperationHandler list() {
    return (request, book) -> {
      JsonNode body = request.json();
      List<String> ids = Fields.textList(body, "customer_ids");
      if (ids.isEmpty() || ids.size() > 100) {
        throw HuaweiError.badParameter("The parameter customer_ids must hold 1 to 100 ids.");
      }
      Optional<String> reseller = Fields.text(body, "indirect_partner_id");
      book.reseller(reseller);
      ObjectNode out = Json.object().put("measure_id", 1).put("currency", CURRENCY);
      var infos = out.putArray("budget_infos");
      for (String id : ids) {
        book.ours(id, reseller).filter(SubCustomer::resellerModel).filter(c -> c.budget != null).ifPresent(c ->
            infos.addObject()
                .put("customer_id", c.id)
                .put("budget_amount", c.budget.amount())
                .put("used_amount", c.budget.used())
                .put("budget_type", c.budget.type()));
      }
      return WireResponse.ok(out);
    };
  }

  static OperationHandler records() {
    return (request, book) -> {
      String id = request.queryParameter("customer_id").orElseThrow(() -> HuaweiError.badParameter("The parameter customer_id is required."));
      Paging paging = Paging.fromQuery(request, 100);
      Optional<String> operation = request.queryParameter("operation_type");
      Optional<String> type = request.queryParameter("budget_type");
      resaleCustomer(book, id, request.queryParameter("indirect_partner_id"));
      List<PartnerBook.BudgetChange> found =
          book.budgetChanges.stream()
              .filter(r -> r.customerId().equals(id))
              .filter(r -> operation.map(r.operationType()::equals).orElse(true))
              .filter(r -> type.map(r.budgetType()::equals).orElse(true))
              .toList();
      ObjectNode out = paging.answer(found, "total_count", "record_list", r -> Json.object()
          .put("budget_amount", r.amount())
          .put("operation_type", r.operationType())
          .put("operation_time", Fields.TIME.format(r.at()))
          .put("operator", HuaweiFrontDoor.DEFAULT_IAM_USER)
          .put("budget_type", r.budgetType())
          .put("partner_corp_name", "Sandbox Partner Ltd.")
          .put("partner_account_name", HuaweiFrontDoor.DEFAULT_DOMAIN_NAME));
      out.put("measure_id", 1);
      out.put("currency", CURRENCY);
      return WireResponse.ok(out);
    };
  }

  private static SubCustomer resaleCustomer(PartnerBook book, String id, Optional<String> reseller) {
    book.reseller(reseller);
    SubCustomer c = book.requireOurs(id, reseller);
    if (!c.resellerModel()) {
      throw HuaweiError.wrongAssociationType();
    }
    return c;
  }
}
