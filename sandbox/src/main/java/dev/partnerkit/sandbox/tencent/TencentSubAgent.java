package dev.partnerkit.sandbox.tencent;

import java.math.BigDecimal;

/**
 * A snapshot of an approved second-level reseller in the Tencent sandbox.
 *
 * @param uin its UIN
 * @param name its name
 * @param email its email address
 * @param mobile its mobile number
 * @param credit the credit pool allocated to it (AllocateCreditPool)
 * @param remainingCredit what remains of that pool
 * @param customerCount how many indirect customers it has
 */
public record TencentSubAgent(
    String uin, String name, String email, String mobile, BigDecimal credit, BigDecimal remainingCredit,
    int customerCount) {}
