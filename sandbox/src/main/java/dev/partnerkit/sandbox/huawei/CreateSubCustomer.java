package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.domain.HuaweiAccountName;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Violation;
import java.util.Optional;

/**
 * {@code POST /v2/partners/sub-customers} (spec section 3). The body is checked with partnerkit's domain rules ({@link
 * HuaweiRegistration#validate}) and the first violation is answered with Huawei's code; then the stateful rules:
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
    if (Json.rawText(body, "verification_code").filter(String::isEmpty).isPresent()) {
      throw HuaweiError.badParameter("The parameter verification_code must not be empty.");
    }
    if (Json.rawText(body, "password").filter(String::isEmpty).isPresent()) {
      throw new HuaweiError(400, "CBC.99000036", "The customer password format is invalid.");
    }
    JsonNode includeResult = body.get("include_association_result");
    if (includeResult != null && !includeResult.isNull() && !includeResult.isBoolean()) {
      throw HuaweiError.badParameter("The parameter include_association_result must be a boolean.");
    }
    Optional<String> mobile = site == HuaweiSite.CHINA ? Json.text(body, "mobile_phone") : Optional.empty();
    Optional<String> email = site == HuaweiSite.INTERNATIONAL ? Json.text(body, "email") : Optional.empty();
    Optional<String> area = site == HuaweiSite.INTERNATIONAL ? Json.text(body, "domain_area") : Optional.empty();
    Optional<String> reseller = Json.text(body, "indirect_partner_id");
    HuaweiRegistrationForm form =
        HuaweiRegistrationForm.builder()
            .xaccountId(Json.text(body, "xaccount_id").orElse(null))
            .xaccountType(Json.text(body, "xaccount_type").orElse(null))
            .accountName(Json.text(body, "domain_name").orElse(null))
            .password(Json.text(body, "password").orElse(null))
            .mobile(mobile.orElse(null))
            .mail(email.orElse(null))
            .verificationCode(Json.text(body, "verification_code").orElse(null))
            .area(area.orElse(null))
            .indirectResellerId(reseller.orElse(null))
            .closeMarketingMessages("true".equals(Json.text(body, "is_close_market_ms").orElse("false")))
            .build();
    var validation = HuaweiRegistration.validate(form, site);
    if (validation.isInvalid()) {
      throw RegistrationErrors.of(validation.getError().head());
    }
    HuaweiRegistration registration = validation.get();

    book.reseller(reseller);
    if (book.xaccountTaken(registration.xaccountType(), registration.xaccountId())) {
      throw new HuaweiError(400, "CBC.99000039", "xaccountId重复 (duplicate xaccountId).");
    }
    String name = registration.accountName().map(HuaweiAccountName::value).getOrElse(() -> generatedName(book));
    if (book.nameTaken(name)) {
      throw new HuaweiError(400, "CBC.99000038", "The name exists.");
    }
    Optional<String> target = site == HuaweiSite.CHINA ? mobile : email;
    if (mobile.isPresent() && book.customers.values().stream().filter(c -> mobile.get().equals(c.mobile)).count() >= REGISTRATIONS_PER_MOBILE) {
      throw new HuaweiError(400, "CBC.99000030", "The number of registrations for this mobile number exceeds the limit.");
    }
    target.ifPresent(t -> book.codes.check(t, registration.verificationCode().get().secret().reveal()));
    target.ifPresent(book.codes::consume);

    String associationType =
        site == HuaweiSite.INTERNATIONAL ? "3" : "1".equals(Json.text(body, "cooperation_type").orElse("")) ? "1" : "2";
    SubCustomer customer =
        new SubCustomer(
            Ids.hex32(),
            name,
            registration.xaccountId(),
            registration.xaccountType(),
            mobile.orElse(null),
            email.orElse(null),
            area.orElse(null),
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

  /** Huawei's CreateSubCustomer codes for partnerkit's registration violations. */
  static final class RegistrationErrors {
    private RegistrationErrors() {}

    static HuaweiError of(Violation v) {
      return switch (v.field()) {
        case HuaweiAccountName.FIELD -> new HuaweiError(400, "CBC.99000031", "The customer login name format is invalid.");
        case HuaweiRegistration.MOBILE -> new HuaweiError(400, "CBC.5017", "The customer mobile number format is invalid.");
        case HuaweiRegistration.PASSWORD -> new HuaweiError(400, "CBC.99000036", "The customer password format is invalid.");
        default -> HuaweiError.badParameter("Parameter error: " + v.field() + " " + v.message() + ".");
      };
    }
  }
}
