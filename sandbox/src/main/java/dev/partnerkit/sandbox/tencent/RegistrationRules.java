package dev.partnerkit.sandbox.tencent;

import dev.partnerkit.domain.Area;
import dev.partnerkit.domain.AccountType;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.CustomerName;
import dev.partnerkit.domain.Email;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.domain.TradeCategory;
import dev.partnerkit.domain.VerificationCode;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import io.vavr.collection.Seq;
import java.util.List;

/**
 * Maps the domain's violations of a Tencent registration to the error code CreateAccount answers. When several rules
 * are broken, the one Tencent would report first wins (the order of {@link #PRIORITY}); the message names the field,
 * never its value when it is a secret.
 */
final class RegistrationRules {

  /** Fields in the order they are reported. */
  private static final List<String> PRIORITY =
      List.of(
          AccountType.FIELD, Email.FIELD, TencentRegistrationForm.PASSWORD, TencentRegistrationForm.CONFIRM_PASSWORD,
          PhoneNumber.FIELD, CallingCode.FIELD, Area.FIELD, VerificationCode.FIELD, TradeCategory.FIRST_FIELD,
          TradeCategory.SECOND_FIELD, CustomerName.FIELD);

  private RegistrationRules() {}

  /** The error for the most important of {@code violations} (which must not be empty). */
  static TencentError toError(Seq<Violation> violations) {
    Violation first = violations.sortBy(RegistrationRules::rank).head();
    return new TencentError(codeOf(first), first.field() + ": " + first.message());
  }

  /** A banned calling code first (Tencent refuses the region outright), then fields in {@link #PRIORITY} order. */
  private static int rank(Violation v) {
    int field = PRIORITY.indexOf(v.field());
    return (v.code() == ViolationCode.CALLING_CODE_BANNED ? 0 : 100) + (field < 0 ? PRIORITY.size() : field);
  }

  static String codeOf(Violation v) {
    if (v.code() == ViolationCode.CALLING_CODE_BANNED) {
      return Codes.UNSUPPORTED_AREA;
    }
    if (v.code() == ViolationCode.AREA_CALLING_CODE_MISMATCH) {
      return Codes.COUNTRY_CODE_CONTENT_INCORRECT;
    }
    return switch (v.field()) {
      case AccountType.FIELD -> Codes.ACCOUNT_TYPE_INCORRECT;
      case Email.FIELD -> Codes.MAIL_FORMAT_INCORRECT;
      case TencentRegistrationForm.PASSWORD -> Codes.PASSWORD_FORMAT_INCORRECT;
      case TencentRegistrationForm.CONFIRM_PASSWORD -> Codes.CONFIRM_PASSWORD_INCORRECT;
      case PhoneNumber.FIELD -> Codes.PHONE_NUM_FORMAT_INCORRECT;
      case CallingCode.FIELD ->
          v.code() == ViolationCode.FORMAT ? Codes.COUNTRY_CODE_FORMAT_INCORRECT : Codes.COUNTRY_CODE_CONTENT_INCORRECT;
      case Area.FIELD -> v.code() == ViolationCode.FORMAT ? Codes.AREA_FORMAT_INCORRECT : Codes.AREA_CONTENT_INCORRECT;
      case VerificationCode.FIELD -> Codes.VERIFICATION_CODE_ILLEGAL;
      case TradeCategory.FIRST_FIELD, TradeCategory.SECOND_FIELD -> Codes.TRADE_INFO_INCORRECT;
      default -> Codes.INVALID_PARAMETER_VALUE;
    };
  }
}
