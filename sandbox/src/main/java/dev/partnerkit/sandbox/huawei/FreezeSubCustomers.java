package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.sandbox.shared.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v2/partners/sub-customers/freeze} and {@code /unfreeze} (International; spec section 5.3): up to 10
 * {@code customer_ids} and a {@code reason}. Each id is handled on its own: ids that are not the partner's associated
 * customers ({@code CBC.99000035}) or not in the reseller model ({@code CBC.99005024}) are listed in {@code
 * error_details}, with HTTP 200; the others change.
 */
final class FreezeSubCustomers implements OperationHandler {
  static final int MAX_IDS = 10;
  private static final Set<String> TYPES = Set.of("ACCOUNT", "ACCOUNT_AND_RESOURCE");

  private final boolean freeze;

  private FreezeSubCustomers(boolean freeze) {
    this.freeze = freeze;
  }

  static FreezeSubCustomers freeze() {
    return new FreezeSubCustomers(true);
  }

  static FreezeSubCustomers unfreeze() {
    return new FreezeSubCustomers(false);
  }

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    JsonNode body = request.json();
    List<String> ids = Fields.textList(body, "customer_ids");
    if (ids.isEmpty() || ids.size() > MAX_IDS) {
      throw HuaweiError.badParameter("The parameter customer_ids must hold 1 to " + MAX_IDS + " ids.");
    }
    Fields.requiredText(body, "reason", 256);
    String typeField = freeze ? "freeze_type" : "unfreeze_type";
    Optional<String> type = Fields.text(body, typeField);
    if (type.isPresent() && !TYPES.contains(type.get())) {
      throw HuaweiError.badParameter("The parameter " + typeField + " must be ACCOUNT or ACCOUNT_AND_RESOURCE.");
    }
    Optional<String> reseller = Fields.text(body, "indirect_partner_id");
    book.reseller(reseller);
    ItemErrors errors = new ItemErrors();
    for (String id : ids) {
      Optional<SubCustomer> customer = book.ours(id, reseller);
      if (customer.isEmpty()) {
        errors.add(id, HuaweiError.notYourCustomer(id));
      } else if (!customer.get().resellerModel()) {
        errors.add(id, HuaweiError.wrongAssociationType());
      } else {
        customer.get().frozen = freeze ? 1 : 0;
      }
    }
    return WireResponse.ok(errors.into(Json.object()));
  }
}
