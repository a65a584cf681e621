package dev.partnerkit.adapter.support;

/**
 * One entry of a vendor's generated operation catalog ({@code IntlPartnersAction}, {@code BssOperation}), as the call
 * pipeline ({@link GuardedCall}) needs it: the name on the wire, the rate to pace it at, and whether a repeat is
 * harmless. Both catalogs' enum constants implement it, so that the pipeline, rate-limit overrides and listeners take
 * the entry, never an operation name typed as a string.
 */
public interface VendorOperation {

  /**
   * The operation's name on the wire and in the vendor's documentation.
   *
   * @return e.g. {@code CreateAccount}, {@code CreateSubCustomer}
   */
  String wireName();

  /**
   * The rate a client paces the operation at unless told otherwise: the vendor's published limit, or its documented
   * common limit when it publishes none for the operation.
   *
   * @return requests per second, at least 1
   */
  int ratePerSecond();

  /**
   * Read, idempotent write or non-idempotent write.
   *
   * @return the idempotency class
   */
  OperationClass operationClass();

  /**
   * Whether a repeat after an attempt that may have been applied is harmless: reads and idempotent writes are; a
   * non-idempotent write is never repeated blindly.
   *
   * @return the retry class of the operation
   */
  default Idempotency idempotency() {
    return operationClass() == OperationClass.NON_IDEMPOTENT_WRITE ? Idempotency.NOT_IDEMPOTENT : Idempotency.IDEMPOTENT;
  }
}
