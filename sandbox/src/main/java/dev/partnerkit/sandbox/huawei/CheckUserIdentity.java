package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.util.Locale;

/**
 * {@code POST /v2/partners/sub-customers/users/check-identity} (spec section 4.2): whether a login name, mobile
 * ({@code 0086-13800138000}) or email is still free, over every account created so far (associated or not). Answers
 * 200 with {@code error_code "CBC.0000"} and {@code check_result} {@code available} or {@code used_by_user}.
 */
final class CheckUserIdentity implements OperationHandler {

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    JsonNode body = request.json();
    String type = Fields.requiredText(body, "search_type", 16);
    String value = Fields.requiredText(body, "search_value", 64);
    ObjectNode out = Json.object().put("error_code", "CBC.0000").put("error_msg", "success");
    switch (type) {
      case "name" -> {
        if (!value.matches("[a-zA-Z-][a-zA-Z0-9_-]{4,31}") || !SubCustomerRules.accountName(value)) {
          throw HuaweiError.badParameter("The parameter search_value is not a valid account name.");
        }
        out.put("check_result", book.nameTaken(value) ? "used_by_user" : "available");
      }
      case "email" -> {
        if (!SubCustomerRules.email(value)) {
          throw HuaweiError.badParameter("The parameter search_value is not a valid email address.");
        }
        String mail = value.toLowerCase(Locale.ROOT);
        boolean used = book.customers.values().stream().anyMatch(c -> c.email != null && c.email.toLowerCase(Locale.ROOT).equals(mail));
        out.put("check_result", used ? "used_by_user" : "available");
      }
      case "mobile" -> {
        if (!value.matches("\\d{4}-\\d+") || (book.site == HuaweiSite.CHINA && !value.startsWith("0086-"))) {
          throw HuaweiError.badParameter("The parameter search_value must be a mobile number such as 0086-13800138000.");
        }
        String number = value.substring(5);
        long used = book.customers.values().stream().filter(c -> number.equals(c.mobile)).count();
        out.put("check_result", used > 0 ? "used_by_user" : "available");
        out.put("mobile_remain_available_num", (int) Math.max(0, CreateSubCustomer.REGISTRATIONS_PER_MOBILE - used));
      }
      default -> throw HuaweiError.badParameter("The parameter search_type must be email, mobile or name.");
    }
    return WireResponse.ok(out);
  }
}
