package dev.partnerkit.sandbox.huawei;

/**
 * What one operation does once the call is authenticated and admitted. Runs while holding the book's monitor; throws
 * {@link HuaweiError} for Huawei's error answers.
 */
@FunctionalInterface
interface OperationHandler {
  WireResponse handle(WireRequest request, PartnerBook book);
}
