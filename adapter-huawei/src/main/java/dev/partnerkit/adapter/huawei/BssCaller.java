package dev.partnerkit.adapter.huawei;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.support.HttpExchange;
import dev.partnerkit.adapter.support.SecretJson;
import dev.partnerkit.adapter.support.VendorRequestIds;
import dev.partnerkit.adapter.support.WireJson;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of one BSS operation: checks the site, serializes the request (JSON body, or query string for
 * {@code GET}), authenticates it afresh (signature or token), sends it, and reads the typed answer or classifies the
 * failure. No retries and no rate limiting here: the typed client runs every attempt through its pipeline ({@code
 * GuardedCall}).
 */
final class BssCaller implements OperationCaller {

  private static final Logger LOG = LoggerFactory.getLogger(BssCaller.class);
  private static final String CONTENT_TYPE = "application/json;charset=UTF-8";
  private static final String SUCCESS_CODE = "CBC.0000";
  private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
  /** Headers whose values are credentials: never logged, never shown. */
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-auth-token", "x-subject-token");
  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

  private final HuaweiConfig config;
  private final HttpExchange http;
  private final RequestAuthenticator authenticator;

  BssCaller(HuaweiConfig config) {
    this.config = config;
    this.http = new HttpExchange(config.poolSettings(), config.callTimeout(), MAX_BODY_BYTES, SECRET_HEADERS);
    this.authenticator = RequestAuthenticator.forConfig(config, http);
  }

  /** Calls {@code operation} once with {@code request} (null for operations without parameters). */
  @Override
  public <T> Either<HuaweiCallFailure, T> call(BssOperation operation, Object request, Class<T> responseType) {
    String name = operation.wireName();
    if (!operation.isOfferedOn(config.site())) {
      return Either.left(Failures.local(name, FailureKind.INVALID_REQUEST, "partnerkit.not_on_site",
          name + " is not offered on the " + config.site() + " site (only " + operation.sites() + ")"));
    }
    List<QueryParameter> query;
    byte[] body;
    List<String> secrets;
    try {
      query = operation.usesQueryString() ? queryOf(request) : List.of();
      SecretJson.Body written = operation.usesQueryString() ? new SecretJson.Body(new byte[0], List.of())
          : SecretJson.write(WireJson.MAPPER, request == null ? Map.of() : request);
      body = written.bytes();
      secrets = written.secrets();
    } catch (JsonProcessingException e) {
      return Either.left(Failures.local(name, FailureKind.UNEXPECTED, "partnerkit.serialization",
          "cannot serialize the " + name + " request"));
    }
    URI uri = URI.create(config.endpoint() + operation.path() + queryString(query));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("User-Agent", config.userAgent());
    if (operation.acceptsLanguage()) {
      config.language().forEach(language -> headers.put("X-Language", language));
    }
    SigningRequest unsigned = new SigningRequest(
        operation.httpMethod(), uri.getRawAuthority(), operation.path(), query, headers, body);
    Either<HuaweiCallFailure, Map<String, String>> auth = authenticator.authenticate(unsigned);
    if (auth.isLeft()) {
      return Either.left(auth.getLeft());
    }
    headers.putAll(auth.get());
    return http.send(operation.httpMethod(), uri, headers, operation.usesQueryString() ? null : body)
        .mapLeft(f -> Failures.fromTransport(name, operation.mutates(), f))
        .flatMap(answer -> read(operation, answer, responseType))
        .mapLeft(failure -> failure.scrubbed(secrets)); // a vendor message may echo a password or a code
  }

  private <T> Either<HuaweiCallFailure, T> read(
      BssOperation operation, HttpExchange.Answer answer, Class<T> responseType) {
    String requestId = answer.header(Failures.REQUEST_ID).getOrElse("-");
    answer.header(Failures.REQUEST_ID).forEach(VendorRequestIds::note);
    if (!answer.isSuccess()) {
      HuaweiCallFailure failure = Failures.fromAnswer(operation.wireName(), operation.mutates(), answer);
      LOG.debug("{} -> HTTP {} {} ({}) requestId={}", operation.wireName(), answer.status(), failure.trace().code(),
          failure.kind(), requestId);
      if (answer.status() == 401) {
        authenticator.onRefused();
      }
      return Either.left(failure);
    }
    LOG.debug("{} -> HTTP {} requestId={}", operation.wireName(), answer.status(), requestId);
    byte[] body = answer.body();
    byte[] json = isBlank(body) ? EMPTY_OBJECT : body;
    try {
      // two streaming passes instead of a tree and a walk over it: the top-level fields (is it an object, is it a
      // business error), then the record bound straight from the bytes
      Either<String, Option<String>> errorCode = topLevelErrorCode(json);
      if (errorCode.isLeft()) {
        return Either.left(Failures.malformed(operation.wireName(), operation.mutates(), answer, errorCode.getLeft()));
      }
      if (errorCode.get().exists(code -> !code.isBlank() && !code.equals(SUCCESS_CODE))) {
        return Either.left(Failures.fromAnswer(operation.wireName(), false, answer));
      }
      return Either.right(WireJson.readerFor(responseType).readValue(json));
    } catch (IOException | IllegalArgumentException e) {
      return Either.left(Failures.malformed(operation.wireName(), operation.mutates(), answer,
          "the answer does not match " + responseType.getSimpleName()));
    }
  }

  /** Whether {@code body} is empty or only ASCII white space (read as {@code {}}), without copying it into a String. */
  static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b < 0 || !Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The top-level {@code error_code} of an answer when it is a string (spec 10.1: some APIs answer business errors,
   * and batch APIs total failures, with HTTP 200 and {@code error_code}; CheckUserIdentity answers {@code CBC.0000} on
   * success), none when it has none, or why the answer is not what it should be (not one JSON object and nothing after it).
   */
  static Either<String, Option<String>> topLevelErrorCode(byte[] json) throws IOException {
    try (JsonParser parser = WireJson.MAPPER.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Either.left("the answer is not a JSON object");
      }
      Option<String> code = Option.none();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("error_code")) {
          code = value == JsonToken.VALUE_STRING ? Option.some(parser.getText()) : Option.none();
        }
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        return Either.left("the answer has more after its JSON object");
      }
      return Either.right(code);
    }
  }

  /** The request record's non-null fields as query parameters; list fields repeat their key once per element. */
  static List<QueryParameter> queryOf(Object request) {
    List<QueryParameter> query = new ArrayList<>();
    if (request == null) {
      return query;
    }
    JsonNode tree = WireJson.MAPPER.valueToTree(request);
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      if (field.getValue().isArray()) {
        field.getValue().forEach(v -> query.add(new QueryParameter(field.getKey(), text(v))));
      } else if (!field.getValue().isNull()) {
        query.add(new QueryParameter(field.getKey(), text(field.getValue())));
      }
    }
    query.sort(Comparator.comparing(QueryParameter::key));
    return query;
  }

  private static String text(JsonNode value) {
    return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
  }

  static String queryString(List<QueryParameter> query) {
    if (query.isEmpty()) {
      return "";
    }
    return query.stream()
        .map(p -> Rfc3986.encode(p.key()) + "=" + Rfc3986.encode(p.value()))
        .collect(Collectors.joining("&", "?", ""));
  }

  @Override
  public void close() {
    http.close();
  }
}
