package dev.partnerkit.sandbox.tencent;

import java.math.BigDecimal;

/**
 * A snapshot of the partner's credit pool in the Tencent sandbox (what QueryPartnerCredit answers).
 *
 * @param total the partner's total credit
 * @param allocated the credit given to customers and second-level resellers
 * @param remaining what can still be allocated ({@code total - allocated})
 */
public record TencentPartnerCredit(BigDecimal total, BigDecimal allocated, BigDecimal remaining) {}
