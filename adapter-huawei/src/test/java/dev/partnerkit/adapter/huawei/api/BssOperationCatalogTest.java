package dev.partnerkit.adapter.huawei.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.support.OperationClass;
import dev.partnerkit.domain.HuaweiSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalog against the spec's operation table (the spec module's {@code huawei-bss-operations.tsv}, which the generator reads too). */
class BssOperationCatalogTest {

  /** One row of the spec's table. */
  record SpecOperation(String name, String method, String path, Set<HuaweiSite> sites) {}

  static List<SpecOperation> specOperations() throws IOException {
    List<SpecOperation> rows = new ArrayList<>();
    try (InputStream in = BssOperationCatalogTest.class.getResourceAsStream("/dev/partnerkit/spec/huawei-bss-operations.tsv")) {
      Objects.requireNonNull(in, "dev/partnerkit/spec/huawei-bss-operations.tsv (spec module) is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        rows.add(new SpecOperation(cols[0], cols[1], cols[2], sites(cols[3])));
      }
    }
    return rows;
  }

  private static Set<HuaweiSite> sites(String service) {
    Set<HuaweiSite> sites = EnumSet.noneOf(HuaweiSite.class);
    for (String part : service.split(",")) {
      String s = part.trim();
      if (s.equals("CN")) {
        sites.add(HuaweiSite.CHINA);
      } else if (s.startsWith("INTL")) { // "INTL", "INTL only", "INTL(SDK)"
        sites.add(HuaweiSite.INTERNATIONAL);
      } else {
        throw new IllegalArgumentException("unknown service column value: " + service);
      }
    }
    return sites;
  }

  @Test
  void the_spec_lists_42_operations_and_the_catalog_has_exactly_those() throws IOException {
    List<SpecOperation> spec = specOperations();

    assertThat(spec).hasSize(42);
    assertThat(BssOperation.values()).hasSize(42);
    assertThat(EnumSet.allOf(BssOperation.class).stream().map(BssOperation::wireName).collect(Collectors.toSet()))
        .isEqualTo(spec.stream().map(SpecOperation::name).collect(Collectors.toSet()));
  }

  @Test
  void every_operation_has_the_spec_method_path_and_sites() throws IOException {
    int checked = 0;
    for (SpecOperation row : specOperations()) {
      BssOperation op = BssOperation.byWireName(row.name()).getOrElseThrow(
          () -> new AssertionError("not in the catalog: " + row.name()));
      assertThat(op.httpMethod()).as(row.name() + " method").isEqualTo(row.method());
      assertThat(op.path()).as(row.name() + " path").isEqualTo(row.path());
      assertThat(op.sites()).as(row.name() + " sites").isEqualTo(row.sites());
      checked++;
    }
    assertThat(checked).isEqualTo(42);
  }

  @Test
  void freeze_unfreeze_and_budget_setting_are_the_only_idempotent_writes() {
    assertThat(Arrays.stream(BssOperation.values()).filter(op -> op.operationClass() == OperationClass.IDEMPOTENT_WRITE))
        .containsExactlyInAnyOrder(BssOperation.FREEZE_SUB_CUSTOMERS, BssOperation.UNFREEZE_SUB_CUSTOMERS,
            BssOperation.UPDATE_SUB_CUSTOMER_BUDGET);
    assertThat(BssOperation.CREATE_SUB_CUSTOMER.operationClass()).isEqualTo(OperationClass.NON_IDEMPOTENT_WRITE);
    assertThat(BssOperation.UPDATE_CUSTOMER_ACCOUNT_AMOUNT.operationClass())
        .isEqualTo(OperationClass.NON_IDEMPOTENT_WRITE);
    assertThat(BssOperation.CREATE_PARTNER_COUPONS.operationClass()).isEqualTo(OperationClass.NON_IDEMPOTENT_WRITE);
    assertThat(BssOperation.CHECK_USER_IDENTITY.operationClass()).isEqualTo(OperationClass.READ);
    for (BssOperation op : BssOperation.values()) {
      assertThat(op.mutates()).as(op.wireName()).isEqualTo(op.operationClass() != OperationClass.READ);
    }
  }

  @Test
  void published_rate_limits_are_those_of_spec_section_9() {
    assertThat(BssOperation.CHECK_USER_IDENTITY.publishedRateLimitPerSecond()).containsExactly(5);
    assertThat(BssOperation.CREATE_SUB_CUSTOMER.publishedRateLimitPerSecond()).containsExactly(10);
    assertThat(BssOperation.SEND_VERIFICATION_MESSAGE_CODE.publishedRateLimitPerSecond()).containsExactly(10);
    assertThat(BssOperation.LIST_SUB_CUSTOMERS.publishedRateLimitPerSecond()).isEmpty();
    assertThat(BssOperation.LIST_SUB_CUSTOMERS.effectiveRateLimitPerSecond()).isEqualTo(10);
  }

  @Test
  void only_get_operations_use_the_query_string_and_mutations_never_page() {
    for (BssOperation op : BssOperation.values()) {
      assertThat(op.usesQueryString()).as(op.wireName()).isEqualTo(op.httpMethod().equals("GET"));
      if (op.mutates()) {
        assertThat(op.httpMethod()).as(op.wireName()).isIn("POST", "PUT");
        assertThat(op.pages()).as(op.wireName()).isFalse();
      }
    }
    assertThat(EnumSet.allOf(BssOperation.class).stream().filter(BssOperation::mutates).count()).isEqualTo(16);
  }

  @Test
  void an_operation_pages_exactly_when_its_request_record_has_offset_and_limit() {
    int paging = 0;
    for (BssOperation op : BssOperation.values()) {
      boolean hasOffsetAndLimit = requestComponents(op).containsAll(Set.of("offset", "limit"));
      assertThat(op.pages()).as(op.wireName()).isEqualTo(hasOffsetAndLimit);
      paging += op.pages() ? 1 : 0;
    }
    assertThat(paging).isEqualTo(16);
  }

  private static Set<String> requestComponents(BssOperation op) {
    try {
      Class<?> request = Class.forName(BssOperation.class.getPackageName() + "." + op.wireName() + "Request");
      return java.util.Arrays.stream(request.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName)
          .collect(Collectors.toSet());
    } catch (ClassNotFoundException e) {
      return Set.of(); // operations without parameters have no request record
    }
  }

  @Test
  void china_and_international_only_operations_are_where_the_spec_says() {
    assertThat(BssOperation.FREEZE_SUB_CUSTOMERS.isOfferedOn(HuaweiSite.CHINA)).isFalse();
    assertThat(BssOperation.FREEZE_SUB_CUSTOMERS.isOfferedOn(HuaweiSite.INTERNATIONAL)).isTrue();
    assertThat(BssOperation.UPDATE_CUSTOMER_ACCOUNT_AMOUNT.isOfferedOn(HuaweiSite.INTERNATIONAL)).isFalse();
    assertThat(BssOperation.CREATE_SUB_CUSTOMER.sites()).containsExactlyInAnyOrder(HuaweiSite.values());
  }
}
