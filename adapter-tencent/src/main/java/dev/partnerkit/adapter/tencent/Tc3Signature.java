package dev.partnerkit.adapter.tencent;

/**
 * One TC3 signature and how it was reached. {@code timestamp} is the value to send as {@code X-TC-Timestamp};
 * {@code authorization} is the {@code Authorization} header value. {@link #toString()} shows neither the signature
 * nor the header.
 */
record Tc3Signature(
    long timestamp, String canonicalRequest, String stringToSign, String signature, String authorization) {

  @Override
  public String toString() {
    return "Tc3Signature[timestamp=" + timestamp + ", authorization=******]";
  }
}
