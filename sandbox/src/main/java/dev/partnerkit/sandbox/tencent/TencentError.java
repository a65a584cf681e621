package dev.partnerkit.sandbox.tencent;

/**
 * A refusal to answer with Tencent's error envelope: {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}.
 * Messages never contain secrets.
 */
final class TencentError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  TencentError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }
}
