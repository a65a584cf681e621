package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the shared operations table ({@code dev/partnerkit/spec/huawei-bss-operations.tsv} of the spec module) answers on
 * the sites the table names, and only there (elsewhere 404 {@code APIGW.0101}).
 */
class OperationCatalogTest {
  private static final MutableClock CLOCK = MutableClock.at("2026-11-22T10:00:00Z");
  private static HuaweiFrontDoor china;
  private static HuaweiFrontDoor intl;

  record Row(String name, String method, String path, boolean china, boolean intl) {}

  @BeforeAll
  static void start() {
    china = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).clock(CLOCK).build();
    intl = HuaweiFrontDoor.builder().site(HuaweiSite.INTERNATIONAL).clock(CLOCK).build();
  }

  @AfterAll
  static void stop() {
    china.close();
    intl.close();
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(OperationCatalogTest.class.getResourceAsStream("/dev/partnerkit/spec/huawei-bss-operations.tsv")), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        rows.add(new Row(f[0], f[1], f[2], f[3].contains("CN"), f[3].contains("INTL")));
      }
    }
    return rows;
  }

  @Test
  void theTableHas42OperationsAndTheFrontDoorKnowsEachWithTheSameMethodPathAndSites() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSize(42);
    assertThat(rows.stream().filter(r -> r.china() && r.intl())).hasSize(12);
    assertThat(rows.stream().filter(r -> r.china() && !r.intl())).hasSize(21);
    assertThat(rows.stream().filter(r -> !r.china() && r.intl())).hasSize(9);
    assertThat(HuaweiOperation.values()).hasSize(rows.size());
    SoftAssertions soft = new SoftAssertions();
    for (Row r : rows) {
      var op = HuaweiOperation.named(r.name());
      soft.assertThat(op).as(r.name()).isPresent();
      op.ifPresent(o -> {
        soft.assertThat(o.method()).as(r.name()).isEqualTo(r.method());
        soft.assertThat(o.path()).as(r.name()).isEqualTo(r.path());
        soft.assertThat(o.offeredOn(HuaweiSite.CHINA)).as(r.name() + " on China").isEqualTo(r.china());
        soft.assertThat(o.offeredOn(HuaweiSite.INTERNATIONAL)).as(r.name() + " on International").isEqualTo(r.intl());
      });
    }
    soft.assertAll();
  }

  @Test
  void eachOperationAnswersOnItsSitesAndIsAnUnpublishedApiElsewhere() throws IOException {
    int answeredChina = 0;
    int answeredIntl = 0;
    int notFound = 0;
    SoftAssertions soft = new SoftAssertions();
    for (Row r : rows()) {
      for (HuaweiFrontDoor door : List.of(china, intl)) {
        boolean offered = door.site() == HuaweiSite.CHINA ? r.china() : r.intl();
        String body = r.method().equals("GET") ? "" : "{}";
        Wire.Answer a = new Wire(door, CLOCK).send(r.method(), r.path(), "", body, true, java.util.Map.of());
        assertThat(a.header("X-Request-Id")).isPresent();
        if (offered) {
          soft.assertThat(a.status()).as(r.name() + " on " + door.site()).isIn(200, 204, 400);
          soft.assertThat(a.errorCode()).as(r.name() + " on " + door.site()).isNotEqualTo("APIGW.0101");
          if (door.site() == HuaweiSite.CHINA) {
            answeredChina++;
          } else {
            answeredIntl++;
          }
        } else {
          soft.assertThat(a.status()).as(r.name() + " on " + door.site()).isEqualTo(404);
          soft.assertThat(a.errorCode()).as(r.name() + " on " + door.site()).isEqualTo("APIGW.0101");
          notFound++;
        }
      }
    }
    soft.assertAll();
    assertThat(answeredChina).isEqualTo(33);
    assertThat(answeredIntl).isEqualTo(21);
    assertThat(notFound).isEqualTo(30);
    for (HuaweiOperation op : HuaweiOperation.values()) {
      assertThat(china.control().requestCount(op)).as(op.operationName()).isEqualTo(op.offeredOn(HuaweiSite.CHINA) ? 1 : 0);
    }
  }

  @Test
  void eachOperationsRateIsTheSpecTablesPublishedRateOrTheDocumentedCommonLimit() throws IOException {
    java.util.Map<String, String> published = new java.util.HashMap<>();
    try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        OperationCatalogTest.class.getResourceAsStream("/dev/partnerkit/spec/huawei-bss-operation-facts.tsv")), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          published.put(f[0], f[1]);
        }
      }
    }
    SoftAssertions soft = new SoftAssertions();
    for (HuaweiOperation op : HuaweiOperation.values()) {
      String rate = published.get(op.operationName());
      soft.assertThat(rate).as(op.operationName() + " in the facts table").isNotNull();
      if (rate != null) {
        soft.assertThat(op.publishedRequestsPerSecond()).as(op.operationName())
            .isEqualTo(rate.equals("-") ? 10 : Integer.parseInt(rate));
      }
    }
    soft.assertAll();
    assertThat(HuaweiOperation.CHECK_USER_IDENTITY.publishedRequestsPerSecond()).as("spec section 9").isEqualTo(5);
  }

  @Test
  void anUnknownPathOrMethodIsApigw0101() {
    Wire wire = new Wire(china, CLOCK);
    assertThat(wire.post("/v2/partners/sub-customers/nothing", "{}").errorCode()).isEqualTo("APIGW.0101");
    Wire.Answer wrongMethod = wire.send("DELETE", "/v2/partners/sub-customers", "", "", true, java.util.Map.of());
    assertThat(wrongMethod.status()).isEqualTo(404);
    assertThat(wrongMethod.errorCode()).isEqualTo("APIGW.0101");
  }
}
