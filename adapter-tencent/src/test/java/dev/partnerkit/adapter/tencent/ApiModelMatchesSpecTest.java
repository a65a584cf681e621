package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.domain.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wire records against the spec's model table (the spec module's {@code tencent-intlpartnersmgt-model.tsv}, which the generator reads too):
 * every row has its component with the right Java type, and no record has a wire property the table does not list.
 */
class ApiModelMatchesSpecTest {

  static final String API = "dev.partnerkit.adapter.tencent.api.";

  record Row(String owner, String kind, String field, String apiType, String presence) {
    String recordName() {
      return owner + switch (kind) {
        case "request" -> "Request";
        case "response" -> "Response";
        case "type" -> "";
        default -> throw new IllegalArgumentException("unknown kind " + kind);
      };
    }
  }

  static List<Row> rows;

  @BeforeAll
  static void readTable() throws IOException {
    rows = new ArrayList<>();
    try (InputStream in =
        ApiModelMatchesSpecTest.class.getResourceAsStream("/dev/partnerkit/spec/tencent-intlpartnersmgt-model.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        assertThat(c).as("row %s", line).hasSize(5);
        rows.add(new Row(c[0], c[1], c[2], c[3], c[4]));
      }
    }
  }

  static final Set<String> SECRETS = Set.of(
      "CreateAccountRequest.Password", "CreateAccountRequest.ConfirmPassword", "CreateAccountRequest.VerifyCode");

  @Test
  void the_table_is_the_one_expected() {
    // 143 request parameters + 133 response fields + 265 nested-type fields, as published with the spec
    assertThat(rows).as("541 rows of the shared TSV and the 9 Name rows it omits").hasSize(550);
    assertThat(rows.stream().filter(r -> r.kind().equals("type")).map(Row::owner).distinct()).hasSize(36);
  }

  @Test
  void every_row_has_its_component_with_the_spec_type() throws Exception {
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (Row row : rows) {
      Class<?> record = Class.forName(API + row.recordName());
      RecordComponent component = componentForWireName(record, row.field());
      if (component == null) {
        problems.add(row.recordName() + " has no component for " + row.field());
        continue;
      }
      // passwords and codes are Secrets in the wire model, revealed only into the body
      Type expected = SECRETS.contains(row.recordName() + "." + row.field()) ? Secret.class : expectedType(row.apiType());
      if (!component.getGenericType().getTypeName().equals(expected.getTypeName())) {
        problems.add(
            row.recordName() + "." + row.field() + ": " + component.getGenericType().getTypeName()
                + " but the spec's " + row.apiType() + " maps to " + expected.getTypeName());
        continue;
      }
      checked++;
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isEqualTo(rows.size()).isEqualTo(550);
  }

  @Test
  void no_record_has_a_wire_property_beyond_the_table() throws Exception {
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    for (IntlPartnersAction action : List.of(IntlPartnersAction.values())) {
      expected.put(action.wireName() + "Request", new TreeSet<>());
      expected.put(action.wireName() + "Response", new TreeSet<>(Set.of("RequestId")));
    }
    for (Row row : rows) {
      expected.computeIfAbsent(row.recordName(), k -> new TreeSet<>()).add(row.field());
    }
    assertThat(expected).hasSize(46 + 46 + 36);
    for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
      Class<?> record = Class.forName(API + e.getKey());
      assertThat(record.isRecord()).as(e.getKey()).isTrue();
      assertThat(wireNames(record)).as("wire properties of %s", e.getKey()).isEqualTo(e.getValue());
      assertThat(record.getRecordComponents()).as("%s: every component is a wire property", e.getKey())
          .hasSize(e.getValue().size());
    }
  }

  @Test
  void the_api_package_holds_exactly_the_128_records() throws Exception {
    Path dir =
        Path.of(Class.forName(API + "CreateAccountRequest").getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/partnerkit/adapter/tencent/api");
    Set<String> records;
    try (Stream<Path> files = Files.list(dir)) {
      records =
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(n -> n.substring(0, n.length() - ".class".length()))
              .filter(n -> isPublicRecord(API + n))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> expected = new LinkedHashSet<>();
    List.of(IntlPartnersAction.values()).forEach(a -> expected.addAll(List.of(a.wireName() + "Request", a.wireName() + "Response")));
    rows.stream().filter(r -> r.kind().equals("type")).forEach(r -> expected.add(r.owner()));
    assertThat(records).hasSize(128).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void request_builders_refuse_exactly_the_missing_required_parameters() throws Exception {
    Map<String, List<String>> required = new LinkedHashMap<>();
    for (Row row : rows) {
      if (row.kind().equals("request")) {
        List<String> names = required.computeIfAbsent(row.recordName(), k -> new ArrayList<>());
        if (row.presence().equals("required")) {
          names.add(row.field());
        }
      }
    }
    for (Map.Entry<String, List<String>> e : required.entrySet()) {
      Class<?> record = Class.forName(API + e.getKey());
      Object builder = record.getMethod("builder").invoke(null);
      Method build = builder.getClass().getMethod("build");
      try {
        Object built = build.invoke(builder);
        assertThat(e.getValue()).as("%s built without its required parameters", e.getKey()).isEmpty();
        assertThat(built).isInstanceOf(record);
      } catch (InvocationTargetException thrown) {
        assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class);
        // Immutables names the record components: the Java names of the required wire parameters
        List<String> javaNames = new ArrayList<>();
        for (String wire : e.getValue()) {
          javaNames.add(componentForWireName(record, wire).getName());
        }
        assertThat(thrown.getCause().getMessage())
            .as(e.getKey())
            .isEqualTo("Cannot build " + e.getKey() + ", some of required attributes are not set " + javaNames);
      }
    }
  }

  static RecordComponent componentForWireName(Class<?> record, String wireName) {
    for (RecordComponent c : record.getRecordComponents()) {
      JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
      if (p != null && p.value().equals(wireName)) {
        return c;
      }
    }
    return null;
  }

  static Set<String> wireNames(Class<?> record) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
      if (p != null) {
        names.add(p.value());
      }
    }
    return names;
  }

  static Type expectedType(String apiType) throws ClassNotFoundException {
    if (apiType.startsWith("Array of ")) {
      Type element = expectedType(apiType.substring("Array of ".length()));
      return new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
          return new Type[] {element};
        }

        @Override
        public Type getRawType() {
          return List.class;
        }

        @Override
        public Type getOwnerType() {
          return null;
        }

        @Override
        public String getTypeName() {
          return "java.util.List<" + element.getTypeName() + ">";
        }
      };
    }
    return switch (apiType) {
      case "Integer(int64)", "Integer(uint64)" -> Long.class;
      case "Float" -> BigDecimal.class;
      case "String" -> String.class;
      case "Boolean" -> Boolean.class;
      default -> {
        if (!apiType.matches("[A-Z][A-Za-z0-9]+")) {
          fail("unexpected api type " + apiType);
        }
        yield Class.forName(API + apiType);
      }
    };
  }

  static boolean isPublicRecord(String className) {
    try {
      Class<?> c = Class.forName(className);
      return c.isRecord() && Modifier.isPublic(c.getModifiers());
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
