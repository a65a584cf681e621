package dev.partnerkit.ports;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * What the vendor said, for logs and support tickets: never for branching (branch on the {@link GatewayFailure}
 * type). {@code source} names who answered ({@code "tencent"}, {@code "huawei"}, {@code "in-memory"}); {@code code}
 * is the vendor's own error code (e.g. {@code FailedOperation.PhoneBindUpper}, {@code CBC.99000050}) or a transport
 * condition (e.g. {@code transport.timeout}); {@code requestId} is the vendor's request id whenever one was returned.
 *
 * <p>A trace never contains a secret: messages are the vendor's error texts, never request bodies or headers.
 */
public record VendorTrace(
    String source, String code, String message, Option<Integer> httpStatus, Option<String> requestId) {

  public VendorTrace {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(httpStatus, "httpStatus");
    Objects.requireNonNull(requestId, "requestId");
  }

  /** A trace for a failure found before anything was sent (no status, no request id). */
  public static VendorTrace local(String source, String code, String message) {
    return new VendorTrace(source, code, message, Option.none(), Option.none());
  }

  @Override
  public String toString() {
    return source
        + " "
        + code
        + httpStatus.map(s -> " (HTTP " + s + ")").getOrElse("")
        + requestId.map(r -> " requestId=" + r).getOrElse("")
        + ": "
        + message;
  }
}
