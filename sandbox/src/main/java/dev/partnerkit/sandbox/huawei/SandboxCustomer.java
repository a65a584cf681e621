package dev.partnerkit.sandbox.huawei;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A read-only snapshot of a customer account held by the front door, for test assertions.
 *
 * @param customerId the {@code domain_id} (32 hex)
 * @param accountName the {@code domain_name}
 * @param xaccountId the partner platform's user id
 * @param xaccountType the partner platform id
 * @param mobile China: the registered mobile number
 * @param email International: the registered email address
 * @param associatedOn when the association with the partner completed; empty while it lags
 * @param frozen whether the account is frozen (International freeze/unfreeze)
 * @param balance the customer's cash balance (China funds transfers), CNY
 * @param indirectPartnerId the cloud reseller the customer is bound to, if any
 */
public record SandboxCustomer(
    String customerId,
    String accountName,
    String xaccountId,
    String xaccountType,
    Optional<String> mobile,
    Optional<String> email,
    Optional<Instant> associatedOn,
    boolean frozen,
    BigDecimal balance,
    Optional<String> indirectPartnerId) {}
