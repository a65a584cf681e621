package dev.partnerkit.domain;

import io.vavr.control.Option;

/**
 * A validated request to create a customer's cloud account. The vendors need different data, so there is one
 * variant per vendor; each can only be obtained through its {@code validate} method (or a constructor that applies the
 * same rules), so an instance always satisfies its vendor's rules.
 */
public sealed interface CustomerRegistration permits TencentRegistration, HuaweiRegistration {

  /** The vendor whose rules this registration satisfies. */
  Vendor vendor();

  /** The phone number the account is registered with, if any (the per-phone account quota counts these). */
  Option<PhoneNumber> phone();

  /** The email address the account is registered with, if any. */
  Option<Email> email();

  /**
   * What makes two registrations the same customer for their vendor, as a stable string: the email for Tencent
   * (one account per email), the site, platform and platform user id for Huawei ({@code xaccount_type} and {@code
   * xaccount_id}). Never contains a secret; a retry with a fresh verification code or a new password has the same
   * identity.
   */
  String identity();
}
