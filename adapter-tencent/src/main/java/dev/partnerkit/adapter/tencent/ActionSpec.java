package dev.partnerkit.adapter.tencent;

/**
 * One intlpartnersmgt action as the catalog describes it: its published rate limit (requests per second), whether it
 * pages with {@code Page}/{@code PageSize} and the largest {@code PageSize} it documents (0 when it does not page), and
 * whether it changes anything at the vendor (a mutating call whose request may have arrived must be reconciled, not
 * blindly retried).
 */
record ActionSpec(String name, String category, int ratePerSecond, boolean paged, boolean mutating, int maxPageSize) {}
