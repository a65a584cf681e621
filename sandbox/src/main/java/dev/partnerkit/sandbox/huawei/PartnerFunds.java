package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Funds (China; spec section 6), in CNY. Money moves between the partner (or the reseller it acts for with {@code
 * indirect_partner_id}) and a customer, or between the partner and a reseller; moving more than the payer holds is
 * refused with 400 {@code CBC.99005003} and changes nothing. Every movement is listed by ListPartnerAdjustRecords.
 */
final class PartnerFunds {
  static final String CURRENCY = "CNY";
  static final String TRANSFER = "SOURCE_OPERATION_BEADJUST";
  static final String RECLAIM = "SOURCE_OPERATION_BERETRIEVE";

  private PartnerFunds() {}

  /** UpdateCustomerAccountAmount: partner (or reseller) to customer; answers {@code transfer_id}. */
  static OperationHandler adjustCustomer() {
    return (request, book) -> {
      JsonNode body = request.json();
      String id = Fields.requiredText(body, "customer_id", 64);
      BigDecimal amount = Money.requiredAmount(body, "amount");
      Optional<String> resellerId = Fields.text(body, "indirect_partner_id");
      Optional<IndirectPartner> reseller = book.reseller(resellerId);
      SubCustomer c = book.requireOurs(id, resellerId);
      BigDecimal funds = book.fundsOf(reseller);
      requireCovered(funds, amount);
      book.setFundsOf(reseller, funds.subtract(amount));
      c.balance = c.balance.add(amount);
      return WireResponse.ok(Json.object().put("transfer_id", record(book, c.id, c.accountName, TRANSFER, amount, resellerId)));
    };
  }

  /** ReclaimToPartnerAccount: customer back to partner (or reseller); answers {@code trans_id}. */
  static OperationHandler reclaimCustomer() {
    return (request, book) -> {
      JsonNode body = request.json();
      String id = Fields.requiredText(body, "customer_id", 64);
      BigDecimal amount = Money.requiredAmount(body, "amount");
      Optional<String> resellerId = Fields.text(body, "indirect_partner_id");
      Optional<IndirectPartner> reseller = book.reseller(resellerId);
      SubCustomer c = book.requireOurs(id, resellerId);
      requireCovered(c.balance, amount);
      c.balance = c.balance.subtract(amount);
      book.setFundsOf(reseller, book.fundsOf(reseller).add(amount));
      return WireResponse.ok(Json.object().put("trans_id", record(book, c.id, c.accountName, RECLAIM, amount, resellerId)));
    };
  }

  /** UpdateIndirectPartnerAccount: partner to reseller; answers {@code transfer_id}. */
  static OperationHandler adjustReseller() {
    return (request, book) -> {
      JsonNode body = request.json();
      IndirectPartner r = book.reseller(Optional.of(Fields.requiredText(body, "indirect_partner_id", 64))).orElseThrow();
      BigDecimal amount = Money.requiredAmount(body, "amount");
      requireCovered(book.balance, amount);
      book.balance = book.balance.subtract(amount);
      r.balance = r.balance.add(amount);
      return WireResponse.ok(Json.object().put("transfer_id", record(book, r.id, r.accountName, TRANSFER, amount, Optional.empty())));
    };
  }

  /** ReclaimIndirectPartnerAccount: reseller back to partner; answers {@code trans_id}. */
  static OperationHandler reclaimReseller() {
    return (request, book) -> {
      JsonNode body = request.json();
      IndirectPartner r = book.reseller(Optional.of(Fields.requiredText(body, "indirect_partner_id", 64))).orElseThrow();
      BigDecimal amount = Money.requiredAmount(body, "amount");
      requireCovered(r.balance, amount);
      r.balance = r.balance.subtract(amount);
      book.balance = book.balance.add(amount);
      return WireResponse.ok(Json.object().put("trans_id", record(book, r.id, r.accountName, RECLAIM, amount, Optional.empty())));
    };
  }

  /** ListPartnerBalances: the cash account of the partner or of {@code indirect_partner_id}. */
  static OperationHandler partnerBalances() {
    return (request, book) -> {
      Optional<IndirectPartner> reseller = book.reseller(request.queryParameter("indirect_partner_id"));
      ObjectNode out = Json.object();
      out.putArray("account_balances").addObject()
          .put("account_id", Ids.hex32("cash/" + reseller.map(r -> r.id).orElse("partner")))
          .put("account_type", 1)
          .put("amount", book.fundsOf(reseller))
          .put("currency", CURRENCY)
          .put("designated_amount", BigDecimal.ZERO.setScale(2))
          .put("measure_id", 1)
          .put("memo", "");
      return WireResponse.ok(out);
    };
  }

  /** ListCustomersBalancesDetail: balances of the given reseller-model customers; others are left out. */
  static OperationHandler customerBalances() {
    return (request, book) -> {
      JsonNode body = request.json();
      JsonNode infos = body.get("customer_infos");
      if (infos == null || !infos.isArray() || infos.isEmpty()) {
        throw HuaweiError.badParameter("The parameter customer_infos is required.");
      }
      Optional<String> reseller = Fields.text(body, "indirect_partner_id");
      book.reseller(reseller);
      ObjectNode out = Json.object();
      var balances = out.putArray("customer_balances");
      for (JsonNode info : infos) {
        String id = Fields.requiredText(info, "customer_id", 64);
        book.ours(id, reseller).filter(SubCustomer::resellerModel).ifPresent(c -> balances.addObject()
            .put("customer_id", c.id)
            .put("debt_amount", BigDecimal.ZERO.setScale(2))
            .put("amount", c.balance)
            .put("currency", CURRENCY)
            .put("measure_id", 1));
      }
      return WireResponse.ok(out);
    };
  }

  /** ListPartnerAdjustRecords: the movements, filtered by customer, type, transaction id and time; paged. */
  static OperationHandler adjustRecords() {
    return (request, book) -> {
      Paging paging = Paging.fromQuery(request, 100);
      Optional<String> reseller = request.queryParameter("indirect_partner_id");
      book.reseller(reseller);
      Optional<String> customer = request.queryParameter("customer_id");
      Optional<String> type = request.queryParameter("operation_type");
      Optional<String> trans = request.queryParameter("trans_id");
      Optional<Instant> begin = Fields.time(request.queryParameter("operation_time_begin"), "operation_time_begin");
      Optional<Instant> end = Fields.time(request.queryParameter("operation_time_end"), "operation_time_end");
      List<PartnerBook.Transfer> found =
          book.transfers.stream()
              .filter(t -> java.util.Objects.equals(t.indirectPartnerId(), reseller.orElse(null)))
              .filter(t -> customer.map(t.targetId()::equals).orElse(true))
              .filter(t -> type.map(t.operationType()::equals).orElse(true))
              .filter(t -> trans.map(t.transId()::equals).orElse(true))
              .filter(t -> begin.map(b -> !t.at().isBefore(b)).orElse(true))
              .filter(t -> end.map(e -> !t.at().isAfter(e)).orElse(true))
              .toList();
      return WireResponse.ok(paging.answer(found, "total_count", "records", t -> Json.object()
          .put("customer_id", t.targetId())
          .put("customer_name", t.targetName())
          .put("operation_type", t.operationType())
          .put("amount", t.amount().toPlainString())
          .put("currency", CURRENCY)
          .put("apply_scene", "1")
          .put("operation_time", Fields.TIME.format(t.at()))
          .put("measure_id", 1)
          .put("trans_id", t.transId())
          .put("memo", "")));
    };
  }

  private static void requireCovered(BigDecimal funds, BigDecimal amount) {
    if (funds.compareTo(amount) < 0) {
      throw new HuaweiError(400, "CBC.99005003", "Insufficient balance.");
    }
  }

  private static String record(PartnerBook book, String targetId, String targetName, String type, BigDecimal amount, Optional<String> reseller) {
    String id = "T" + Ids.hex32().substring(0, 23).toUpperCase(java.util.Locale.ROOT);
    book.transfers.add(new PartnerBook.Transfer(id, targetId, targetName, type, amount, book.now(), reseller.orElse(null)));
    return id;
  }
}
