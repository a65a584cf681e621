package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.adapter.support.VendorRequestIds;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;

/**
 * Reads an intlpartnersmgt answer: {@code {"Response": {...}}}. A {@code Response.Error} (sent with HTTP 200) is a
 * vendor failure classified by the error table ({@code error-kinds.tsv}); a non-200 status without such an error is
 * an HTTP failure; a body that is not the envelope, or does not fit the response record, is {@link
 * FailureKind#UNEXPECTED}.
 */
final class EnvelopeReader {

  private EnvelopeReader() {}

  /** The response record, or why there is none. */
  static <R> Either<TencentCallFailure, R> read(IntlPartnersAction action, int status, byte[] body, Class<R> type) {
    JsonNode response = parseResponse(body);
    JsonNode error = response == null ? null : response.get("Error");
    if (response != null) {
      VendorRequestIds.note(text(response.get("RequestId"), null));
    }
    if (error != null && error.isObject()) {
      return Either.left(
          TencentCallFailure.vendorError(
              action.wireName(),
              text(error.get("Code"), "(no code)"),
              text(error.get("Message"), ""),
              status,
              text(response.get("RequestId"), null)));
    }
    if (status != 200) {
      return Either.left(httpFailure(action, status));
    }
    if (response == null || !response.isObject()) {
      return Either.left(malformed(action, status, "the body is not a {\"Response\": {...}} envelope"));
    }
    try {
      return Either.right(WireJson.MAPPER.treeToValue(response, type));
    } catch (IOException | IllegalArgumentException e) {
      return Either.left(
          malformed(action, status, "the Response does not fit " + type.getSimpleName() + ": " + firstLine(e)));
    }
  }

  private static TencentCallFailure httpFailure(IntlPartnersAction action, int status) {
    String message = "HTTP status " + status + " without a Tencent error envelope";
    if (status == 429) {
      return TencentCallFailure.local(
          action.wireName(), FailureKind.RATE_LIMITED, "http.429", message, Option.some(status), false);
    }
    if (status >= 500) {
      // a gateway may have forwarded the request before failing: the outcome is unknown
      return TencentCallFailure.local(
          action.wireName(),
          action.mutating() ? FailureKind.OUTCOME_UNKNOWN : FailureKind.UNAVAILABLE,
          "http." + status,
          message,
          Option.some(status),
          true);
    }
    return TencentCallFailure.local(
        action.wireName(), FailureKind.UNEXPECTED, "http." + status, message, Option.some(status), false);
  }

  private static TencentCallFailure malformed(IntlPartnersAction action, int status, String why) {
    // the vendor answered 200, so it handled the request; we cannot tell how
    return TencentCallFailure.local(
        action.wireName(), FailureKind.UNEXPECTED, "response.malformed", why, Option.some(status), true);
  }

  private static JsonNode parseResponse(byte[] body) {
    try {
      JsonNode root = WireJson.MAPPER.readTree(body);
      return root == null ? null : root.get("Response");
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String orElse) {
    return node == null || node.isNull() ? orElse : node.asText();
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
