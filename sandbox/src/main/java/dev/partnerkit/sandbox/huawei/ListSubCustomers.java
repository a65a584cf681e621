package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code POST /v2/partners/sub-customers/query} (spec section 5.1): the partner's (or one reseller's) customers,
 * <b>associated ones only</b>, filtered by fuzzy {@code account_name}, exact {@code customer_id}, {@code
 * association_type}, fuzzy {@code label} and {@code customer} (real-name name; the sandbox records neither, so a given
 * one matches nothing) and the {@code associated_on_begin/end} window; paged by {@code offset}/{@code limit} (max 100)
 * with the total in {@code count}.
 */
final class ListSubCustomers implements OperationHandler {
  static final int MAX_LIMIT = 100;

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    JsonNode body = request.json();
    Paging paging = Paging.fromBody(body, MAX_LIMIT);
    Optional<String> reseller = Fields.text(body, "indirect_partner_id");
    book.reseller(reseller);
    Optional<String> name = Fields.text(body, "account_name");
    Optional<String> id = Fields.text(body, "customer_id");
    Optional<String> type = Fields.text(body, "association_type");
    Optional<String> label = Fields.text(body, "label");
    Optional<String> realName = Fields.text(body, "customer");
    Optional<Instant> begin = Fields.time(Fields.text(body, "associated_on_begin"), "associated_on_begin");
    Optional<Instant> end = Fields.time(Fields.text(body, "associated_on_end"), "associated_on_end");
    Predicate<SubCustomer> filter =
        c -> name.map(n -> c.accountName.contains(n)).orElse(true)
            && id.map(c.id::equals).orElse(true)
            && type.map(c.associationType::equals).orElse(true)
            && label.map(SubCustomer.NO_LABEL::contains).orElse(true)
            && realName.map(SubCustomer.NO_REAL_NAME::contains).orElse(true)
            && begin.map(b -> !c.associatedOn.isBefore(b)).orElse(true)
            && end.map(e -> !c.associatedOn.isAfter(e)).orElse(true);
    List<SubCustomer> found = book.associated(reseller).stream().filter(filter).toList();
    return WireResponse.ok(paging.answer(found, "count", "customer_infos", ListSubCustomers::info));
  }

  /** One {@code customer_infos[]} entry, with Huawei's JSON types (strings, except two integers). */
  static ObjectNode info(SubCustomer c) {
    ObjectNode n = Json.object();
    n.put("customer_id", c.id);
    n.put("account_name", c.accountName);
    n.put("customer", SubCustomer.NO_REAL_NAME);
    n.put("associated_on", Fields.TIME.format(c.associatedOn));
    n.put("association_type", c.associationType);
    n.put("label", SubCustomer.NO_LABEL);
    n.put("telephone", c.mobile == null ? "" : c.mobile);
    n.put("country_code", c.mobile == null ? "" : "0086");
    n.put("verified_status", c.verifiedStatus);
    n.put("customer_type", -1);
    n.put("is_frozen", c.frozen);
    n.putArray("account_managers");
    n.put("xaccount_id", c.xaccountId);
    n.put("xaccount_type", c.xaccountType);
    n.put("customer_level", "V0");
    n.put("email", c.email == null ? "" : c.email);
    return n;
  }
}
