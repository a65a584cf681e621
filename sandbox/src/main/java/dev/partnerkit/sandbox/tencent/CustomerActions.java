package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.PhoneQuota;
import dev.partnerkit.domain.Rejection;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.domain.TencentRules;
import dev.partnerkit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.Optional;

/**
 * Customer onboarding and lookup: SendVerifyCode, CreateAccount (every rule of the domain's {@link
 * TencentRegistration}, the code, 5 accounts per phone, unique mail), DescribeCustomerInfo, DescribeCustomerUin,
 * QueryAccountVerificationStatus, ModifyClientRemark, and the catalogs GetCountryCodes and GetTradeConfigList.
 */
final class CustomerActions {

  private static final Map<String, String> CREATE_ACCOUNT_EMPTY_CODES =
      Map.of(
          "AccountType", Codes.ACCOUNT_TYPE_EMPTY,
          "Mail", Codes.MAIL_EMPTY,
          "Password", Codes.PASSWORD_EMPTY,
          "PhoneNum", Codes.PHONE_NUM_EMPTY,
          "CountryCode", Codes.COUNTRY_CODE_EMPTY,
          "Area", Codes.AREA_EMPTY,
          "TradeOne", Codes.TRADE_INFO_EMPTY,
          "TradeTwo", Codes.TRADE_INFO_EMPTY);

  private final TencentState state;
  private final Fixtures fixtures;

  CustomerActions(TencentState state, Fixtures fixtures) {
    this.state = state;
    this.fixtures = fixtures;
  }

  void register(ActionTable table) {
    table
        .add("SendVerifyCode", this::sendVerifyCode)
        .add("CreateAccount", CREATE_ACCOUNT_EMPTY_CODES, this::createAccount)
        .add("DescribeCustomerInfo", this::describeCustomerInfo)
        .add("DescribeCustomerUin", this::describeCustomerUin)
        .add("QueryAccountVerificationStatus", this::queryAccountVerificationStatus)
        .add("ModifyClientRemark", this::modifyClientRemark)
        .add("GetCountryCodes", p -> Json.object().set("Data", fixtures.countryCodes()))
        .add("GetTradeConfigList", p -> Json.object().set("TradeList", fixtures.tradeList()));
  }

  private ObjectNode sendVerifyCode(Params p) {
    Validation<Seq<Violation>, CallingCode> callingCode = CallingCode.parse(p.requiredText("CountryCode"));
    if (callingCode.isInvalid()) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "CountryCode: " + callingCode.getError().head().message());
    }
    Seq<Violation> banned = TencentRules.checkCallingCode(callingCode.get());
    if (!banned.isEmpty()) {
      throw new TencentError(Codes.UNSUPPORTED_AREA, banned.head().message());
    }
    Validation<Seq<Violation>, PhoneNumber> phone = PhoneNumber.parse(p.requiredText("PhoneNum"));
    if (phone.isInvalid()) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "PhoneNum: " + phone.getError().head().message());
    }
    String cc = callingCode.get().wire();
    String digits = phone.get().digits();
    checkPhoneQuota(phone.get(), cc);
    if (!state.codes.send(cc, digits, state.now())) {
      throw new TencentError(
          Codes.SEND_VERIFY_CODE_LIMIT_60,
          "The interval for sending SMS verification codes should be greater than 60 seconds.");
    }
    return Json.object();
  }

  private ObjectNode createAccount(Params p) {
    TencentRegistrationForm form =
        TencentRegistrationForm.builder()
            .accountType(p.nonBlank("AccountType", Codes.ACCOUNT_TYPE_EMPTY))
            .mail(p.nonBlank("Mail", Codes.MAIL_EMPTY))
            .password(p.nonBlank("Password", Codes.PASSWORD_EMPTY))
            .confirmPassword(p.nonBlank("ConfirmPassword", Codes.CONFIRM_PASSWORD_INCORRECT))
            .phoneNumber(p.nonBlank("PhoneNum", Codes.PHONE_NUM_EMPTY))
            .callingCode(p.nonBlank("CountryCode", Codes.COUNTRY_CODE_EMPTY))
            .area(p.nonBlank("Area", Codes.AREA_EMPTY))
            .verificationCode(p.nonBlank("VerifyCode", Codes.VERIFICATION_CODE_ILLEGAL))
            .tradeCategory(p.nonBlank("TradeOne", Codes.TRADE_INFO_EMPTY), p.nonBlank("TradeTwo", Codes.TRADE_INFO_EMPTY))
            .customerName(p.text("CustomerName").orElse(null))
            .extended(p.text("Extended").orElse(null))
            .build();
    Validation<Seq<Violation>, TencentRegistration> valid =
        TencentRegistration.validate(form, fixtures.tradeCatalog());
    if (valid.isInvalid()) {
      throw RegistrationRules.toError(valid.getError());
    }
    TencentRegistration registration = valid.get();
    String cc = registration.callingCode().wire();
    String phone = registration.phoneNumber().digits();
    if (!state.codes.matches(cc, phone, registration.verificationCode().secret().reveal())) {
      throw new TencentError(Codes.VERIFICATION_CODE_ILLEGAL, "Incorrect verification code.");
    }
    checkPhoneQuota(registration.phoneNumber(), cc);
    if (state.customers.mailTaken(registration.mail().value())) {
      throw new TencentError(Codes.MAIL_IS_REGISTERED, "The mail address is already registered.");
    }
    CustomerAccount account =
        new CustomerAccount(
            state.newUin(), registration.mail().value(), cc, phone, registration.area().code(),
            registration.accountType().wire(), registration.customerName().map(Object::toString).getOrElse(""),
            state.now());
    state.customers.add(account);
    return Json.object().put("Uin", Long.toString(account.uin)).put("Reason", "Success");
  }

  private void checkPhoneQuota(PhoneNumber phone, String cc) {
    Either<Rejection, PhoneNumber> quota =
        PhoneQuota.TENCENT.allowOneMore(phone, state.customers.onPhone(cc, phone.digits()));
    if (quota.isLeft()) {
      throw new TencentError(
          Codes.PHONE_BIND_UPPER,
          "The number of registered accounts for the current mobile number has reached the maximum limit.");
    }
  }

  private ObjectNode describeCustomerInfo(Params p) {
    var uins = Params.sized(p.longs("CustomerUin"), "CustomerUin", 1, 20, Codes.INVALID_PARAMETER_VALUE);
    var data = Json.array();
    uins.forEach(uin -> state.customers.get(uin).ifPresent(c -> data.add(customerInfo(c))));
    return Json.object().set("Data", data);
  }

  private static ObjectNode customerInfo(CustomerAccount c) {
    return Json.object()
        .put("CustomerUin", Long.toString(c.uin))
        .put("Email", c.mail)
        .put("Phone", c.countryCode.isEmpty() ? c.phone : c.countryCode + "-" + c.phone)
        .put("Mark", c.remark)
        .put("Name", c.name)
        .put("BindTime", WireTime.format(c.bindTime))
        .put("AccountStatus", c.force == 2 ? "1" : "0")
        .put("AuthStatus", c.identityVerified ? "3" : "-1")
        .put("AuthType", !c.identityVerified ? -1 : c.accountType.equals("company") ? 1 : 0)
        .put("CidRegisterTime", WireTime.format(c.bindTime))
        .put("UinRegisterTime", WireTime.format(c.bindTime))
        .put("AuthPassTime", c.identityVerified ? WireTime.format(c.bindTime) : "")
        .put("HasExpense", 0);
  }

  private ObjectNode describeCustomerUin(Params p) {
    var page = Paging.upTo(100).refusedWith(Codes.INVALID_PAGE).slice(p, state.customers.all());
    return Json.object()
        .<ObjectNode>set("Data", Json.arrayOf(page, c -> Json.object().put("CustomerUin", Long.toString(c.uin))))
        .put("Total", Integer.toString(state.customers.size()));
  }

  private ObjectNode queryAccountVerificationStatus(Params p) {
    CustomerAccount c =
        state.customers
            .get(p.requiredLong("ClientUin"))
            .orElseThrow(() -> new TencentError(Codes.UIN_INVALID, "The UIN is not a customer of this partner."));
    return Json.object().put("AccountStatus", c.identityVerified);
  }

  private ObjectNode modifyClientRemark(Params p) {
    String raw = p.requiredText("ClientUin").strip();
    CustomerAccount c =
        (raw.matches("\\d{1,18}") ? state.customers.get(Long.parseLong(raw)) : Optional.<CustomerAccount>empty())
            .orElseThrow(() -> new TencentError(Codes.INVALID_UIN, "ClientUin is not a customer of this partner."));
    c.remark = p.requiredText("Remark");
    return Json.object().put("ClientRemark", c.remark);
  }
}
