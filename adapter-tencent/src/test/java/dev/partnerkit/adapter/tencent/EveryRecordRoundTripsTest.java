package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.WireJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.domain.Secret;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every one of the 128 wire records, with every field set, goes through the adapter's mapper and back unchanged,
 * under exactly its wire names; and every response parses out of a full {@code Response} envelope.
 */
class EveryRecordRoundTripsTest {

  static final String API = "dev.partnerkit.adapter.tencent.api.";

  static List<Class<?>> allRecords() throws ClassNotFoundException {
    Set<String> names = new TreeSet<>();
    for (IntlPartnersAction action : List.of(IntlPartnersAction.values())) {
      names.add(action.wireName() + "Request");
      names.add(action.wireName() + "Response");
    }
    for (String line : SpecResource.lines("tencent-intlpartnersmgt-model.tsv")) {
      String[] cells = line.split("\t");
      if (!line.startsWith("#") && cells.length == 5 && cells[1].equals("type")) {
        names.add(cells[0]);
      }
    }
    List<Class<?>> records = new ArrayList<>();
    for (String name : names) {
      records.add(Class.forName(API + name));
    }
    return records;
  }

  @Test
  void every_record_round_trips_with_every_field_under_its_wire_name() throws Exception {
    List<Class<?>> records = allRecords();
    assertThat(records).hasSize(128);
    for (Class<?> type : records) {
      Object full = sample(type);
      JsonNode json = WireJson.MAPPER.valueToTree(full);
      Set<String> keys = new TreeSet<>();
      json.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).as("JSON keys of %s", type.getSimpleName()).isEqualTo(ApiModelMatchesSpecTest.wireNames(type));
      Object back = WireJson.MAPPER.treeToValue(json, type);
      assertThat(back).as(type.getSimpleName()).isEqualTo(full);
    }
  }

  @Test
  void every_response_parses_out_of_a_full_envelope() throws Exception {
    int parsed = 0;
    for (IntlPartnersAction action : List.of(IntlPartnersAction.values())) {
      Class<?> type = Class.forName(API + action.wireName() + "Response");
      Object full = sample(type);
      byte[] envelope =
          ("{\"Response\":" + WireJson.MAPPER.writeValueAsString(full) + ",\"Extra\":1}")
              .getBytes(StandardCharsets.UTF_8);
      assertThat(EnvelopeReader.read(action, 200, envelope, type).get()).isEqualTo(full);
      parsed++;
    }
    assertThat(parsed).isEqualTo(46);
  }

  @Test
  void unset_optional_fields_are_not_written() throws Exception {
    for (Class<?> type : allRecords()) {
      if (!type.getSimpleName().endsWith("Response")) {
        Object empty = allNulls(type);
        assertThat(WireJson.MAPPER.writeValueAsString(empty)).as(type.getSimpleName()).isEqualTo("{}");
      }
    }
  }

  static Object sample(Type type) throws Exception {
    if (type == Long.class) {
      return 7L;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("1.25");
    }
    if (type == String.class) {
      return "s";
    }
    if (type == Boolean.class) {
      return Boolean.TRUE;
    }
    if (type == Secret.class) {
      return Secret.of("pw!");
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return List.of(sample(p.getActualTypeArguments()[0]));
    }
    Class<?> record = (Class<?>) type;
    RecordComponent[] components = record.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = sample(components[i].getGenericType());
      types[i] = components[i].getType();
    }
    Constructor<?> canonical = record.getDeclaredConstructor(types);
    return canonical.newInstance(values);
  }

  static Object allNulls(Class<?> record) throws Exception {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    return record.getDeclaredConstructor(types).newInstance(new Object[components.length]);
  }
}
