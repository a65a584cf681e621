package dev.partnerkit.domain;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer account as the vendor reports it. Contact details are kept as the vendor returns them (often masked,
 * e.g. {@code 188****8888}), so they are plain text rather than validated values.
 *
 * @param id the vendor's id (Tencent UIN, Huawei {@code domain_id})
 * @param vendor the vendor that holds the account
 * @param accountName the login name, where the vendor has one (Huawei {@code domain_name})
 * @param name the person's or company's name, if known
 * @param email the email address as reported, if any
 * @param phone the phone number as reported, if any
 * @param association whether the account is already bound to the partner
 * @param createdAt when the account was created or bound, if the vendor says
 */
public record Customer(
    CustomerId id,
    Vendor vendor,
    Option<String> accountName,
    Option<String> name,
    Option<String> email,
    Option<String> phone,
    Association association,
    Option<Instant> createdAt) {

  /** Whether the customer is bound to the partner yet (Huawei binds asynchronously). */
  public enum Association {
    /** Bound to the partner: visible in the partner's customer list. */
    BOUND,
    /** The account exists but its association with the partner has not completed yet. */
    PENDING
  }

  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(association, "association");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
