package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partnerkit.domain.Secret;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code CreateAccount} action: Creates a customer account.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * <p>{@link #toString()} masks {@code Password}, {@code ConfirmPassword}, {@code VerifyCode}.
 *
 * @param accountType {@code AccountType} (required): Account type of a new customer. Valid values: personal, company.
 * @param mail {@code Mail} (required): Registered email address, which should be valid and correct. such as
 *     "account&#64;qq.com"
 * @param password {@code Password} (required): Account password. Length limit: 8-20 characters A password must contain
 *     numbers, letters, and symbols (!&#64;#$%^&amp;*()). Space is not allowed.
 * @param confirmPassword {@code ConfirmPassword} (required): The confirmed password, which must be the same as that
 *     entered in the Password field.
 * @param phoneNum {@code PhoneNum} (required): Customer's mobile number. The caller needs to ensure the validity and
 *     correctness of the mobile number. A global mobile number within a range of 1-32 digits is allowed. The system
 *     will perform binding limit verification of the mobile number you provide, allowing a maximum of 5 accounts per
 *     mobile number.
 * @param countryCode {@code CountryCode} (required): Customer's country/region code, which can be obtained via the
 *     GetCountryCodes API, such as "852". Parameter value is not allowed to be 7,380,86.
 * @param area {@code Area} (required): Customer's ISO2 standard country/region code, which can be obtained via the
 *     GetCountryCodes API. It should correspond to the CountryCode field, such as HK.
 * @param verifyCode {@code VerifyCode} (required): VerifyCode. This parameter is required. Use the SendVerifyCode API
 *     to obtain the verifycode.The SendVerifyCode API sends a 6-digit verifycode to your specified mobile number via
 *     SMS. After receiving it, you need to pass it along with other parameters.
 * @param tradeOne {@code TradeOne} (required): Layer-1 industry id. This is a required item and can be obtained via the
 *     GetTradeConfigList API, such as "kghy_01".
 * @param tradeTwo {@code TradeTwo} (required): Layer-2 industry id. This is a required item and can be obtained via the
 *     GetTradeConfigList API, such as "kghy_0101"
 * @param extended {@code Extended} (optional): Extension field, which is left empty by default.
 * @param customerName {@code CustomerName} (optional): For individual customers, fill in the name. for corporate
 *     customers, fill in the full company name.Constraints: 1. Length: 2~200 characters 2. Customer name cannot be pure
 *     numbers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAccountRequest(
    @JsonProperty("AccountType") String accountType,
    @JsonProperty("Mail") String mail,
    @JsonProperty("Password") String password,
    @JsonProperty("ConfirmPassword") String confirmPassword,
    @JsonProperty("PhoneNum") String phoneNum,
    @JsonProperty("CountryCode") String countryCode,
    @JsonProperty("Area") String area,
    @JsonProperty("VerifyCode") String verifyCode,
    @JsonProperty("TradeOne") String tradeOne,
    @JsonProperty("TradeTwo") String tradeTwo,
    @JsonProperty("Extended") String extended,
    @JsonProperty("CustomerName") String customerName) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateAccountRequest}; every setter returns this builder. */
  public static final class Builder {
    private String accountType;
    private String mail;
    private String password;
    private String confirmPassword;
    private String phoneNum;
    private String countryCode;
    private String area;
    private String verifyCode;
    private String tradeOne;
    private String tradeTwo;
    private String extended;
    private String customerName;

    private Builder() {}

    /** Sets {@code AccountType} (required). */
    public Builder accountType(String accountType) {
      this.accountType = accountType;
      return this;
    }

    /** Sets {@code Mail} (required). */
    public Builder mail(String mail) {
      this.mail = mail;
      return this;
    }

    /** Sets {@code Password} (required). */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Sets {@code Password} from a {@link Secret}, revealed only into the request. */
    public Builder password(Secret password) {
      this.password = password == null ? null : password.reveal();
      return this;
    }

    /** Sets {@code ConfirmPassword} (required). */
    public Builder confirmPassword(String confirmPassword) {
      this.confirmPassword = confirmPassword;
      return this;
    }

    /** Sets {@code ConfirmPassword} from a {@link Secret}, revealed only into the request. */
    public Builder confirmPassword(Secret confirmPassword) {
      this.confirmPassword = confirmPassword == null ? null : confirmPassword.reveal();
      return this;
    }

    /** Sets {@code PhoneNum} (required). */
    public Builder phoneNum(String phoneNum) {
      this.phoneNum = phoneNum;
      return this;
    }

    /** Sets {@code CountryCode} (required). */
    public Builder countryCode(String countryCode) {
      this.countryCode = countryCode;
      return this;
    }

    /** Sets {@code Area} (required). */
    public Builder area(String area) {
      this.area = area;
      return this;
    }

    /** Sets {@code VerifyCode} (required). */
    public Builder verifyCode(String verifyCode) {
      this.verifyCode = verifyCode;
      return this;
    }

    /** Sets {@code VerifyCode} from a {@link Secret}, revealed only into the request. */
    public Builder verifyCode(Secret verifyCode) {
      this.verifyCode = verifyCode == null ? null : verifyCode.reveal();
      return this;
    }

    /** Sets {@code TradeOne} (required). */
    public Builder tradeOne(String tradeOne) {
      this.tradeOne = tradeOne;
      return this;
    }

    /** Sets {@code TradeTwo} (required). */
    public Builder tradeTwo(String tradeTwo) {
      this.tradeTwo = tradeTwo;
      return this;
    }

    /** Sets {@code Extended} (optional). */
    public Builder extended(String extended) {
      this.extended = extended;
      return this;
    }

    /** Sets {@code CustomerName} (optional). */
    public Builder customerName(String customerName) {
      this.customerName = customerName;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public CreateAccountRequest build() {
      List<String> missing = new ArrayList<>();
      if (accountType == null) missing.add("AccountType");
      if (mail == null) missing.add("Mail");
      if (password == null) missing.add("Password");
      if (confirmPassword == null) missing.add("ConfirmPassword");
      if (phoneNum == null) missing.add("PhoneNum");
      if (countryCode == null) missing.add("CountryCode");
      if (area == null) missing.add("Area");
      if (verifyCode == null) missing.add("VerifyCode");
      if (tradeOne == null) missing.add("TradeOne");
      if (tradeTwo == null) missing.add("TradeTwo");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("CreateAccountRequest: missing required parameter(s) " + missing);
      }
      return new CreateAccountRequest(
          accountType, mail, password, confirmPassword, phoneNum, countryCode, area, verifyCode, tradeOne, tradeTwo,
          extended, customerName);
    }
  }

  /** Shows every field except {@code Password}, {@code ConfirmPassword}, {@code VerifyCode}, which are masked. */
  @Override
  public String toString() {
    return "CreateAccountRequest["
        + "accountType=" + accountType + ", "
        + "mail=" + mail + ", "
        + "password=" + WireValues.mask(password) + ", "
        + "confirmPassword=" + WireValues.mask(confirmPassword) + ", "
        + "phoneNum=" + phoneNum + ", "
        + "countryCode=" + countryCode + ", "
        + "area=" + area + ", "
        + "verifyCode=" + WireValues.mask(verifyCode) + ", "
        + "tradeOne=" + tradeOne + ", "
        + "tradeTwo=" + tradeTwo + ", "
        + "extended=" + extended + ", "
        + "customerName=" + customerName
        + "]";
  }
}
