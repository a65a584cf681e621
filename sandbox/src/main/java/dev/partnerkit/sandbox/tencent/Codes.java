package dev.partnerkit.sandbox.tencent;

/** The Tencent error codes the sandbox answers with (spec sections 6.3 and 6.4). */
final class Codes {

  static final String AUTH_INVALID_AUTHORIZATION = "AuthFailure.InvalidAuthorization";
  static final String AUTH_SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound";
  static final String AUTH_SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";
  static final String AUTH_SIGNATURE_FAILURE = "AuthFailure.SignatureFailure";
  static final String MISSING_PARAMETER = "MissingParameter";
  static final String INVALID_ACTION = "InvalidAction";
  static final String NO_SUCH_VERSION = "NoSuchVersion";
  static final String INVALID_PARAMETER = "InvalidParameter";
  static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
  static final String UNKNOWN_PARAMETER = "UnknownParameter";
  static final String UNSUPPORTED_OPERATION = "UnsupportedOperation";
  static final String REQUEST_SIZE_LIMIT_EXCEEDED = "RequestSizeLimitExceeded";
  static final String REQUEST_LIMIT_EXCEEDED = "RequestLimitExceeded";
  static final String INTERNAL_ERROR = "InternalError";
  static final String FAILED_OPERATION = "FailedOperation";

  // CreateAccount and SendVerifyCode
  static final String ACCOUNT_TYPE_EMPTY = "InvalidParameterValue.AccountTypeEmpty";
  static final String MAIL_EMPTY = "InvalidParameterValue.MailEmpty";
  static final String PASSWORD_EMPTY = "InvalidParameterValue.PasswordEmpty";
  static final String PHONE_NUM_EMPTY = "InvalidParameterValue.PhoneNumEmpty";
  static final String COUNTRY_CODE_EMPTY = "InvalidParameterValue.CountryCodeEmpty";
  static final String AREA_EMPTY = "InvalidParameterValue.AreaEmpty";
  static final String TRADE_INFO_EMPTY = "InvalidParameterValue.TradeInfoEmpty";
  static final String UNSUPPORTED_AREA = "InvalidParameterValue.UnSupportArea";
  static final String ACCOUNT_TYPE_INCORRECT = "InvalidParameter.AccountTypeContentIncorrect";
  static final String MAIL_FORMAT_INCORRECT = "InvalidParameter.MailFormatIncorrect";
  static final String PASSWORD_FORMAT_INCORRECT = "InvalidParameter.PasswordFormatIncorrect";
  static final String PASSWORD_CONTENT_INCORRECT = "InvalidParameter.PasswordContentIncorrect";
  static final String CONFIRM_PASSWORD_INCORRECT = "InvalidParameter.ConfirmPasswordContentIncorrect";
  static final String PHONE_NUM_FORMAT_INCORRECT = "InvalidParameter.PhoneNumFormatIncorrect";
  static final String COUNTRY_CODE_FORMAT_INCORRECT = "InvalidParameter.CountryCodeFormatIncorrect";
  static final String COUNTRY_CODE_CONTENT_INCORRECT = "InvalidParameter.CountryCodeContentIncorrect";
  static final String AREA_FORMAT_INCORRECT = "InvalidParameter.AreaFormatIncorrect";
  static final String AREA_CONTENT_INCORRECT = "InvalidParameter.AreaContentIncorrect";
  static final String MAIL_IS_REGISTERED = "FailedOperation.MailIsRegistered";
  static final String PHONE_BIND_UPPER = "FailedOperation.PhoneBindUpper";
  static final String TRADE_INFO_INCORRECT = "FailedOperation.TradeInfoIncorrect";
  static final String VERIFICATION_CODE_ILLEGAL = "FailedOperation.VerificationCodeIllegal";
  static final String SEND_VERIFY_CODE_LIMIT_60 = "FailedOperation.SendVerifyCodeLimit60";

  // applications, customers, credit, invitations
  static final String RESELLER_NOT_APPLY = "FailedOperation.ResellerNotApply";
  static final String CLIENT_NOT_APPLY = "FailedOperation.ClientNotApply";
  static final String INVALID_SUB_AGENT_UIN = "FailedOperation.InvalidSubAgentUin";
  static final String UIN_INVALID = "FailedOperation.UinInvalid";
  static final String INVALID_UIN = "InvalidParameterValue.InvalidUin";
  static final String UIN_LIST = "InvalidParameterValue.UinList";
  static final String UIN_NO_AUTH = "UnauthorizedOperation.UinNoAuth";
  static final String NOT_CUSTOMER_UIN = "UnauthorizedOperation.NotCustomerUin";
  static final String BALANCE_INSUFFICIENT = "FailedOperation.BalanceInsufficient";
  static final String CREDIT_AMOUNT_OUT_OF_RANGE = "InvalidParameterValue.CreditAmountOutOfRange";
  static final String VOUCHER_AMOUNT_OUT_OF_RANGE = "InvalidParameterValue.VoucherAmountOutOfRange";
  static final String SEND_MAIL_LIMIT_180 = "FailedOperation.SendMailLimit180";
  static final String INVALID_PAGE = "InvalidParameter.Page";
  static final String INVALID_MONTH = "InvalidParameterValue.InvalidMonth";

  private Codes() {}
}
