package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coupon writes (China; spec section 7): issuing coupons to customers and reclaiming them, granting and reclaiming
 * reseller coupon quotas. Per-item failures go to {@code error_details} with HTTP 200, as Huawei's batch APIs do.
 * Issued coupons are remembered so that they can be reclaimed once.
 */
final class PartnerCoupons {
  private PartnerCoupons() {}

  /** CreatePartnerCoupons: one coupon per customer of the partner (or reseller). */
  static OperationHandler issue() {
    return (request, book) -> {
      JsonNode body = request.json();
      Fields.requiredText(body, "quota_id", 64);
      List<String> ids = requiredList(body, "customer_ids");
      Money.requiredAmount(body, "face_value");
      Optional<String> reseller = Fields.text(body, "indirect_partner_id");
      book.reseller(reseller);
      ObjectNode out = Json.object();
      ItemErrors errors = new ItemErrors();
      ArrayNode coupons = out.putArray("coupon_infos");
      for (String id : ids) {
        if (book.ours(id, reseller).isEmpty()) {
          errors.add(id, HuaweiError.notYourCustomer(id));
        } else {
          String coupon = "CP" + Ids.hex32().substring(0, 22).toUpperCase(Locale.ROOT);
          book.issuedCoupons.add(coupon);
          coupons.addObject().put("id", id).put("coupon_id", coupon);
        }
      }
      return WireResponse.ok(errors.into(out));
    };
  }

  /** ReclaimPartnerCoupons: an issued coupon, once. */
  static OperationHandler reclaim() {
    return (request, book) -> {
      String coupon = Fields.requiredText(request.json(), "coupon_id", 64);
      if (!book.issuedCoupons.remove(coupon)) {
        throw HuaweiError.badParameter("The coupon " + coupon + " does not exist or has been reclaimed.");
      }
      return WireResponse.ok(Json.object());
    };
  }

  /** UpdateCouponQuotas: grants a quota to each reseller; unknown resellers are per-item failures. */
  static OperationHandler grantQuota() {
    return (request, book) -> {
      JsonNode body = request.json();
      String quota = Fields.requiredText(body, "quota_id", 64);
      List<String> resellers = requiredList(body, "indirect_partner_ids");
      Money.requiredAmount(body, "quota_amount");
      ObjectNode out = Json.object();
      ItemErrors errors = new ItemErrors();
      ArrayNode infos = out.putArray("simple_quota_infos");
      for (String r : resellers) {
        if (!book.resellers.containsKey(r)) {
          errors.add(r, HuaweiError.noSuchReseller());
        } else {
          infos.addObject().put("id", r).put("quota_id", Ids.hex32(quota + "/" + r));
        }
      }
      return WireResponse.ok(errors.into(out));
    };
  }

  /** ReclaimCouponQuotas: takes back the whole balance of each reseller quota. */
  static OperationHandler reclaimQuota() {
    return (request, book) -> {
      List<String> quotas = requiredList(request.json(), "quota_ids");
      ObjectNode out = Json.object();
      ArrayNode infos = out.putArray("simple_quota_infos");
      quotas.forEach(q -> infos.addObject().put("quota_id", q).put("quota_balance", java.math.BigDecimal.ZERO.setScale(2)));
      return WireResponse.ok(out);
    };
  }

  private static List<String> requiredList(JsonNode body, String field) {
    List<String> values = Fields.textList(body, field);
    if (values.isEmpty() || values.size() > 100) {
      throw HuaweiError.badParameter("The parameter " + field + " must hold 1 to 100 values.");
    }
    return values;
  }
}
