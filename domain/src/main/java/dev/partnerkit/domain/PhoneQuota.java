package dev.partnerkit.domain;

import io.vavr.control.Either;

/**
 * The per-phone account quota: a phone number may hold at most {@link #limit()} accounts (Tencent: 5). A policy over
 * the accounts that already exist, so it is a business refusal rather than an input violation.
 */
public record PhoneQuota(int limit) {

  /** Tencent's quota: at most 5 accounts per phone number. */
  public static final PhoneQuota TENCENT = new PhoneQuota(5);

  public PhoneQuota {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }

  /** Allows one more account on {@code phone}, which already has {@code existingAccounts}, or says why not. */
  public Either<Rejection, PhoneNumber> allowOneMore(PhoneNumber phone, int existingAccounts) {
    return existingAccounts < limit
        ? Either.right(phone)
        : Either.left(
            Rejection.of(
                RejectionCode.PHONE_QUOTA_EXCEEDED,
                "phone number "
                    + phone
                    + " already has "
                    + existingAccounts
                    + " accounts; at most "
                    + limit
                    + " are allowed"));
  }
}
