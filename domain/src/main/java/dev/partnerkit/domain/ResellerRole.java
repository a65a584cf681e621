package dev.partnerkit.domain;

/** A partner's place in the reseller hierarchy. */
public enum ResellerRole {
  /** Sells directly to its own customers. */
  RESELLER,
  /** A first-level distributor: has second-level resellers below it and decides their applications. */
  DISTRIBUTOR,
  /** A reseller below a distributor. */
  SECOND_LEVEL_RESELLER;

  /** Whether this role may approve or reject second-level reseller applications. */
  public boolean decidesApplications() {
    return this == DISTRIBUTOR;
  }
}
