package dev.partnerkit.sandbox.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one of the 46 actions answers a valid request with exactly the response fields of the spec, driven by a copy
 * of the spec's model table ({@code dev/partnerkit/spec/tencent-intlpartnersmgt-model.tsv}, the spec module's): the top-level keys are the response
 * fields (RequestId included), every value has the API type, every nested object carries exactly its type's fields,
 * and every list of objects is non-empty so that its element type is really checked.
 */
class ResponseShapeTest {

  record Field(String name, String type, boolean nullable) {}

  static final Map<String, List<Field>> RESPONSES = new LinkedHashMap<>();
  static final Map<String, List<Field>> TYPES = new LinkedHashMap<>();
  static Harness h;
  static Map<String, String> placeholders = new LinkedHashMap<>();

  static {
    try (InputStream in = ResponseShapeTest.class.getResourceAsStream("/dev/partnerkit/spec/tencent-intlpartnersmgt-model.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        Field f = new Field(c[2], c[3], c[4].equals("nullable"));
        if (c[1].equals("response")) {
          RESPONSES.computeIfAbsent(c[0], k -> new ArrayList<>()).add(f);
        } else if (c[1].equals("type")) {
          TYPES.computeIfAbsent(c[0], k -> new ArrayList<>()).add(f);
        }
      }
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @BeforeAll
  static void seedEveryList() {
    h = Harness.unlimited();
    long customer = h.createCustomer("shape.customer@example.com");
    h.ok("AllocateCustomerCredit", "{\"AddedCredit\":100,\"ClientUin\":" + customer + "}");
    long subAgent = h.tencent.seedSubAgentApplication("Reseller One Ltd", "one@reseller.example", "85261110001");
    h.ok("ApproveSubAgentApply", "{\"SubAgentUin\":" + subAgent + ",\"ApproveType\":\"pass\"}");
    h.tencent.seedIndirectCustomer(subAgent, "Indirect Customer Ltd");
    long pendingSubAgent = h.tencent.seedSubAgentApplication("Reseller Two Ltd", "two@reseller.example", "85261110002");
    h.tencent.seedSubAgentApplication("Reseller Three Ltd", "three@reseller.example", "85261110003");
    long pendingClient = h.tencent.seedClientApplication("Client One", "one@client.example", "85261110004");
    h.tencent.seedClientApplication("Client Two", "two@client.example", "85261110005");
    String link = h.ok("CreateAndSendClientInvitationMail", "{\"Email\":\"invitee@example.com\"}").get("InvitationLink").asText();
    String newPhone = h.newPhone();
    placeholders.put("$CUSTOMER", Long.toString(customer));
    placeholders.put("$PENDING_SUBAGENT", Long.toString(pendingSubAgent));
    placeholders.put("$PENDING_CLIENT", Long.toString(pendingClient));
    placeholders.put("$SUBAGENT", Long.toString(subAgent));
    placeholders.put("$TOKEN", link.substring(link.indexOf("token=") + 6));
    placeholders.put("$NEW_PHONE", newPhone);
    placeholders.put("$CODE", h.sendCode(newPhone));
    placeholders.put("$SEND_PHONE", h.newPhone());
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static Stream<String> actions() {
    return RESPONSES.keySet().stream();
  }

  static JsonNode validRequests() throws IOException {
    try (InputStream in = ResponseShapeTest.class.getResourceAsStream("/spec/valid-requests.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        text = text.replace(p.getKey(), p.getValue());
      }
      return TencentTestClient.JSON.readTree(text);
    }
  }

  @Test
  void theSpecTableHas46ActionsAndTheSandboxAnswersExactlyThem() throws IOException {
    assertThat(RESPONSES).hasSize(46);
    assertThat(TencentFrontDoor.publishedRateLimits().keySet()).isEqualTo(RESPONSES.keySet());
    TencentFrontDoor door =
        TencentFrontDoor.create(
            Map.of("id", "key"), java.time.Clock.systemUTC(), dev.partnerkit.sandbox.shared.RateLimits.unlimited(),
            new dev.partnerkit.sandbox.shared.Faults(), java.util.Optional.empty());
    assertThat(door.actionNames()).containsExactlyInAnyOrderElementsOf(RESPONSES.keySet());
    Set<String> withRequests = new LinkedHashSet<>();
    validRequests().fieldNames().forEachRemaining(withRequests::add);
    assertThat(withRequests).isEqualTo(RESPONSES.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void answersWithExactlyTheSpecFields(String action) throws IOException {
    JsonNode body = validRequests().get(action);
    JsonNode response = h.call(action, body.toString());
    assertThat(response.get("Error")).as("%s refused %s: %s", action, body, response).isNull();
    checkObject(action, RESPONSES.get(action), response);
  }

  private static void checkObject(String path, List<Field> fields, JsonNode node) {
    Set<String> expected = new LinkedHashSet<>();
    fields.forEach(f -> expected.add(f.name()));
    Set<String> actual = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(actual::add);
    assertThat(actual).as("fields of %s", path).containsExactlyInAnyOrderElementsOf(expected);
    for (Field f : fields) {
      JsonNode v = node.get(f.name());
      if (v.isNull()) {
        assertThat(f.nullable()).as("%s.%s is null but may not be", path, f.name()).isTrue();
        continue;
      }
      checkValue(path + "." + f.name(), f.type(), v);
    }
  }

  private static void checkValue(String path, String type, JsonNode v) {
    if (type.startsWith("Array of ")) {
      assertThat(v.isArray()).as("%s is an array", path).isTrue();
      String element = type.substring("Array of ".length());
      if (TYPES.containsKey(element)) {
        assertThat(v.size()).as("%s has elements to check", path).isPositive();
      }
      for (int i = 0; i < v.size(); i++) {
        checkValue(path + "[" + i + "]", element, v.get(i));
      }
      return;
    }
    switch (type) {
      case "String" -> assertThat(v.isTextual()).as("%s is a string: %s", path, v).isTrue();
      case "Boolean" -> assertThat(v.isBoolean()).as("%s is a boolean: %s", path, v).isTrue();
      case "Float" -> assertThat(v.isNumber()).as("%s is a number: %s", path, v).isTrue();
      case "Integer(int64)", "Integer(uint64)" ->
          assertThat(v.isIntegralNumber()).as("%s is an integer: %s", path, v).isTrue();
      default -> {
        assertThat(TYPES).as("%s has a known type %s", path, type).containsKey(type);
        assertThat(v.isObject()).as("%s is an object", path).isTrue();
        checkObject(path, TYPES.get(type), v);
      }
    }
  }
}
