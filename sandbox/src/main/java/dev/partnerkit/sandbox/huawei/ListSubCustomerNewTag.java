package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v2/partners/sub-customers/new-customers-tags/batch-query} (China; spec section 5.2): the SMB
 * new-customer tag of the given customers. Every customer the sandbox created is a new customer, {@code
 * UNDETERMINED} until it spends; ids that are not the partner's are silently left out.
 */
final class ListSubCustomerNewTag implements OperationHandler {

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    JsonNode body = request.json();
    Paging paging = Paging.fromBody(body, ListSubCustomers.MAX_LIMIT);
    Optional<String> reseller = Fields.text(body, "indirect_partner_id");
    book.reseller(reseller);
    List<String> ids = Fields.textList(body, "customer_ids");
    List<SubCustomer> found =
        book.associated(reseller).stream().filter(c -> ids.isEmpty() || ids.contains(c.id)).toList();
    return WireResponse.ok(paging.answer(found, null, "new_customer_tags", ListSubCustomerNewTag::tag));
  }

  private static ObjectNode tag(SubCustomer c) {
    YearMonth from = YearMonth.from(c.associatedOn.atZone(ZoneOffset.UTC));
    return Json.object()
        .put("customer_id", c.id)
        .put("customer_tag_type", "SMB")
        .put("new_customer_tag", "UNDETERMINED")
        .put("effective_time", from.toString())
        .put("expire_time", from.plusMonths(12).toString());
  }
}
