package dev.partnerkit.sandbox.tencent;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A snapshot of one customer account bound to the partner in the Tencent sandbox, for tests to assert on.
 *
 * @param uin the 12-digit UIN, as CreateAccount returns it
 * @param mail the registered email address
 * @param countryCode the calling code, digits only (e.g. {@code 852})
 * @param phone the phone number, without the calling code
 * @param area the ISO 3166-1 alpha-2 area
 * @param accountType {@code personal} or {@code company} (empty for an approved application)
 * @param name the customer name (may be empty)
 * @param remark the partner's remark (ModifyClientRemark)
 * @param totalCredit the credit allocated to the customer
 * @param remainingCredit the credit the customer still has
 * @param forcedSuspension whether ForceQN set forced service suspension
 * @param identityVerified what QueryAccountVerificationStatus answers
 * @param bindTime when the account was bound to the partner (sandbox clock)
 */
public record TencentCustomer(
    String uin,
    String mail,
    String countryCode,
    String phone,
    String area,
    String accountType,
    String name,
    String remark,
    BigDecimal totalCredit,
    BigDecimal remainingCredit,
    boolean forcedSuspension,
    boolean identityVerified,
    Instant bindTime) {}
