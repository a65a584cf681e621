package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v2/partners/indirect-partners/query} (spec section 5.5): the resellers seeded through {@link
 * HuaweiSandbox#seedIndirectPartner}, filtered by fuzzy {@code account_name}, exact {@code indirect_partner_id} and
 * the association window; paged, total in {@code count}.
 */
final class ListIndirectPartners implements OperationHandler {

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    JsonNode body = request.json();
    Paging paging = Paging.fromBody(body, ListSubCustomers.MAX_LIMIT);
    Optional<String> name = Fields.text(body, "account_name");
    Optional<String> id = Fields.text(body, "indirect_partner_id");
    Optional<Instant> begin = Fields.time(Fields.text(body, "associated_on_begin"), "associated_on_begin");
    Optional<Instant> end = Fields.time(Fields.text(body, "associated_on_end"), "associated_on_end");
    List<IndirectPartner> found =
        book.resellers.values().stream()
            .filter(r -> name.map(r.accountName::contains).orElse(true))
            .filter(r -> id.map(r.id::equals).orElse(true))
            .filter(r -> begin.map(b -> !r.associatedOn.isBefore(b)).orElse(true))
            .filter(r -> end.map(e -> !r.associatedOn.isAfter(e)).orElse(true))
            .toList();
    return WireResponse.ok(paging.answer(found, "count", "indirect_partners", ListIndirectPartners::info));
  }

  private static ObjectNode info(IndirectPartner r) {
    return Json.object()
        .put("indirect_partner_id", r.id)
        .put("mobile_phone", "")
        .put("email", "")
        .put("account_name", r.accountName)
        .put("name", r.name)
        .put("associated_on", Fields.TIME.format(r.associatedOn))
        .put("account_manager_id", "")
        .put("account_manager_name", "");
  }
}
