package dev.partnerkit.codegen;

import dev.partnerkit.codegen.WireModel.Field;
import dev.partnerkit.codegen.WireModel.Operation;
import dev.partnerkit.codegen.WireModel.Rec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;

/** Huawei BSS: records from the model table, the catalog from the operations table and its facts. */
final class HuaweiSpec {

  static final String MODEL = "huawei-bss-model.tsv";
  static final String OPERATIONS = "huawei-bss-operations.tsv";
  static final String FACTS = "huawei-bss-operation-facts.tsv";
  private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z]\\w+");
  private static final Set<String> SCALARS = Set.of("String", "Integer", "Long", "BigDecimal", "Boolean", "List");

  private HuaweiSpec() {}

  static List<Operation> operations(Filer filer) throws IOException {
    List<String[]> rows = SpecTables.read(filer, OPERATIONS, 5);
    List<String[]> facts = SpecTables.read(filer, FACTS, 5);
    if (rows.size() != facts.size()) {
      throw new IOException(FACTS + " must have one row per operation of " + OPERATIONS);
    }
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      String[] fact = facts.get(i);
      if (!row[0].equals(fact[0])) {
        throw new IOException(FACTS + ": row " + (i + 1) + " is " + fact[0] + ", expected " + row[0]);
      }
      boolean cn = row[3].contains("CN");
      boolean intl = row[3].contains("INTL");
      String sites = cn && intl ? "BOTH" : cn ? "CN" : intl ? "INTL" : null;
      if (sites == null) {
        throw new IOException(OPERATIONS + ": " + row[0] + ": no site in " + row[3]);
      }
      String operationClass = switch (fact[3]) {
        case "read" -> "READ";
        case "idempotent-write" -> "IDEMPOTENT_WRITE";
        case "non-idempotent-write" -> "NON_IDEMPOTENT_WRITE";
        default -> throw new IOException(FACTS + ": " + row[0] + ": unknown idempotency " + fact[3]);
      };
      boolean published = !fact[1].equals("-");
      operations.add(new Operation(row[0], WireModel.constant(row[0]), row[4].replace("`", ""), row[1], row[2], sites,
          published ? Integer.parseInt(fact[1]) : 0, published, fact[2].equals("offset-limit"), 0, operationClass,
          fact[4].equals("yes"), ""));
    }
    return operations;
  }

  static List<Rec> records(Filer filer) throws IOException {
    Map<String, List<String[]>> byRecord = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String[] row : SpecTables.read(filer, MODEL, 6)) {
      List<String[]> fields = byRecord.computeIfAbsent(row[0], k -> new ArrayList<>());
      kinds.put(row[0], row[1]);
      if (!row[2].equals("-")) {
        fields.add(row);
      }
    }
    Set<String> requestTypes = WireModel.typesReachableFromRequests(byRecord, kinds, HuaweiSpec::referencedTypes);
    List<Rec> records = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : byRecord.entrySet()) {
      String kind = kinds.get(e.getKey());
      boolean request = kind.equals("request");
      List<Field> fields = new ArrayList<>();
      for (String[] row : e.getValue()) {
        boolean secret = row[5].equals("yes");
        fields.add(new Field(row[2], WireModel.javaName(row[2]),
            secret ? "dev.partnerkit.domain.Secret" : javaType(row[3]), row[4].equals("required"), secret));
      }
      String doc = switch (kind) {
        case "request" -> "Parameters of the Huawei BSS operation {@code " + e.getKey().replaceFirst("Request$", "") + "}: the body of a POST or PUT, "
            + "the query of a GET; snake_case wire names, null fields are not sent.";
        case "response" -> "Answer of the Huawei BSS operation {@code " + e.getKey().replaceFirst("Response$", "") + "}; unknown fields are ignored.";
        default -> "Wire type {@code " + e.getKey() + "} of Huawei BSS; unknown fields are ignored when read, null "
            + "fields are not written.";
      };
      boolean builder = request || requestTypes.contains(e.getKey());
      records.add(new Rec(e.getKey(), doc, fields, request, builder, false));
    }
    return records;
  }

  private static void referencedTypes(String type, Deque<String> into) {
    Matcher m = TYPE_NAME.matcher(type);
    while (m.find()) {
      if (!SCALARS.contains(m.group())) {
        into.add(m.group());
      }
    }
  }

  static String javaType(String type) {
    return type.replace("List<", "java.util.List<").replace("BigDecimal", "java.math.BigDecimal");
  }
}
