package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A customer registration that satisfies Tencent's CreateAccount rules: account type, email, password (8-20
 * characters with letters, digits and one of {@code !@#$%^&*()}, confirmed), phone number with a calling code that
 * Tencent accepts (not 7, 380 or 86) and an area that uses that calling code, the 6-digit verification code sent by
 * SendVerifyCode, a two-level trade category, and an optional customer name.
 *
 * <p>Obtain one from untrusted input with {@link #validate(TencentRegistrationForm)} (or with a {@link TradeCatalog}
 * to check the industries too, and a {@link CountryCodeList} to check the calling code and area against the vendor's
 * own GetCountryCodes list), which reports every problem at once. An area that does not correspond to the calling
 * code is reported on the area (seed 000 line 106 puts the rule on Area).
 */
public record TencentRegistration(
    AccountType accountType,
    Email mail,
    Secret password,
    PhoneNumber phoneNumber,
    CallingCode callingCode,
    Area area,
    VerificationCode verificationCode,
    TradeCategory tradeCategory,
    Option<CustomerName> customerName,
    Option<String> extended)
    implements CustomerRegistration {

  public TencentRegistration {
    Objects.requireNonNull(accountType, "accountType");
    Objects.requireNonNull(mail, "mail");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    Objects.requireNonNull(callingCode, "callingCode");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(verificationCode, "verificationCode");
    Objects.requireNonNull(tradeCategory, "tradeCategory");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(extended, "extended");
    Checks.require(
        TencentPasswordPolicy.check(TencentRegistrationForm.PASSWORD, password.reveal())
            .appendAll(crossFieldRules(callingCode, area)));
  }

  /** Checks every field of {@code form} and reports every problem at once. The trade category is checked for shape. */
  public static Validation<Seq<Violation>, TencentRegistration> validate(TencentRegistrationForm form) {
    return validate(form, TradeCategory.parse(form.tradeCategoryFirstLevel(), form.tradeCategorySecondLevel()));
  }

  /** As {@link #validate(TencentRegistrationForm)}, and the trade category must exist in {@code catalog}. */
  public static Validation<Seq<Violation>, TencentRegistration> validate(
      TencentRegistrationForm form, TradeCatalog catalog) {
    return validate(
        form,
        TradeCategory.parse(
            form.tradeCategoryFirstLevel(), form.tradeCategorySecondLevel(), catalog));
  }

  /**
   * As {@link #validate(TencentRegistrationForm, TradeCatalog)}, and the calling code and the area must be on the
   * vendor's {@code countries} list (GetCountryCodes), the area with that calling code (seed 000 lines 104-106). The
   * values still parse as {@link CallingCode} and {@link Area} do, and an area whose numbering plan does not use the
   * calling code stays refused too (the stricter of the two readings when the lists differ).
   */
  public static Validation<Seq<Violation>, TencentRegistration> validate(
      TencentRegistrationForm form, TradeCatalog catalog, CountryCodeList countries) {
    Objects.requireNonNull(countries, "countries");
    return validate(
        form,
        TradeCategory.parse(form.tradeCategoryFirstLevel(), form.tradeCategorySecondLevel(), catalog),
        Option.some(countries));
  }

  private static Validation<Seq<Violation>, TencentRegistration> validate(
      TencentRegistrationForm form, Validation<Seq<Violation>, TradeCategory> trade) {
    return validate(form, trade, Option.none());
  }

  private static Validation<Seq<Violation>, TencentRegistration> validate(
      TencentRegistrationForm form, Validation<Seq<Violation>, TradeCategory> trade, Option<CountryCodeList> countries) {
    Objects.requireNonNull(form, "form");
    var accountType = AccountType.parse(form.accountType());
    var mail = Email.parse(form.mail());
    Seq<Violation> password =
        TencentPasswordPolicy.check(TencentRegistrationForm.PASSWORD, form.password());
    Seq<Violation> confirmation =
        TencentPasswordPolicy.checkConfirmation(
            TencentRegistrationForm.CONFIRM_PASSWORD, form.password(), form.confirmPassword());
    var phone = PhoneNumber.parse(form.phoneNumber());
    var callingCode = CallingCode.parse(form.callingCode());
    var area = Area.parse(form.area());
    var code = VerificationCode.parse(form.verificationCode());
    Validation<Seq<Violation>, Option<CustomerName>> name =
        Checks.isBlank(form.customerName())
            ? Validation.valid(Option.none())
            : CustomerName.parse(form.customerName()).map(Option::some);
    Seq<Violation> crossField =
        callingCode.isValid() && area.isValid()
            ? crossFieldRules(callingCode.get(), area.get(), countries)
            : callingCode.isValid() ? listedCallingCode(callingCode.get(), countries) : List.empty();

    Seq<Violation> all =
        Checks.errors(accountType)
            .appendAll(Checks.errors(mail))
            .appendAll(password)
            .appendAll(confirmation)
            .appendAll(Checks.errors(phone))
            .appendAll(Checks.errors(callingCode))
            .appendAll(Checks.errors(area))
            .appendAll(crossField)
            .appendAll(Checks.errors(code))
            .appendAll(Checks.errors(trade))
            .appendAll(Checks.errors(name));
    return Checks.validate(
        all,
        () ->
            new TencentRegistration(
                accountType.get(),
                mail.get(),
                Secret.of(form.password()),
                phone.get(),
                callingCode.get(),
                area.get(),
                code.get(),
                trade.get(),
                name.get(),
                Option.of(form.extended()).filter(e -> !e.isBlank())));
  }

  /** A calling code Tencent accepts and, with a list, one on it. */
  private static Seq<Violation> listedCallingCode(CallingCode callingCode, Option<CountryCodeList> countries) {
    Seq<Violation> banned = TencentRules.checkCallingCode(callingCode);
    if (!banned.isEmpty() || countries.forAll(list -> list.hasCallingCode(callingCode))) {
      return banned;
    }
    return List.of(
        Violation.of(
            ViolationCode.CALLING_CODE_UNKNOWN, CallingCode.FIELD, "is not on Tencent's list of country codes (GetCountryCodes)"));
  }

  /** With a list: the calling code on it, then the area on it with that calling code; then the numbering plan's rule. */
  private static Seq<Violation> crossFieldRules(CallingCode callingCode, Area area, Option<CountryCodeList> countries) {
    Seq<Violation> out = listedCallingCode(callingCode, countries);
    if (countries.isDefined()) {
      Seq<Violation> areaRules = areaOnTheList(callingCode, area, countries.get());
      if (!areaRules.isEmpty()) {
        return out.appendAll(areaRules);
      }
    }
    return out.appendAll(crossFieldRules(callingCode, area).filter(v -> v.code() != ViolationCode.CALLING_CODE_BANNED));
  }

  /** The area on the vendor's list, with the calling code the list gives it (seed 000 l.106: the area's fault). */
  private static Seq<Violation> areaOnTheList(CallingCode callingCode, Area area, CountryCodeList countries) {
    Option<Integer> listed = countries.callingCodeOf(area);
    if (listed.isEmpty()) {
      return List.of(
          Violation.of(ViolationCode.AREA_UNKNOWN, Area.FIELD, "is not on Tencent's list of countries and regions (GetCountryCodes)"));
    }
    if (listed.get() != callingCode.value()) {
      return List.of(
          Violation.of(
              ViolationCode.AREA_CALLING_CODE_MISMATCH,
              Area.FIELD,
              area + " does not use calling code " + callingCode + " (it uses +" + listed.get() + ")"));
    }
    return List.empty();
  }

  /**
   * This registration's calling code and area against Tencent's own list (GetCountryCodes), for a registration that
   * was validated without it: empty when both are on the list and the area uses that calling code (seed 000 l.104-106),
   * else the violations {@link #validate(TencentRegistrationForm, TradeCatalog, CountryCodeList)} would have reported.
   */
  public Seq<Violation> checkAgainst(CountryCodeList countries) {
    Objects.requireNonNull(countries, "countries");
    return listedCallingCode(callingCode, Option.some(countries)).appendAll(areaOnTheList(callingCode, area, countries));
  }

  /** Rules between fields: the calling code must be one Tencent accepts, and the area must use it. */
  private static Seq<Violation> crossFieldRules(CallingCode callingCode, Area area) {
    Seq<Violation> out = TencentRules.checkCallingCode(callingCode);
    if (!area.uses(callingCode)) {
      out =
          out.append(
              Violation.of(
                  ViolationCode.AREA_CALLING_CODE_MISMATCH,
                  Area.FIELD,
                  area + " does not use calling code " + callingCode + " (it uses " + area.callingCode() + ")"));
    }
    return out;
  }

  @Override
  public Vendor vendor() {
    return Vendor.TENCENT;
  }

  @Override
  public Option<PhoneNumber> phone() {
    return Option.some(phoneNumber);
  }

  @Override
  public Option<Email> email() {
    return Option.some(mail);
  }

  @Override
  public String identity() {
    return "tencent:mail:" + mail.value().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "TencentRegistration[accountType="
        + accountType.wire()
        + ", mail="
        + mail
        + ", password=******, phone="
        + callingCode
        + " "
        + phoneNumber
        + ", area="
        + area
        + ", verificationCode=******, tradeCategory="
        + tradeCategory
        + ", customerName="
        + customerName.map(Object::toString).getOrElse("-")
        + "]";
  }
}
