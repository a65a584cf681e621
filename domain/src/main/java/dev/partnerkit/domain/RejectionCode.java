package dev.partnerkit.domain;

/** The stable codes of business refusals. The {@link #code()} strings never change meaning. */
public enum RejectionCode {
  /** The phone number already has the maximum number of accounts (Tencent: 5). */
  PHONE_QUOTA_EXCEEDED("phone.quota_exceeded"),
  /** The email address already has an account. */
  EMAIL_ALREADY_REGISTERED("email.already_registered"),
  /** The verification code is wrong, expired or was never sent to that phone or email. */
  VERIFICATION_CODE_INVALID("verification_code.invalid"),
  /** The trade category pair is not in the vendor's catalog. */
  TRADE_CATEGORY_UNKNOWN("trade_category.unknown"),
  /** The vendor does not accept registrations from this area. */
  AREA_NOT_SUPPORTED("area.not_supported"),
  /** The application was already approved or rejected: only a pending application can be decided. */
  APPLICATION_ALREADY_DECIDED("application.already_decided"),
  /** Only a distributor may decide second-level reseller applications. */
  NOT_A_DISTRIBUTOR("reseller.not_a_distributor"),
  /** The partner's credit (or a sub-reseller's credit pool) does not cover the amount. */
  INSUFFICIENT_CREDIT("credit.insufficient"),
  /** The partner has no permission on that customer or reseller. */
  NOT_PERMITTED("permission.denied"),
  /** Any other refusal the vendor gives for a well-formed request; the trace tells which. */
  REFUSED_BY_VENDOR("vendor.refused");

  private final String code;

  RejectionCode(String code) {
    this.code = code;
  }

  /** The stable string form, e.g. {@code "phone.quota_exceeded"}. */
  public String code() {
    return code;
  }
}
