package dev.partnerkit.adapter.inmemory;

/** The calls of the in-memory gateway, to aim a {@link Fault} at one of them. */
public enum Operation {
  PARTNER,
  SEND_VERIFICATION_CODE,
  CREATE_CUSTOMER,
  FIND_CUSTOMER,
  LIST_CUSTOMERS,
  TRADE_CATEGORIES,
  COUNTRY_CODES,
  PENDING_APPLICATIONS,
  APPROVE,
  REJECT,
  PARTNER_CREDIT,
  CUSTOMER_CREDIT,
  ALLOCATE_CREDIT,
  BILL_SUMMARY,
  BILL_LINES,
  VOUCHERS,
  SUB_RESELLERS,
  INDIRECT_CUSTOMERS,
  ALLOCATE_CREDIT_POOL,
  SUSPEND,
  RESUME,
  BUDGET,
  SET_BUDGET;

  /** Whether the call changes state (its faults may apply the write before failing). */
  public boolean isWrite() {
    return this == SEND_VERIFICATION_CODE
        || this == CREATE_CUSTOMER
        || this == APPROVE
        || this == REJECT
        || this == ALLOCATE_CREDIT
        || this == ALLOCATE_CREDIT_POOL
        || this == SUSPEND
        || this == RESUME
        || this == SET_BUDGET;
  }
}
