package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.util.Optional;

/**
 * {@code POST /v2/partners/sub-customers} (spec section 3). The body is checked with the vendor's input rules ({@link
 * SubCustomerRules}), the first problem answered with Huawei's code; then the stateful rules:
 * reseller permission ({@code CBC.99000037}), duplicate {@code xaccount_id} ({@code CBC.99000039}), taken name ({@code
 * CBC.99000038}), too many registrations on the phone ({@code CBC.99000030}) and the verification code ({@code
 * CBC.99004008/9/10}). The account is created and associated at once, unless an association lag is in force: then
 * it stays unassociated and the answer is 500 {@code CBC.99000050} with the ids.
 */
final class CreateSubCustomer implements OperationHandler {
  /** How many customers one mobile number may register (CheckUserIdentity's {@code mobile_remain_available_num}). */
  static final int REGISTRATIONS_PER_MOBILE = 5;

  private final HuaweiFaults faults;

  CreateSubCustomer(HuaweiFaults faults) {
    this.faults = faults;
  }

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    JsonNode body = request.json();
    HuaweiSite site = book.site;
    JsonNode includeResult = body.get("include_association_result");
    if (includeResult != null && !includeResult.isNull() && !includeResult.isBoolean()) {
      throw HuaweiError.badParameter("The parameter include_association_result must be a boolean.");
    }
    SubCustomerRules.SubCustomerRequest registration = SubCustomerRules.check(body, site);
    Optional<String> mobile = registration.mobile();
    Optional<String> email = registration.email();
    Optional<String> reseller = registration.indirectPartnerId();

    book.reseller(reseller);
    if (book.xaccountTaken(registration.xaccountType(), registration.xaccountId())) {
      throw new HuaweiError(400, "CBC.99000039", "xaccountId重复 (duplicate xaccountId).");
    }
    String name = registration.accountName().orElseGet(() -> generatedName(book));
    if (book.nameTaken(name)) {
      throw new HuaweiError(400, "CBC.99000038", "The name exists.");
    }
    Optional<String> target = registration.codeTarget();
    if (mobile.isPresent() && book.customers.values().stream().filter(c -> mobile.get().equals(c.mobile)).count() >= REGISTRATIONS_PER_MOBILE) {
      throw new HuaweiError(400, "CBC.99000030", "The number of registrations for this mobile number exceeds the limit.");
    }
    target.ifPresent(t -> book.codes.check(t, registration.verificationCode().orElseThrow()));
    target.ifPresent(book.codes::consume);

    String associationType =
        site == HuaweiSite.INTERNATIONAL ? "3" : registration.consultingSale() ? "1" : "2";
    SubCustomer customer =
        new SubCustomer(
            Ids.hex32(),
            name,
            registration.xaccountId(),
            registration.xaccountType(),
            mobile.orElse(null),
            email.orElse(null),
            registration.area().orElse(null),
            reseller.orElse(null),
            associationType,
            book.now());
    if (site == HuaweiSite.INTERNATIONAL && customer.resellerModel()) {
      customer.frozen = 1; // a resale customer is frozen until the partner unfreezes it or sets a budget that does
    }
    book.customers.put(customer.id, customer);
    ObjectNode ids = Json.object().put("domain_id", customer.id).put("domain_name", customer.accountName);
    if (faults.has(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.Kind.ASSOCIATION_LAG)) {
      throw new HuaweiError(
          500,
          "CBC.99000050",
          "Querying the association result between the partner and the sub-customer timed out. Query the customer list to confirm the final result.",
          ids);
    }
    customer.associatedOn = book.now();
    return WireResponse.ok(ids);
  }

  /** Huawei's generated names are 32 characters; this one starts with a letter so that it is a valid name. */
  private static String generatedName(PartnerBook book) {
    String name;
    do {
      name = "hw" + Ids.hex32().substring(2);
    } while (book.nameTaken(name));
    return name;
  }
}
