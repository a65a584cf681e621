package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.util.Map;
import java.util.Optional;

/**
 * Customer onboarding and lookup: SendVerifyCode, CreateAccount (the input rules of {@link
 * RegistrationRules}, then the code, 5 accounts per phone, unique mail), DescribeCustomerInfo, DescribeCustomerUin,
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
        .add("SendVerifyCode", ActionTable.Access.WRITE, this::sendVerifyCode)
        .add("CreateAccount", ActionTable.Access.WRITE, CREATE_ACCOUNT_EMPTY_CODES, this::createAccount)
        .add("DescribeCustomerInfo", ActionTable.Access.READ, this::describeCustomerInfo)
        .add("DescribeCustomerUin", ActionTable.Access.READ, this::describeCustomerUin)
        .add("QueryAccountVerificationStatus", ActionTable.Access.READ, this::queryAccountVerificationStatus)
        .add("ModifyClientRemark", ActionTable.Access.WRITE, this::modifyClientRemark)
        .add("GetCountryCodes", ActionTable.Access.NONE, p -> Json.object().set("Data", fixtures.countryCodes().data()))
        .add("GetTradeConfigList", ActionTable.Access.NONE, p -> Json.object().set("TradeList", fixtures.tradeList()));
  }

  /** How many accounts one mobile number may hold (seed 000 line 103). */
  static final int ACCOUNTS_PER_PHONE = 5;

  private ObjectNode sendVerifyCode(Params p) {
    String cc = RegistrationRules.callingCode(p.requiredText("CountryCode"));
    if (!cc.matches("[0-9]{1,4}")) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "CountryCode must be digits, such as 852.");
    }
    if (RegistrationRules.BANNED_CALLING_CODES.contains(cc)) {
      throw new TencentError(
          Codes.UNSUPPORTED_AREA, "The current region does not support creating a Tencent Cloud International account.");
    }
    if (!fixtures.countryCodes().hasCallingCode(cc)) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "CountryCode is not one of GetCountryCodes' codes.");
    }
    String digits = p.requiredText("PhoneNum").strip();
    if (!RegistrationRules.isPhone(digits)) {
      throw new TencentError(Codes.INVALID_PARAMETER_VALUE, "PhoneNum must be 1 to 32 digits.");
    }
    checkPhoneQuota(cc, digits);
    if (!state.codes.send(cc, digits, state.now())) {
      throw new TencentError(
          Codes.SEND_VERIFY_CODE_LIMIT_60,
          "The interval for sending SMS verification codes should be greater than 60 seconds.");
    }
    return Json.object();
  }

  private ObjectNode createAccount(Params p) {
    RegistrationRules.Registration r = RegistrationRules.check(p, fixtures);
    if (!state.codes.matches(r.countryCode(), r.phone(), r.verifyCode())) {
      throw new TencentError(Codes.VERIFICATION_CODE_ILLEGAL, "Incorrect verification code.");
    }
    checkPhoneQuota(r.countryCode(), r.phone());
    if (state.customers.mailTaken(r.mail())) {
      throw new TencentError(Codes.MAIL_IS_REGISTERED, "The mail address is already registered.");
    }
    CustomerAccount account =
        new CustomerAccount(
            state.newUin(), r.mail(), r.countryCode(), r.phone(), r.area(), r.accountType(), r.customerName(),
            state.now());
    state.customers.add(account);
    return Json.object().put("Uin", Long.toString(account.uin)).put("Reason", "Success");
  }

  private void checkPhoneQuota(String cc, String phone) {
    if (state.customers.onPhone(cc, phone) >= ACCOUNTS_PER_PHONE) {
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
        .put("BindTime", Envelope.TIME.format(c.bindTime))
        .put("AccountStatus", c.force == 2 ? "1" : "0")
        .put("AuthStatus", c.identityVerified ? "3" : "-1")
        .put("AuthType", !c.identityVerified ? -1 : c.accountType.equals("company") ? 1 : 0)
        .put("CidRegisterTime", Envelope.TIME.format(c.bindTime))
        .put("UinRegisterTime", Envelope.TIME.format(c.bindTime))
        .put("AuthPassTime", c.identityVerified ? Envelope.TIME.format(c.bindTime) : "")
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
