package dev.partnerkit.adapter.huawei;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as Huawei's signer does it (RFC 3986 style): unreserved characters {@code A-Z a-z 0-9 - _ . ~}
 * stay, everything else becomes {@code %XX} of its UTF-8 bytes (so space is {@code %20}, {@code *} is {@code %2A},
 * {@code /} is {@code %2F}).
 */
final class Rfc3986 {

  private Rfc3986() {}

  /** Encodes one path segment, query key or query value. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
