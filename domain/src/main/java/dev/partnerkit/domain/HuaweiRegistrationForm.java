package dev.partnerkit.domain;

/**
 * The raw, untrusted input of a Huawei registration. Any field may be null. Turn it into a {@link HuaweiRegistration}
 * with {@link HuaweiRegistration#validate}. {@link #toString()} hides the password and the verification code.
 */
public record HuaweiRegistrationForm(
    String xaccountId,
    String xaccountType,
    String accountName,
    String password,
    String mobile,
    String mail,
    String verificationCode,
    String area,
    String indirectResellerId,
    boolean closeMarketingMessages,
    boolean consultingSale) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.xaccountId = xaccountId;
    b.xaccountType = xaccountType;
    b.accountName = accountName;
    b.password = password;
    b.mobile = mobile;
    b.mail = mail;
    b.verificationCode = verificationCode;
    b.area = area;
    b.indirectResellerId = indirectResellerId;
    b.closeMarketingMessages = closeMarketingMessages;
    b.consultingSale = consultingSale;
    return b;
  }

  @Override
  public String toString() {
    return "HuaweiRegistrationForm[xaccountId=" + xaccountId + ", xaccountType=" + xaccountType + ", accountName="
        + accountName + ", password=******, mobile=" + mobile + ", mail=" + mail
        + ", verificationCode=******, area=" + area + ", indirectResellerId=" + indirectResellerId + "]";
  }

  /** Fills a form field by field; unset fields stay null. */
  public static final class Builder {
    private String xaccountId;
    private String xaccountType;
    private String accountName;
    private String password;
    private String mobile;
    private String mail;
    private String verificationCode;
    private String area;
    private String indirectResellerId;
    private boolean closeMarketingMessages;
    private boolean consultingSale;

    private Builder() {}

    /** The partner platform's own, unique id for this user ({@code xaccount_id}). */
    public Builder xaccountId(String v) { xaccountId = v; return this; }

    /** The platform id Huawei assigned to the partner ({@code xaccount_type}). */
    public Builder xaccountType(String v) { xaccountType = v; return this; }

    public Builder accountName(String v) { accountName = v; return this; }

    public Builder password(String v) { password = v; return this; }

    /** China only: a mainland China mobile number. */
    public Builder mobile(String v) { mobile = v; return this; }

    /** International only: the customer's email address. */
    public Builder mail(String v) { mail = v; return this; }

    public Builder verificationCode(String v) { verificationCode = v; return this; }

    /** International only, required there: ISO 3166-1 alpha-2. */
    public Builder area(String v) { area = v; return this; }

    /** The second-level reseller to bind the customer to (a distributor registering for one of its resellers). */
    public Builder indirectResellerId(String v) { indirectResellerId = v; return this; }

    public Builder closeMarketingMessages(boolean v) { closeMarketingMessages = v; return this; }

    /** Huawei Cloud China's consulting sale ({@code cooperation_type=1}) instead of resale, the default. */
    public Builder consultingSale(boolean v) { consultingSale = v; return this; }

    public HuaweiRegistrationForm build() {
      return new HuaweiRegistrationForm(xaccountId, xaccountType, accountName, password, mobile, mail,
          verificationCode, area, indirectResellerId, closeMarketingMessages, consultingSale);
    }
  }
}
