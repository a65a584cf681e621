package dev.partnerkit.codegen;

import dev.partnerkit.codegen.WireModel.Field;
import dev.partnerkit.codegen.WireModel.Operation;
import dev.partnerkit.codegen.WireModel.Rec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Java source of Tencent's typed client: one method per action, and a lazy listing per paged action. */
final class ClientWriter {

  private static final List<String> TOTALS = List.of("Total", "TotalCount", "TotalRecordsCount");

  private ClientWriter() {}

  static String tencent(String pkg, List<Operation> operations, List<Rec> records, String source) {
    Map<String, Rec> byName = records.stream().collect(Collectors.toMap(Rec::name, Function.identity()));
    String api = pkg + ".api.";
    StringBuilder methods = new StringBuilder();
    for (Operation o : operations) {
      String a = o.wireName();
      String m = WireModel.javaName(a);
      String req = api + a + "Request";
      String res = api + a + "Response";
      String facts = (o.mutating() ? "Changes state at Tencent" : "Read-only") + "; at most " + o.ratePerSecond()
          + " request" + (o.ratePerSecond() == 1 ? "" : "s") + " per second (published limit)"
          + (o.paged() ? "; pages with {@code Page}/{@code PageSize}" : "");
      methods.append("""

            /**
             * {@code %s}: %s.
             *
             * <p>%s. Paced, signed afresh for every attempt and retried when safe, as the
             * class describes; never throws for a vendor or network failure.
             *
             * @param request the parameters, not null
             * @return the response, or why there is none
             * @throws IllegalStateException if this client is closed
             */
            public Either<TencentCallFailure, %s> %s(%s request) {
              return call(IntlPartnersAction.%s, request, %s.class);
            }
          """.formatted(a, o.doc(), facts, res, m, req, o.constant(), res));
      if (byName.get(a + "Request").fields().isEmpty()) {
        methods.append("""

              /**
               * {@code %s} without parameters: the same as {@code %s(%sRequest.of())}.
               *
               * @return the response, or why there is none
               */
              public Either<TencentCallFailure, %s> %s() {
                return %s(%s.of());
              }
            """.formatted(a, m, a, res, m, m, req));
      }
    }
    for (Operation o : operations) {
      if (o.paged()) {
        methods.append(listing(api, o, byName));
      }
    }
    return RecordWriter.header(source) + "package " + pkg + ";\n\n" + """
        import dev.partnerkit.adapter.support.CallListener;
        import dev.partnerkit.adapter.support.GuardedCall;
        import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
        import dev.partnerkit.ports.GatewayFailure;
        import dev.partnerkit.ports.Paged;
        import io.vavr.control.Either;
        import io.vavr.control.Option;
        import java.util.List;
        import java.util.Objects;

        /**
         * The typed client of the Tencent Cloud International Partners API (intlpartnersmgt 2022-09-28): one method per
         * action, %d in all, each taking the action's request record and returning {@code Either} a {@link
         * TencentCallFailure} or the action's response record.
         *
         * <p>Every call runs through one pipeline ({@link GuardedCall}): it waits for a permit at the action's rate (the
         * published limit of {@link IntlPartnersAction}, unless the config overrides it or switches limits off), then
         * serializes the request, signs it with TC3-HMAC-SHA256 at the current time of the configured clock, POSTs it
         * and reads the {@code {"Response": ...}} envelope; a vendor error (which Tencent returns with HTTP 200) becomes a
         * failure. Throttled and transient failures are retried by the config's retry policy, but an action that is not
         * idempotent and whose request may have arrived is never repeated: it comes back as the failure whose {@link
         * TencentCallFailure#maybeApplied()} is true (a gateway reports it as {@code OUTCOME_UNKNOWN}). Each attempt is
         * reported to the client's {@link CallListener}.
         *
         * <p>Every action that pages with {@code Page}/{@code PageSize} also has a {@code ...Pages} method returning a
         * lazy {@link Paged} listing: it asks for page 1, 2, ... with the given page size, holds one page at a time, stops
         * at the action's total (or at an empty page when the action reports none), and turns a failed page into the
         * vendor-neutral {@link GatewayFailure}. Each page is a call like any other, through the same pipeline.
         *
         * <p>Thread-safe; share one instance. {@link #close()} releases its connections.
         */
        """.formatted(operations.size()) + RecordWriter.generatedAnnotation(source) + """
        public final class IntlPartnersClient implements AutoCloseable {

          private final ActionCaller caller;
          private final GuardedCall pipeline;

          IntlPartnersClient(ActionCaller caller, GuardedCall pipeline) {
            this.caller = Objects.requireNonNull(caller, "caller");
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
          }

          /**
           * A client over HTTPS (or, for a sandbox, HTTP) as {@code config} says, with the config's rate limits (by
           * default the published ones) and retry policy, reporting its attempts to no one.
           *
           * @param config the configuration
           * @return the client; close it when done
           */
          public static IntlPartnersClient create(TencentConfig config) {
            return create(config, CallListener.NONE);
          }

          /**
           * As {@link #create(TencentConfig)}, reporting every attempt to {@code listener}.
           *
           * @param config the configuration
           * @param listener hears every attempt
           * @return the client; close it when done
           */
          public static IntlPartnersClient create(TencentConfig config, CallListener listener) {
            Objects.requireNonNull(config, "config");
            return new IntlPartnersClient(new HttpTransport(config), GuardedCall.of(TencentCallFailure.SOURCE,
                List.of(IntlPartnersAction.values()), config.callRules(), Objects.requireNonNull(listener, "listener")));
          }
        """ + methods + """

          private <R> Either<TencentCallFailure, R> call(IntlPartnersAction action, Object request, Class<R> type) {
            Objects.requireNonNull(request, "request");
            return pipeline.run(action, () -> caller.call(action, request, type),
                (kind, code, message, maybeApplied) -> TencentCallFailure.local(action.wireName(), kind, code, message,
                    Option.none(), maybeApplied));
          }

          /** Closes the connection pool; calls made afterwards throw {@link IllegalStateException}. Idempotent. */
          @Override
          public void close() {
            caller.close();
          }
        }
        """;
  }

  private static String listing(String api, Operation o, Map<String, Rec> byName) {
    String a = o.wireName();
    Rec response = byName.get(a + "Response");
    List<Field> lists = response.fields().stream().filter(f -> f.javaType().startsWith("java.util.List<")).toList();
    if (lists.size() != 1) {
      throw new IllegalStateException(a + " pages but its response has " + lists.size() + " lists");
    }
    Field items = lists.get(0);
    String element = items.javaType().substring("java.util.List<".length(), items.javaType().length() - 1);
    String item = byName.containsKey(element) ? api + element : element;
    Optional<Field> total = TOTALS.stream()
        .flatMap(t -> response.fields().stream().filter(f -> f.wireName().equals(t))).findFirst();
    String totalOf = total.map(f -> f.javaType().equals("String")
        ? "PageListings.totalOf(r." + f.javaName() + "())" : "r." + f.javaName() + "()").orElse("null");
    boolean filtered = byName.get(a + "Request").fields().stream()
        .anyMatch(f -> !f.wireName().equals("Page") && !f.wireName().equals("PageSize"));
    String m = WireModel.javaName(a) + "Pages";
    String head = """

          /**
           * {@code %s}, every page: a lazy listing that asks for {@code Page} 1, 2, ... of {@code pageSize} items when the
           * consumer gets there, holding one page at a time; it stops at the {@code %s} the vendor reports. A failed page
           * ends {@link Paged#stream()} with a {@link dev.partnerkit.ports.GatewayException} and is returned by {@link
           * Paged#forEach}.
           *
        """.formatted(a, total.map(Field::wireName).orElse("empty page"));
    String filterDoc = filtered ? """
           * @param filter the other parameters, built at once (a missing required one is an {@link IllegalStateException});
           *     the listing sets its {@code Page} and {@code PageSize}, and changes to it afterwards have no effect
        """ : "";
    String tail = """
           * @param pageSize items per page, 1 to %d (the documented maximum)
           * @return the listing; nothing is sent until it is consumed
           * @throws IllegalArgumentException if {@code pageSize} is out of range
           */
        """.formatted(o.maxPageSize());
    String body = filtered
        ? """
          public Paged<%s> %s(%sRequestBuilder filter, int pageSize) {
            Object first = Objects.requireNonNull(filter, "filter").page(1L).pageSize((long) pageSize).build();
            return PageListings.walk(IntlPartnersAction.%s, first, pageSize,
                page -> call(IntlPartnersAction.%s, page, %sResponse.class), r -> r.%s(), r -> %s);
          }
        """.formatted(item, m, api + a, o.constant(), o.constant(), api + a, items.javaName(), totalOf)
        : """
          public Paged<%s> %s(int pageSize) {
            return PageListings.walk(IntlPartnersAction.%s, null, pageSize,
                page -> call(IntlPartnersAction.%s, page, %sResponse.class), r -> r.%s(), r -> %s);
          }
        """.formatted(item, m, o.constant(), o.constant(), api + a, items.javaName(), totalOf);
    return head + filterDoc + tail + body;
  }
}
