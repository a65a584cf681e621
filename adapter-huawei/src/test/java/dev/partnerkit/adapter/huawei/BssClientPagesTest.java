package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.WireJson;
import dev.partnerkit.adapter.support.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.support.CallRules;
import dev.partnerkit.adapter.support.GuardedCall;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.adapter.huawei.FakeHuawei.Canned;
import dev.partnerkit.adapter.huawei.api.BssOperation;
import dev.partnerkit.adapter.huawei.api.CustomerInformation;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.adapter.huawei.api.ListPartnerAdjustRecordsRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomerNewTagRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.GatewayException;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code ...Pages} listings of the BSS client: lazy, bounded by the count, failures as values or exceptions. */
class BssClientPagesTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T22:54:17Z"));
  private FakeHuawei huawei;
  private BssClient china;
  private BssClient intl;

  @BeforeEach
  void start() throws IOException {
    huawei = FakeHuawei.start(clock);
    china = BssClient.create(config(HuaweiSite.CHINA));
    intl = BssClient.create(config(HuaweiSite.INTERNATIONAL));
  }

  @AfterEach
  void stop() {
    china.close();
    intl.close();
    huawei.close();
  }

  private HuaweiConfig config(HuaweiSite site) {
    return HuaweiConfig.builder(site)
        .endpoint(huawei.uri())
        .allowInsecureHttp(true)
        .clock(clock)
        .environment(Map.of())
        .responseTimeout(Duration.ofSeconds(5))
        .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK))
            .withDomainId("d0000000000000000000000000000001"))
        .withoutRateLimits().retryPolicy(RetryPolicy.none())   // one attempt per page: the tests count requests
        .build();
  }

  /** The JSON body of a POST listing. */
  private static JsonNode body(FakeHuawei.Received r) {
    try {
      return WireJson.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Answers ListSubCustomers from {@code size} generated customers; page {@code failingOffset} fails. */
  private static Function<FakeHuawei.Received, Canned> customers(int size, int failingOffset) {
    return r -> {
      JsonNode q = body(r);
      int offset = q.get("offset").asInt();
      int limit = q.get("limit").asInt();
      if (offset == failingOffset) {
        return Canned.json(500, "{\"error_code\":\"CBC.0999\",\"error_msg\":\"Other errors.\"}");
      }
      ObjectNode answer = WireJson.MAPPER.createObjectNode().put("count", size);
      ArrayNode infos = answer.putArray("customer_infos");
      for (int i = offset; i < Math.min(size, offset + limit); i++) {
        infos.addObject().put("customer_id", "c" + i).put("xaccount_id", "x" + i);
      }
      return Canned.json(200, answer.toString());
    };
  }

  @Test
  void three_pages_are_fetched_lazily_with_offset_and_limit_and_the_walk_stops_at_the_count() {
    huawei.responder = customers(7, -1);
    Paged<CustomerInformation> listing =
        china.listSubCustomersPages(ListSubCustomersRequest.builder().accountName("acme").offset(50).limit(1).build(), 3);

    assertThat(huawei.bssRequests()).isEmpty();
    Iterator<CustomerInformation> items = listing.stream().iterator();
    assertThat(items.next().customerId()).isEqualTo("c0");
    items.next();
    items.next();
    assertThat(huawei.bssRequests()).as("page 2 waits until page 1 is consumed").hasSize(1);
    assertThat(items.next().customerId()).isEqualTo("c3");
    assertThat(huawei.bssRequests()).hasSize(2);
    List<String> rest = new ArrayList<>();
    items.forEachRemaining(c -> rest.add(c.customerId()));

    assertThat(rest).containsExactly("c4", "c5", "c6");
    assertThat(huawei.bssRequests()).as("7 of 7 after the third page").hasSize(3);
    assertThat(huawei.bssRequests()).extracting(r -> body(r).get("offset").asInt()).containsExactly(0, 3, 6);
    assertThat(huawei.bssRequests()).allSatisfy(r -> {
      assertThat(body(r).get("limit").asInt()).isEqualTo(3);
      assertThat(body(r).get("account_name").asText()).isEqualTo("acme");
      assertThat(r.rawPath()).isEqualTo(BssOperation.LIST_SUB_CUSTOMERS.path());
    });
  }

  @Test
  void a_failing_page_ends_the_stream_with_a_gateway_exception_and_for_each_returns_the_failure() {
    huawei.responder = customers(9, 3);
    Paged<CustomerInformation> listing = china.listSubCustomersPages(ListSubCustomersRequest.builder().build(), 3);
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> listing.stream().forEach(c -> seen.add(c.customerId())))
        .isInstanceOfSatisfying(GatewayException.class,
            e -> assertThat(e.failure().trace().code()).isEqualTo("CBC.0999"));
    assertThat(seen).containsExactly("c0", "c1", "c2");

    Either<GatewayFailure, Long> result = listing.forEach(c -> { });
    assertThat(result.getLeft().trace().code()).isEqualTo("CBC.0999");
    assertThat(huawei.bssRequests()).hasSize(4);
  }

  @Test
  void a_get_listing_sends_offset_and_limit_in_the_query_string() {
    huawei.responder = r -> Canned.json(200, r.rawQuery().endsWith("offset=0")
        ? "{\"total_count\":2,\"records\":[{},{}]}" : "{\"total_count\":2,\"records\":[]}");

    long count = china.listPartnerAdjustRecordsPages(ListPartnerAdjustRecordsRequest.builder().build(), 2).stream().count();

    assertThat(count).isEqualTo(2);
    assertThat(huawei.bssRequests()).hasSize(1);
    assertThat(huawei.bssRequests().get(0).rawQuery()).isEqualTo("limit=2&offset=0");
    assertThat(huawei.bssRequests().get(0).method()).isEqualTo("GET");
  }

  @Test
  void an_operation_without_a_count_ends_at_the_first_empty_page() {
    huawei.responder = r -> Canned.json(200, body(r).get("offset").asInt() < 4
        ? "{\"new_customer_tags\":[{},{}]}" : "{\"new_customer_tags\":[]}");

    long count = china.listSubCustomerNewTagPages(ListSubCustomerNewTagRequest.builder().build(), 2).stream().count();

    assertThat(count).isEqualTo(4);
    assertThat(huawei.bssRequests()).hasSize(3);
  }

  @Test
  void a_limit_beyond_the_documented_maximum_or_below_one_is_refused_before_anything_is_sent() {
    assertThatThrownBy(() -> china.listSubCustomersPages(ListSubCustomersRequest.builder().build(), 101))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> china.listSubCustomersPages(ListSubCustomersRequest.builder().build(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(huawei.bssRequests()).isEmpty();
  }

  private static Optional<Method> pagesMethod(BssOperation operation) {
    String wire = operation.wireName();
    String name = Character.toLowerCase(wire.charAt(0)) + wire.substring(1) + "Pages";
    return Arrays.stream(BssClient.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst();
  }

  @Test
  void every_paging_operation_of_the_catalog_has_a_public_lazy_listing_and_no_other_operation_has_one() {
    long paging = Arrays.stream(BssOperation.values()).filter(BssOperation::pages).count();
    assertThat(paging).isGreaterThanOrEqualTo(16);
    for (BssOperation operation : BssOperation.values()) {
      Optional<Method> method = pagesMethod(operation);
      if (!operation.pages()) {
        assertThat(method).as("%s does not page", operation.wireName()).isEmpty();
        continue;
      }
      assertThat(method).as("%s pages: BssClient needs a ...Pages method", operation.wireName()).isPresent();
      assertThat(Modifier.isPublic(method.get().getModifiers())).isTrue();
      assertThat(method.get().getReturnType()).isEqualTo(Paged.class);
      assertThat(method.get().getParameterTypes()).hasSize(2);
      assertThat(method.get().getParameterTypes()[1]).isEqualTo(int.class);
    }
    assertThat(Arrays.stream(BssClient.class.getMethods()).filter(m -> m.getName().endsWith("Pages")).count())
        .isEqualTo(paging);
  }

  @Test
  void every_listing_calls_its_own_operation_with_the_maximum_limit() throws Exception {
    huawei.responder = r -> Canned.json(200, "{}");
    for (BssOperation operation : BssOperation.values()) {
      if (!operation.pages()) {
        continue;
      }
      Method m = pagesMethod(operation).orElseThrow();
      Object builder = m.getParameterTypes()[0].getMethod("builder").invoke(null);
      Object filter = withRequiredFields(builder).getClass().getMethod("build").invoke(builder);
      BssClient client = operation.isOfferedOn(HuaweiSite.CHINA) ? china : intl;
      int before = huawei.bssRequests().size();

      Paged<?> listing = (Paged<?>) m.invoke(client, filter, BssClient.MAX_LIMIT);

      assertThat(listing.stream().count()).as(operation.wireName()).isZero();
      List<FakeHuawei.Received> sent = huawei.bssRequests();
      assertThat(sent).as(operation.wireName()).hasSize(before + 1);
      FakeHuawei.Received last = sent.get(sent.size() - 1);
      assertThat(last.rawPath()).isEqualTo(operation.path());
      assertThat(last.method()).isEqualTo(operation.httpMethod());
      String paging = operation.usesQueryString() ? last.rawQuery() : body(last).toString();
      assertThat(paging).as(operation.wireName()).contains(operation.usesQueryString() ? "limit=100" : "\"limit\":100")
          .contains(operation.usesQueryString() ? "offset=0" : "\"offset\":0");
      assertThatThrownBy(() -> {
        try {
          m.invoke(client, filter, BssClient.MAX_LIMIT + 1);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * {@code builder} with each parameter its operation requires (those its {@code build()} names as missing) set to a
   * sample value, so that the listing can be built.
   */
  static Object withRequiredFields(Object builder) throws Exception {
    try {
      builder.getClass().getMethod("build").invoke(builder);
      return builder;
    } catch (InvocationTargetException e) {
      String message = e.getCause().getMessage();
      String missing = message.substring(message.indexOf('[') + 1, message.indexOf(']'));
      for (String name : missing.split(", ")) {
        Method setter = Arrays.stream(builder.getClass().getMethods())
            .filter(s -> s.getName().equals(name) && s.getParameterCount() == 1).findFirst().orElseThrow();
        Class<?> type = setter.getParameterTypes()[0];
        setter.invoke(builder, type == String.class ? "c1" : type == Integer.class ? 1 : List.of("c1"));
      }
      return builder;
    }
  }

  /** Generates ListSubCustomers pages in process (no HTTP); counts the pages asked for. */
  static final class GeneratingCaller implements OperationCaller {
    final int size;
    int calls;

    GeneratingCaller(int size) {
      this.size = size;
    }

    @Override
    public <T> Either<HuaweiCallFailure, T> call(BssOperation operation, Object request, Class<T> responseType) {
      calls++;
      JsonNode q = (JsonNode) request;
      int offset = q.get("offset").asInt();
      int limit = q.get("limit").asInt();
      ObjectNode answer = WireJson.MAPPER.createObjectNode().put("count", size);
      ArrayNode infos = answer.putArray("customer_infos");
      for (int i = offset; i < Math.min(size, offset + limit); i++) {
        infos.addObject().put("customer_id", "c" + i);
      }
      try {
        return Either.right(WireJson.MAPPER.treeToValue(answer, responseType));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void fifty_thousand_customers_generated_on_the_fly_stream_through_one_page_at_a_time() {
    GeneratingCaller vendor = new GeneratingCaller(50_000);
    BssClient generated = new BssClient(config(HuaweiSite.CHINA), vendor, GuardedCall.of(HuaweiCallFailure.SOURCE,
        List.of(BssOperation.values()), CallRules.defaults().withRateLimits(false), CallListener.NONE));
    long[] seen = {0};

    Either<GatewayFailure, Long> counted = generated
        .listSubCustomersPages(ListSubCustomersRequest.builder().build(), BssClient.MAX_LIMIT)
        .forEach(c -> seen[0]++);

    assertThat(counted).isEqualTo(Either.right(50_000L));
    assertThat(seen[0]).isEqualTo(50_000);
    assertThat(vendor.calls).isEqualTo(500);
    assertThat(generated.listSubCustomersPages(ListSubCustomersRequest.builder().build(), BssClient.MAX_LIMIT)
        .stream().map(CustomerInformation::customerId).distinct().count()).isEqualTo(50_000);
  }
}
