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
  /** The partner already has as many bound accounts as the vendor allows. */
  BIND_LIMIT_REACHED("binding.limit_reached"),
  /** The account is not a company (enterprise) account, which the operation requires. */
  ACCOUNT_NOT_A_COMPANY("account.not_a_company"),
  /** The account belongs to an organization (a group account), which cannot be bound. */
  ACCOUNT_IN_ORGANIZATION("account.in_organization"),
  /** The account's balance is zero or below. */
  ACCOUNT_BALANCE_NOT_POSITIVE("account.balance_not_positive"),
  /** The account has bought a savings plan, which keeps it from being bound. */
  ACCOUNT_HAS_SAVINGS_PLAN("account.has_savings_plan"),
  /** The account created or joined a shared unit, which keeps it from being bound. */
  ACCOUNT_IN_SHARE_UNIT("account.in_share_unit"),
  /** The account is a key account of the vendor, which cannot be bound to a partner. */
  ACCOUNT_IS_KEY_ACCOUNT("account.key_account"),
  /** The account is a sub-account (sub-user), not a root account. */
  ACCOUNT_IS_SUB_ACCOUNT("account.sub_account"),
  /** The account is already a customer or reseller of a partner, or has applied to be one. */
  ACCOUNT_ALREADY_BOUND("account.already_bound"),
  /** The account's identity (real-name) verification is still being reviewed: wait for it. */
  IDENTITY_VERIFICATION_PENDING("identity.verification_pending"),
  /** The account's identity (real-name) verification is missing, was rejected or is of the wrong type. */
  IDENTITY_NOT_VERIFIED("identity.not_verified"),
  /** The partner (or its distributor) is restricted or delisted by the vendor. */
  PARTNER_RESTRICTED("partner.restricted"),
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
