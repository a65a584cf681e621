package dev.partnerkit.adapter.huawei;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A second, independent implementation of the server side of SDK-HMAC-SHA256 (spec 11.4's verification recipe),
 * written from the spec and sharing no code with the adapter's signer: it rebuilds the canonical request from what
 * the server actually received.
 */
final class IndependentVerifier {

  private static final Pattern AUTH = Pattern.compile(
      "SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

  private IndependentVerifier() {}

  /** Null when the signature is valid for {@code secretKey}; otherwise why not. */
  static String check(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
      String expectedAccessKey, String secretKey) {
    String authorization = first(headers, "authorization");
    if (authorization == null) {
      return "no Authorization header";
    }
    Matcher m = AUTH.matcher(authorization);
    if (!m.matches()) {
      return "malformed Authorization header";
    }
    if (!m.group(1).equals(expectedAccessKey)) {
      return "unknown access key";
    }
    String date = first(headers, "x-sdk-date");
    if (date == null) {
      return "no X-Sdk-Date";
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    for (String name : m.group(2).split(";")) {
      String value = first(headers, name);
      if (value == null) {
        return "signed header " + name + " was not received";
      }
      canonicalHeaders.append(name).append(':').append(value.trim()).append('\n');
    }
    String canonical = method + "\n" + uri(rawPath) + "\n" + query(rawQuery) + "\n" + canonicalHeaders + "\n"
        + m.group(2) + "\n" + hex(sha256(body));
    String toSign = "SDK-HMAC-SHA256\n" + date + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    String expected = hex(hmac(secretKey, toSign));
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        m.group(3).getBytes(StandardCharsets.UTF_8)) ? null : "signature mismatch";
  }

  static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  private static String uri(String rawPath) {
    if (rawPath.equals("/")) {
      return "/";
    }
    StringBuilder sb = new StringBuilder();
    for (String segment : rawPath.split("/")) {
      sb.append(enc(URLDecoder.decode(segment, StandardCharsets.UTF_8))).append('/');
    }
    return sb.toString();
  }

  private static String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      pairs.add(new String[] {enc(k), enc(v)});
    }
    pairs.sort((a, b) -> a[0].compareTo(b[0])); // stable: values keep their order
    List<String> out = new ArrayList<>();
    for (String[] p : pairs) {
      out.add(p[0] + "=" + p[1]);
    }
    return String.join("&", out);
  }

  /** RFC 3986 unreserved kept, every other UTF-8 byte as %XX (upper-case hex). */
  private static String enc(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
