package dev.partnerkit.codegen;

import dev.partnerkit.codegen.WireModel.Field;
import dev.partnerkit.codegen.WireModel.Operation;
import dev.partnerkit.codegen.WireModel.Rec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Java source of Huawei's typed client {@code BssClient}: one method per operation (without parameters when the
 * model has no request record for it), and a lazy offset/limit listing per paged operation. How a request travels
 * (site check, body or query, path ids, signing) stays in the adapter's hand-written caller.
 */
final class HuaweiClientWriter {

  private static final List<String> TOTALS = List.of("count", "total_count");

  private HuaweiClientWriter() {}

  static String write(String pkg, List<Operation> operations, List<Rec> records, String source) {
    Map<String, Rec> byName = records.stream().collect(Collectors.toMap(Rec::name, Function.identity()));
    String api = pkg + ".api.";
    StringBuilder methods = new StringBuilder();
    for (Operation o : operations) {
      String op = o.wireName();
      String res = api + op + "Response";
      if (!byName.containsKey(op + "Response")) {
        throw new IllegalStateException(op + " has no response record");
      }
      String facts = "{@code " + o.method() + " " + o.path() + "}; " + sites(o.sites());
      String effect = o.mutating()
          ? "\n   * Changes state: a failure with {@link HuaweiCallFailure#maybeApplied()} may have taken effect."
          : "";
      boolean withRequest = byName.containsKey(op + "Request");
      String param = withRequest
          ? "\n   * @param request the request " + (o.method().equals("GET") ? "parameters (sent as the query)" : "body")
          : "";
      methods.append("""

            /**
             * Calls {@code %s} (%s) through the client's pipeline: %s.%s
             *%s
             * @return the answer, or why there is none
             */
            public Either<HuaweiCallFailure, %s> %s(%s) {
              return call(BssOperation.%s, %s, %s.class);
            }
          """.formatted(op, facts, o.doc(), effect, param, res, WireModel.javaName(op),
          withRequest ? api + op + "Request request" : "", o.constant(),
          withRequest ? "Objects.requireNonNull(request, \"request\")" : "null", res));
    }
    for (Operation o : operations) {
      if (o.paged()) {
        methods.append(listing(api, o, byName));
      }
    }
    return RecordWriter.header(source) + "package " + pkg + ";\n\n" + """
        import com.fasterxml.jackson.databind.node.ObjectNode;
        import dev.partnerkit.adapter.huawei.api.BssOperation;
        import dev.partnerkit.adapter.support.CallListener;
        import dev.partnerkit.adapter.support.GuardedCall;
        import dev.partnerkit.adapter.support.PageWalker;
        import dev.partnerkit.adapter.support.WireJson;
        import dev.partnerkit.domain.HuaweiSite;
        import dev.partnerkit.ports.GatewayFailure;
        import dev.partnerkit.ports.Paged;
        import dev.partnerkit.ports.VendorTrace;
        import io.vavr.control.Either;
        import java.util.Collection;
        import java.util.List;
        import java.util.Objects;
        import java.util.function.Function;

        /**
         * The typed client for Huawei BSS (China) and BSS-Intl partner customer management: one method per operation of
         * {@link BssOperation}, %d in all, each returning the typed answer or a {@link HuaweiCallFailure}.
         *
         * <p>Every call runs through one pipeline ({@link GuardedCall}): it waits for a permit at the operation's rate
         * (the published limit of {@link BssOperation}, unless the config overrides it or switches limits off), then
         * signs the request (AK/SK) or gives it a cached IAM token, afresh for every attempt, sends it and classifies the
         * answer. Throttled and transient failures are retried by the config's retry policy, but an operation that is not
         * idempotent and whose request may have arrived is never repeated: it comes back as the failure whose {@link
         * HuaweiCallFailure#maybeApplied()} is true (a gateway reports it as {@code OUTCOME_UNKNOWN}). Each attempt is
         * reported to the client's {@link CallListener}. Calling an operation the configured site does not offer fails
         * locally with {@code INVALID_REQUEST}, without sending anything.
         *
         * <p>Every operation that pages with {@code offset}/{@code limit} ({@link BssOperation#pages()}) also has a
         * {@code ...Pages} method returning a lazy {@link Paged} listing: it asks for offset 0, limit, 2 * limit, ... as
         * the consumer gets there, holds one page at a time, stops at the answer's {@code count}/{@code total_count} (or
         * at an empty page when the operation reports none), and turns a failed page into the vendor-neutral {@link
         * GatewayFailure}. Each page is a call like any other, through the same pipeline.
         *
         * <p>Thread-safe; share one instance per configuration and {@link #close()} it when done.
         */
        """.formatted(operations.size()) + RecordWriter.generatedAnnotation(source) + """
        public final class BssClient implements AutoCloseable {

          /**
           * The largest {@code limit} of the {@code ...Pages} listings: 100, the maximum the docs state (ListSubCustomers,
           * ListSubCustomerBudgetRecords, ListConsumeSubCustomers; spec section 8), assumed for the lists that state none.
           */
          public static final int MAX_LIMIT = 100;

          private final HuaweiConfig config;
          private final OperationCaller caller;
          private final GuardedCall pipeline;

          /** A client over {@code caller} (over HTTP, or in tests an in-process vendor), every call through {@code pipeline}. */
          BssClient(HuaweiConfig config, OperationCaller caller, GuardedCall pipeline) {
            this.config = Objects.requireNonNull(config, "config");
            this.caller = Objects.requireNonNull(caller, "caller");
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
          }

          /**
           * A client for {@code config}, with the config's rate limits (by default the published ones) and retry policy,
           * reporting its attempts to no one; it owns a connection pool until {@link #close()}.
           *
           * @param config the configuration
           * @return the client; close it when done
           */
          public static BssClient create(HuaweiConfig config) {
            return create(config, CallListener.NONE);
          }

          /**
           * As {@link #create(HuaweiConfig)}, reporting every attempt to {@code listener}.
           *
           * @param config the configuration
           * @param listener hears every attempt
           * @return the client; close it when done
           */
          public static BssClient create(HuaweiConfig config, CallListener listener) {
            Objects.requireNonNull(config, "config");
            return new BssClient(config, new BssCaller(config), GuardedCall.of(HuaweiCallFailure.SOURCE,
                List.of(BssOperation.values()), config.callRules(), Objects.requireNonNull(listener, "listener")));
          }

          /**
           * The site this client talks to.
           *
           * @return the configured site
           */
          public HuaweiSite site() {
            return config.site();
          }
        """ + methods + """

          private <R, T> Paged<T> pages(BssOperation operation, Object filter, int limit, Class<R> responseType,
              Function<R, ? extends Collection<? extends T>> items, Function<R, Long> total) {
            if (!operation.pages()) {
              throw new IllegalStateException(operation.wireName() + " does not page");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
              throw new IllegalArgumentException(
                  operation.wireName() + " limit must be 1 to " + MAX_LIMIT + ", was " + limit);
            }
            ObjectNode fields = WireJson.MAPPER.valueToTree(filter);
            return PageWalker.walk(page -> {
              ObjectNode request = fields.deepCopy();
              request.put("offset", (long) (page - 1) * limit);
              request.put("limit", limit);
              return call(operation, request, responseType).mapLeft(HuaweiFailures::toGateway);
            }, limit, items, total);
          }

          private <R> Either<HuaweiCallFailure, R> call(BssOperation operation, Object request, Class<R> responseType) {
            return pipeline.run(operation, () -> caller.call(operation, request, responseType),
                (kind, code, message, maybeApplied) -> new HuaweiCallFailure(operation.wireName(), kind,
                    VendorTrace.local(HuaweiCallFailure.SOURCE, code, message), maybeApplied, null));
          }

          private static Long longOf(Integer count) {
            return count == null ? null : count.longValue();
          }

          /** Closes the connection pool; calls made afterwards fail. Idempotent. */
          @Override
          public void close() {
            caller.close();
          }

          @Override
          public String toString() {
            return "BssClient[" + config + "]";
          }
        }
        """;
  }

  private static String sites(String sites) {
    return switch (sites) {
      case "CN" -> "China site only";
      case "INTL" -> "international site only";
      default -> "China and international sites";
    };
  }

  private static String listing(String api, Operation o, Map<String, Rec> byName) {
    String op = o.wireName();
    Rec response = byName.get(op + "Response");
    if (!byName.containsKey(op + "Request")) {
      throw new IllegalStateException(op + " pages but has no request record");
    }
    List<Field> lists = response.fields().stream().filter(f -> f.javaType().startsWith("java.util.List<")).toList();
    if (lists.size() != 1) {
      throw new IllegalStateException(op + " pages but its response has " + lists.size() + " lists");
    }
    Field items = lists.get(0);
    String element = items.javaType().substring("java.util.List<".length(), items.javaType().length() - 1);
    String item = byName.containsKey(element) ? api + element : element;
    Optional<Field> total = TOTALS.stream()
        .flatMap(t -> response.fields().stream().filter(f -> f.wireName().equals(t))).findFirst();
    String totalOf = total.map(f -> switch (f.javaType()) {
      case "Integer" -> "longOf(r." + f.javaName() + "())";
      case "Long" -> "r." + f.javaName() + "()";
      default -> throw new IllegalStateException(op + ": total " + f.wireName() + " is a " + f.javaType());
    }).orElse("null");
    return """

          /**
           * {@code %s}, every page: a lazy listing that asks for {@code offset} 0, {@code limit}, 2 * {@code limit}, ...
           * when the consumer gets there, holding one page at a time; it stops at %s. A
           * failed page ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is returned
           * by {@link Paged#forEach}.
           *
           * @param filter the other parameters; its {@code offset} and {@code limit} are ignored (the listing sets them)
           * @param limit items per page, 1 to {@value #MAX_LIMIT} (the documented maximum)
           * @return the listing; nothing is sent until it is consumed
           * @throws IllegalArgumentException if {@code limit} is out of range
           */
          public Paged<%s> %sPages(%sRequest filter, int limit) {
            return pages(BssOperation.%s, Objects.requireNonNull(filter, "filter"), limit, %sResponse.class,
                r -> r.%s(), r -> %s);
          }
        """.formatted(op, total.map(f -> "the {@code " + f.wireName() + "} the answer reports").orElse("the first empty page"), item, WireModel.javaName(op), api + op,
        o.constant(), api + op, items.javaName(), totalOf);
  }
}
