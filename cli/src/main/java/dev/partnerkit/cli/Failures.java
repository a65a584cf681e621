package dev.partnerkit.cli;

import dev.partnerkit.ports.GatewayFailure;
import io.vavr.control.Either;

/** What a {@link GatewayFailure} means to the operator: an exit code and a one-line explanation. */
final class Failures {

  private Failures() {}

  /**
   * The exit code of a single command that failed this way: the vendor or the network (3), the input (2), or a
   * business answer such as a refusal, a missing or existing thing (1).
   */
  static int exitCode(GatewayFailure failure) {
    switch (failure.kind()) {
      case INVALID_REQUEST:
        return ExitCodes.BAD_USAGE;
      case REJECTED:
      case NOT_FOUND:
      case CONFLICT:
      case OUTCOME_UNKNOWN:
        return ExitCodes.SOME_FAILED;
      case UNAUTHORIZED:
      case UNAVAILABLE:
      case RATE_LIMITED:
      case UNEXPECTED:
      default:
        return ExitCodes.VENDOR_FAILURE;
    }
  }

  /** The failure as an exception that ends the command with its exit code and message. */
  static CliException toException(GatewayFailure failure, String context) {
    return new CliException(exitCode(failure), describe(failure, context));
  }

  /** A sentence for the operator: what failed, why, and the vendor's code and request id when there are. */
  static String describe(GatewayFailure failure, String context) {
    String why;
    switch (failure.kind()) {
      case UNAUTHORIZED:
        why = "the vendor refused the credentials (check the profile's credential variables): " + failure.message();
        break;
      case UNAVAILABLE:
        why = "the vendor is unreachable or unavailable (check the endpoint and the network): " + failure.message();
        break;
      default:
        why = failure.message();
    }
    return context + ": " + why + trace(failure);
  }

  /** The vendor's code and request id, for a support ticket. */
  static String trace(GatewayFailure failure) {
    return " [" + failure.trace().source() + " " + failure.trace().code()
        + failure.trace().requestId().map(id -> ", request " + id).getOrElse("") + "]";
  }

  /** The result, or the command ends with the failure's exit code and message. */
  static <T> T orFail(Either<GatewayFailure, T> result, String context) {
    if (result.isLeft()) {
      throw toException(result.getLeft(), context);
    }
    return result.get();
  }
}
