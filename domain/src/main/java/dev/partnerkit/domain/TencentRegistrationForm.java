package dev.partnerkit.domain;

/**
 * The raw, untrusted input of a Tencent registration, field by field as a person or a file gives it. Any field may
 * be null. Turn it into a {@link TencentRegistration} with {@link TencentRegistration#validate}. {@link #toString()}
 * hides the password, its confirmation and the verification code.
 */
public record TencentRegistrationForm(
    String accountType,
    String mail,
    String password,
    String confirmPassword,
    String phoneNumber,
    String callingCode,
    String area,
    String verificationCode,
    String tradeCategoryFirstLevel,
    String tradeCategorySecondLevel,
    String customerName,
    String extended) {

  /** Field names used in violations. */
  public static final String PASSWORD = "password";

  public static final String CONFIRM_PASSWORD = "confirmPassword";

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.accountType = accountType;
    b.mail = mail;
    b.password = password;
    b.confirmPassword = confirmPassword;
    b.phoneNumber = phoneNumber;
    b.callingCode = callingCode;
    b.area = area;
    b.verificationCode = verificationCode;
    b.tradeCategoryFirstLevel = tradeCategoryFirstLevel;
    b.tradeCategorySecondLevel = tradeCategorySecondLevel;
    b.customerName = customerName;
    b.extended = extended;
    return b;
  }

  @Override
  public String toString() {
    return "TencentRegistrationForm[accountType=" + accountType + ", mail=" + mail
        + ", password=******, confirmPassword=******, phoneNumber=" + phoneNumber
        + ", callingCode=" + callingCode + ", area=" + area + ", verificationCode=******, tradeCategory="
        + tradeCategoryFirstLevel + "/" + tradeCategorySecondLevel + ", customerName=" + customerName + "]";
  }

  /** Fills a form field by field; unset fields stay null. */
  public static final class Builder {
    private String accountType;
    private String mail;
    private String password;
    private String confirmPassword;
    private String phoneNumber;
    private String callingCode;
    private String area;
    private String verificationCode;
    private String tradeCategoryFirstLevel;
    private String tradeCategorySecondLevel;
    private String customerName;
    private String extended;

    private Builder() {}

    /** {@code personal} or {@code company}. */
    public Builder accountType(String v) { accountType = v; return this; }

    public Builder mail(String v) { mail = v; return this; }

    public Builder password(String v) { password = v; return this; }

    public Builder confirmPassword(String v) { confirmPassword = v; return this; }

    /** Digits without the calling code. */
    public Builder phoneNumber(String v) { phoneNumber = v; return this; }

    /** Such as {@code 852} or {@code +852}. */
    public Builder callingCode(String v) { callingCode = v; return this; }

    /** ISO 3166-1 alpha-2, such as {@code HK}. */
    public Builder area(String v) { area = v; return this; }

    public Builder verificationCode(String v) { verificationCode = v; return this; }

    /** First-level and second-level industry ids, such as {@code kghy_01} and {@code kghy_0101}. */
    public Builder tradeCategory(String firstLevel, String secondLevel) {
      tradeCategoryFirstLevel = firstLevel;
      tradeCategorySecondLevel = secondLevel;
      return this;
    }

    public Builder customerName(String v) { customerName = v; return this; }

    /** Tencent's free-form {@code Extended} field. */
    public Builder extended(String v) { extended = v; return this; }

    public TencentRegistrationForm build() {
      return new TencentRegistrationForm(accountType, mail, password, confirmPassword, phoneNumber, callingCode,
          area, verificationCode, tradeCategoryFirstLevel, tradeCategorySecondLevel, customerName, extended);
    }
  }
}
