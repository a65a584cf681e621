package dev.partnerkit.adapter.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.partnerkit.adapter.support.VendorRequestIds;
import dev.partnerkit.adapter.support.WireJson;
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
    // two streaming passes instead of a tree and a walk over it: what the envelope says (request id, error), then the
    // record bound straight from the bytes of the Response object
    Envelope envelope = Envelope.scan(body);
    if (envelope.hasResponse()) {
      VendorRequestIds.note(envelope.requestId());
    }
    if (envelope.error()) {
      return Either.left(
          TencentCallFailure.vendorError(
              action.wireName(),
              envelope.code() == null ? "(no code)" : envelope.code(),
              envelope.message() == null ? "" : envelope.message(),
              status,
              envelope.requestId()));
    }
    if (status != 200) {
      return Either.left(httpFailure(action, status));
    }
    if (!envelope.responseIsObject()) {
      return Either.left(malformed(action, status, "the body is not a {\"Response\": {...}} envelope"));
    }
    try (JsonParser parser = WireJson.MAPPER.createParser(body)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean response = parser.currentName().equals("Response");
        parser.nextToken();
        if (response) {
          return Either.right(WireJson.readerFor(type).readValue(parser));
        }
        parser.skipChildren();
      }
      throw new IOException("no Response on the second pass");
    } catch (IOException | IllegalArgumentException e) {
      return Either.left(
          malformed(action, status, "the Response does not fit " + type.getSimpleName() + ": " + firstLine(e)));
    }
  }

  /**
   * What an answer's envelope says, from one streaming pass over it: whether it has a {@code Response} and whether
   * that is an object, its {@code RequestId}, and whether it carries an {@code Error} object with its {@code Code} and
   * {@code Message}. A body that is not JSON, has anything after the document, or is not an object has no Response.
   */
  record Envelope(boolean hasResponse, boolean responseIsObject, String requestId, boolean error, String code,
      String message) {

    private static final Envelope NONE = new Envelope(false, false, null, false, null, null);

    static Envelope scan(byte[] body) {
      try (JsonParser parser = WireJson.MAPPER.createParser(body)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return NONE;
        }
        Envelope found = NONE;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          boolean response = parser.currentName().equals("Response");
          JsonToken value = parser.nextToken();
          if (response) {
            found = value == JsonToken.START_OBJECT ? response(parser) : new Envelope(true, false, null, false, null, null);
          } else {
            parser.skipChildren();
          }
        }
        return parser.nextToken() == null ? found : NONE; // anything after the document: not an envelope
      } catch (IOException e) {
        return NONE;
      }
    }

    private static Envelope response(JsonParser parser) throws IOException {
      String requestId = null;
      boolean error = false;
      String code = null;
      String message = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("RequestId")) {
          requestId = text(parser, value);
        } else if (name.equals("Error") && value == JsonToken.START_OBJECT) {
          error = true;
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken fieldValue = parser.nextToken();
            if (field.equals("Code")) {
              code = text(parser, fieldValue);
            } else if (field.equals("Message")) {
              message = text(parser, fieldValue);
            } else {
              parser.skipChildren();
            }
          }
          continue;
        }
        parser.skipChildren();
      }
      return new Envelope(true, true, requestId, error, code, message);
    }

    /** A value as text (null for JSON null, empty for an object or array, which is skipped). */
    private static String text(JsonParser parser, JsonToken value) throws IOException {
      if (value == JsonToken.VALUE_NULL) {
        return null;
      }
      if (value.isStructStart()) {
        parser.skipChildren();
        return "";
      }
      return parser.getText();
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

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
