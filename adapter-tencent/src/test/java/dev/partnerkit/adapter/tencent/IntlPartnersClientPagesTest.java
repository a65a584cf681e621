package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.WireJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.adapter.support.CallListener;
import dev.partnerkit.adapter.support.CallRules;
import dev.partnerkit.adapter.support.GuardedCall;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerOwnCostExplorerSummaryRequest;
import dev.partnerkit.adapter.tencent.api.DescribeCustomerUinData;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditData;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequest;
import dev.partnerkit.ports.GatewayException;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code ...Pages} listings of the client: lazy, bounded by the total, failures as values or exceptions. */
class IntlPartnersClientPagesTest {

  LoopbackTencent server;
  IntlPartnersClient client;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackTencent(Map.of(IntlPartnersClientTest.ID, IntlPartnersClientTest.KEY));
    client = IntlPartnersClient.create(IntlPartnersClientTest.config(server.endpoint()).build());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /** Answers QueryCustomersCredit from {@code size} customers, the page the request asks for, with the total. */
  static LoopbackTencent.Responder customers(int size, int failingPage) {
    return (exchange, r) -> {
      JsonNode request = WireJson.MAPPER.readTree(r.body());
      long page = request.get("Page").asLong();
      long pageSize = request.get("PageSize").asLong();
      if (page == failingPage) {
        LoopbackTencent.json("{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"busy\"},"
            + "\"RequestId\":\"rid-fail\"}}").respond(exchange, r);
        return;
      }
      ObjectNode response = WireJson.MAPPER.createObjectNode();
      ArrayNode data = response.putArray("Data");
      for (long i = (page - 1) * pageSize; i < Math.min(size, page * pageSize); i++) {
        data.addObject().put("ClientUin", 1000 + i).put("Name", "customer " + i);
      }
      response.put("Total", size).put("RequestId", "rid-" + page);
      LoopbackTencent.json("{\"Response\":" + response + "}").respond(exchange, r);
    };
  }

  @Test
  void a_listing_of_three_pages_fetches_each_page_when_the_consumer_reaches_it_and_stops_at_the_total() {
    server.answer(customers(7, -1));
    Paged<QueryCustomersCreditData> listing = client.queryCustomersCreditPages(
        QueryCustomersCreditRequest.builder().filterType("Name").filter("customer").page(99L).pageSize(1L), 3);

    assertThat(server.received()).as("nothing is sent before the listing is consumed").isEmpty();
    Iterator<QueryCustomersCreditData> items = listing.stream().iterator();
    assertThat(items.next().clientUin()).isEqualTo(1000L);
    assertThat(server.received()).hasSize(1);
    items.next();
    items.next();
    assertThat(server.received()).as("page 2 is not fetched before page 1 is consumed").hasSize(1);
    assertThat(items.next().clientUin()).isEqualTo(1003L);
    assertThat(server.received()).hasSize(2);
    List<Long> rest = new ArrayList<>();
    items.forEachRemaining(c -> rest.add(c.clientUin()));

    assertThat(rest).containsExactly(1004L, 1005L, 1006L);
    assertThat(server.received()).as("7 of 7 seen after page 3: no fourth request").hasSize(3);
    assertThat(server.received()).extracting(LoopbackTencent.Received::bodyText).containsExactly(
        "{\"FilterType\":\"Name\",\"Filter\":\"customer\",\"Page\":1,\"PageSize\":3}",
        "{\"FilterType\":\"Name\",\"Filter\":\"customer\",\"Page\":2,\"PageSize\":3}",
        "{\"FilterType\":\"Name\",\"Filter\":\"customer\",\"Page\":3,\"PageSize\":3}");
    assertThat(server.received()).allSatisfy(r -> {
      assertThat(r.signatureProblem()).isNull();
      assertThat(r.header("X-TC-Action")).isEqualTo("QueryCustomersCredit");
    });
  }

  @Test
  void a_failing_page_ends_the_stream_with_a_gateway_exception_and_for_each_returns_the_failure() {
    server.answer(customers(9, 2));
    List<Long> seen = new ArrayList<>();
    Paged<QueryCustomersCreditData> listing =
        client.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), 3);

    assertThatThrownBy(() -> listing.stream().forEach(c -> seen.add(c.clientUin())))
        .isInstanceOfSatisfying(GatewayException.class, e -> {
          assertThat(e.failure()).isInstanceOf(GatewayFailure.Unavailable.class);
          assertThat(e.failure().trace().code()).isEqualTo("InternalError");
          assertThat(e.failure().trace().requestId().getOrNull()).isEqualTo("rid-fail");
        });
    assertThat(seen).containsExactly(1000L, 1001L, 1002L);

    Either<GatewayFailure, Long> result = listing.forEach(c -> { });
    assertThat(result.getLeft()).isInstanceOf(GatewayFailure.Unavailable.class);
    assertThat(server.received()).hasSize(4);
  }

  @Test
  void an_action_without_a_total_ends_at_the_first_empty_page() {
    server.answer((exchange, r) -> {
      long page = WireJson.MAPPER.readTree(r.body()).get("Page").asLong();
      String detail = page <= 2 ? "[{\"Name\":\"p" + page + "\"}]" : "[]";
      LoopbackTencent.json("{\"Response\":{\"Detail\":" + detail + ",\"RequestId\":\"r\"}}").respond(exchange, r);
    });

    long count = client.describeCustomerOwnCostExplorerSummaryPages(
        DescribeCustomerOwnCostExplorerSummaryRequest.builder().dimension("Default").feeType("totalCost").billType(1L)
            .startTime("2026-10-01 00:00:00").endTime("2026-10-31 23:59:59").periodType("day"), 200).stream().count();

    assertThat(count).isEqualTo(2);
    assertThat(server.received()).hasSize(3);
    assertThat(server.received().get(2).bodyText()).contains("\"Page\":3,\"PageSize\":200");
  }

  @Test
  void describe_customer_uin_reads_its_string_total() {
    server.answer(LoopbackTencent.json(
        "{\"Response\":{\"Data\":[{\"CustomerUin\":\"1\"},{\"CustomerUin\":\"2\"}],\"Total\":\"2\",\"RequestId\":\"r\"}}"));

    List<DescribeCustomerUinData> all = client.describeCustomerUinPages(2).stream().toList();

    assertThat(all).hasSize(2);
    assertThat(server.received()).hasSize(1);
    assertThat(server.last().bodyText()).isEqualTo("{\"Page\":1,\"PageSize\":2}");
  }

  @Test
  void a_page_size_beyond_the_documented_maximum_or_below_one_is_refused_before_anything_is_sent() {
    assertThatThrownBy(() -> client.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), 101))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> client.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.received()).isEmpty();
  }

  /** The method a paged action's listing must have: its Java name plus {@code Pages}. */
  static Optional<Method> pagesMethod(String action) {
    String name = Character.toLowerCase(action.charAt(0)) + action.substring(1) + "Pages";
    return Arrays.stream(IntlPartnersClient.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst();
  }

  @Test
  void every_paged_action_of_the_catalog_has_a_public_lazy_listing_and_no_other_action_has_one() {
    List<String> paged = List.of(IntlPartnersAction.values()).stream().filter(IntlPartnersAction::paged).map(IntlPartnersAction::wireName).toList();
    assertThat(paged).hasSizeGreaterThanOrEqualTo(15);
    for (IntlPartnersAction action : List.of(IntlPartnersAction.values())) {
      Optional<Method> method = pagesMethod(action.wireName());
      if (!action.paged()) {
        assertThat(method).as("%s does not page", action.wireName()).isEmpty();
        continue;
      }
      assertThat(method).as("%s pages: IntlPartnersClient needs a ...Pages method", action.wireName()).isPresent();
      Method m = method.get();
      assertThat(Modifier.isPublic(m.getModifiers())).isTrue();
      assertThat(m.getReturnType()).isEqualTo(Paged.class);
      assertThat(m.getParameterTypes()[m.getParameterCount() - 1]).isEqualTo(int.class);
    }
    long listings = Arrays.stream(IntlPartnersClient.class.getMethods())
        .filter(m -> m.getName().endsWith("Pages")).count();
    assertThat(listings).isEqualTo(paged.size());
  }

  @Test
  void every_listing_calls_its_own_action_at_its_documented_maximum_page_size() throws Exception {
    server.answer(LoopbackTencent.json("{\"Response\":{\"RequestId\":\"r\"}}"));
    for (IntlPartnersAction action : List.of(IntlPartnersAction.values())) {
      if (!action.paged()) {
        continue;
      }
      Method m = pagesMethod(action.wireName()).orElseThrow();
      Object[] args = new Object[m.getParameterCount()];
      if (args.length == 2) {
        args[0] = filledBuilder(m.getParameterTypes()[0]);
      }
      args[args.length - 1] = action.maxPageSize();
      int before = server.received().size();

      Paged<?> listing = (Paged<?>) m.invoke(client, args);

      assertThat(listing.stream().count()).as(action.wireName()).isZero();
      assertThat(server.received()).as(action.wireName()).hasSize(before + 1);
      assertThat(server.last().header("X-TC-Action")).isEqualTo(action.wireName());
      JsonNode body = WireJson.MAPPER.readTree(server.last().body());
      assertThat(body.get("Page").asLong()).isEqualTo(1);
      assertThat(body.get("PageSize").asLong()).as(action.wireName()).isEqualTo(action.maxPageSize());
      args[args.length - 1] = action.maxPageSize() + 1;
      assertThatThrownBy(() -> {
        try {
          m.invoke(client, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw e.getCause();
        }
      }).as(action.wireName()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** A request builder with every String and Long parameter set, so that every required one is. */
  static Object filledBuilder(Class<?> builderType) throws Exception {
    // Immutables' builder of record X is the class XBuilder next to it
    Class<?> record = Class.forName(builderType.getName().substring(0, builderType.getName().length() - "Builder".length()));
    Object builder = record.getMethod("builder").invoke(null);
    for (Method setter : builderType.getMethods()) {
      if (setter.getReturnType() == builderType && setter.getParameterCount() == 1) {
        Class<?> type = setter.getParameterTypes()[0];
        if (type == String.class) {
          setter.invoke(builder, "2026-10");
        } else if (type == Long.class) {
          setter.invoke(builder, 1L);
        }
      }
    }
    return builder;
  }

  @Test
  void a_filter_missing_a_required_parameter_is_refused_at_once() {
    assertThatThrownBy(() -> client.describeCustomerBillDetailPages(
            dev.partnerkit.adapter.tencent.api.DescribeCustomerBillDetailRequest.builder().customerUin(1L), 10))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[month]");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void documented_maximum_page_sizes() {
    assertThat(IntlPartnersAction.DESCRIBE_CUSTOMER_BILL_DETAIL.maxPageSize()).isEqualTo(200);
    assertThat(IntlPartnersAction.QUERY_POLICY_PRODUCT_LIST_BY_CODE.maxPageSize()).isEqualTo(200);
    assertThat(IntlPartnersAction.DESCRIBE_CUSTOMER_OWN_COST_EXPLORER_SUMMARY.maxPageSize()).isEqualTo(200);
    assertThat(IntlPartnersAction.DESCRIBE_CUSTOMER_VOUCHER_LIST.maxPageSize()).isEqualTo(100);
    assertThat(IntlPartnersAction.QUERY_PENDING_SUB_AGENTS_V2.maxPageSize()).isEqualTo(100);
    assertThat(IntlPartnersAction.QUERY_PARTNER_CREDIT.maxPageSize()).isZero();
  }

  /** Generates QueryCustomersCredit pages on the fly, in process; counts the pages asked for. */
  static final class GeneratingCaller implements ActionCaller {
    final int size;
    int calls;

    GeneratingCaller(int size) {
      this.size = size;
    }

    @Override
    public <R> Either<TencentCallFailure, R> call(IntlPartnersAction action, Object request, Class<R> responseType) {
      calls++;
      JsonNode q = (JsonNode) request;
      long page = q.get("Page").asLong();
      long pageSize = q.get("PageSize").asLong();
      ObjectNode response = WireJson.MAPPER.createObjectNode();
      ArrayNode data = response.putArray("Data");
      for (long i = (page - 1) * pageSize; i < Math.min(size, page * pageSize); i++) {
        data.addObject().put("ClientUin", i);
      }
      response.put("Total", size).put("RequestId", "r");
      try {
        return Either.right(WireJson.MAPPER.treeToValue(response, responseType));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void fifty_thousand_items_stream_through_one_generated_page_at_a_time() {
    GeneratingCaller vendor = new GeneratingCaller(50_000);
    IntlPartnersClient generated = new IntlPartnersClient(vendor, GuardedCall.of(TencentCallFailure.SOURCE,
        List.of(IntlPartnersAction.values()), CallRules.defaults().withRateLimits(false), CallListener.NONE));
    long[] sum = {0};

    Either<GatewayFailure, Long> counted = generated
        .queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), 100)
        .forEach(c -> sum[0] += c.clientUin());

    assertThat(counted).isEqualTo(Either.right(50_000L));
    assertThat(sum[0]).isEqualTo(50_000L * 49_999 / 2);
    assertThat(vendor.calls).isEqualTo(500);
    assertThat(generated.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), 100)
        .stream().count()).isEqualTo(50_000);
  }
}
