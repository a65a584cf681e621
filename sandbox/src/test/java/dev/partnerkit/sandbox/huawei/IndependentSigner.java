package dev.partnerkit.sandbox.huawei;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client-side SDK-HMAC-SHA256 signer written for the tests from spec section 11.2, independently of the front
 * door's verifier (it shares no code with it), to sign requests the way Huawei's SDKs do.
 */
final class IndependentSigner {
  private IndependentSigner() {}

  /**
   * The {@code Authorization} value for a request.
   *
   * @param uri the full request URI, query already encoded as sent
   * @param headers the headers to sign (any case), {@code Host} and {@code X-Sdk-Date} included
   */
  static String authorization(String ak, String sk, String method, URI uri, Map<String, String> headers, byte[] body) {
    SortedMap<String, String> signed = new TreeMap<>();
    headers.forEach((k, v) -> {
      String name = k.toLowerCase();
      if (!name.equals("content-type") && !name.contains("_")) {
        signed.put(name, v.trim());
      }
    });
    StringBuilder canonicalHeaders = new StringBuilder();
    signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
    String signedHeaders = String.join(";", signed.keySet());
    String canonical = method + "\n" + canonicalUri(uri.getPath()) + "\n" + canonicalQuery(uri.getRawQuery()) + "\n"
        + canonicalHeaders + "\n" + signedHeaders + "\n" + hex(sha256(body));
    String stringToSign = "SDK-HMAC-SHA256\n" + signed.get("x-sdk-date") + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    return "SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=" + signedHeaders + ", Signature=" + hex(hmac(sk, stringToSign));
  }

  private static String canonicalUri(String path) {
    StringBuilder sb = new StringBuilder();
    for (String segment : path.split("/")) {
      sb.append(encode(segment)).append('/');
    }
    String out = sb.toString();
    return out.isEmpty() ? "/" : out;
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String p : rawQuery.split("&")) {
      int eq = p.indexOf('=');
      String k = decode(eq < 0 ? p : p.substring(0, eq));
      String v = eq < 0 ? "" : decode(p.substring(eq + 1));
      pairs.add(new String[] {encode(k), encode(v)});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> joined = new ArrayList<>();
    pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
    return String.join("&", joined);
  }

  static String encode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append(String.format("%%%02X", c));
      }
    }
    return sb.toString();
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
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

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x));
    }
    return sb.toString();
  }
}
