package dev.partnerkit.sandbox.tencent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code Authorization} header: {@code TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request,
 * SignedHeaders=<a;b>, Signature=<hex>}. {@link #toString()} never shows the signature.
 */
record Tc3Authorization(
    String secretId, String date, String service, List<String> signedHeaders, String signature) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "^TC3-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{4}-\\d{2}-\\d{2})/([^/,\\s]+)/tc3_request\\s*,"
              + "\\s*SignedHeaders=([a-z0-9;_.-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*$");

  /** The header parsed, or empty when it is not a TC3 authorization. */
  static Optional<Tc3Authorization> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(header.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> signed = Arrays.asList(m.group(4).split(";"));
    if (signed.stream().anyMatch(String::isEmpty)
        || !signed.contains("content-type")
        || !signed.contains("host")) {
      return Optional.empty();
    }
    return Optional.of(new Tc3Authorization(m.group(1), m.group(2), m.group(3), signed, m.group(5)));
  }

  /** {@code date/service/tc3_request}. */
  String credentialScope() {
    return date + "/" + service + "/" + Tc3.TERMINATOR;
  }

  @Override
  public String toString() {
    return "Tc3Authorization[secretId=" + secretId + ", scope=" + credentialScope() + ", signedHeaders="
        + String.join(";", signedHeaders) + ", signature=******]";
  }
}
