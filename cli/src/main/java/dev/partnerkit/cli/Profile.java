package dev.partnerkit.cli;

import java.util.Optional;

/**
 * One named way to reach a vendor, from the config file: the vendor, the Huawei site, the endpoint, and the names of
 * the environment variables that hold the credentials (never the credentials themselves).
 *
 * @param idVariable Tencent SecretId / Huawei AK variable
 * @param keyVariable Tencent SecretKey / Huawei SK variable
 * @param extraVariable Tencent session token / Huawei domain id variable, optional
 * @param pageSize items per page when listing (1 to 100), if not the gateway's default
 * @param postgresVariable the variable holding the JDBC URL (with credentials) of a PostgreSQL database that keeps
 *     the profile's journal and rate-limit buckets, shared by every machine using it; optional
 */
record Profile(
    String name,
    VendorKind vendor,
    Optional<dev.partnerkit.domain.HuaweiSite> site,
    Optional<String> endpoint,
    String idVariable,
    String keyVariable,
    Optional<String> extraVariable,
    boolean allowInsecureHttp,
    Optional<Integer> pageSize,
    Optional<String> postgresVariable) {

  /** The vendors a profile can name. */
  enum VendorKind {
    TENCENT,
    HUAWEI
  }

  /** The same profile with another endpoint (the {@code --endpoint} flag or {@code PARTNERKIT_ENDPOINT}). */
  Profile withEndpoint(String newEndpoint) {
    return new Profile(name, vendor, site, Optional.of(newEndpoint), idVariable, keyVariable, extraVariable,
        allowInsecureHttp, pageSize, postgresVariable);
  }

  /** For messages: the vendor and site. */
  String vendorLabel() {
    return vendor == VendorKind.TENCENT ? "Tencent" : "Huawei " + site.map(Enum::name).orElse("?");
  }
}
