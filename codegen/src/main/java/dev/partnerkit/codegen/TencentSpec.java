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

/** Tencent intlpartnersmgt: records from the model table, the catalog from the actions table. */
final class TencentSpec {

  static final String MODEL = "tencent-intlpartnersmgt-model.tsv";
  static final String ACTIONS = "tencent-intlpartnersmgt-actions.tsv";
  private static final Set<String> SECRET_FIELDS = Set.of("Password", "ConfirmPassword", "VerifyCode");
  private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z]\\w+");

  private TencentSpec() {}

  static List<Operation> operations(Filer filer) throws IOException {
    List<Operation> operations = new ArrayList<>();
    for (String[] row : SpecTables.read(filer, ACTIONS, 8)) {
      boolean paged = yesNo(row[3]);
      if (paged == row[5].equals("-")) {
        throw new IOException(ACTIONS + ": " + row[0] + " needs a max_page_size exactly when it pages");
      }
      String operationClass = switch (row[6]) {
        case "read" -> "READ";
        case "idempotent-write" -> "IDEMPOTENT_WRITE";
        case "non-idempotent-write" -> "NON_IDEMPOTENT_WRITE";
        default -> throw new IOException(ACTIONS + ": " + row[0] + ": unknown idempotency " + row[6]);
      };
      if (yesNo(row[4]) == operationClass.equals("READ")) {
        throw new IOException(ACTIONS + ": " + row[0] + ": mutates and idempotency disagree");
      }
      operations.add(new Operation(row[0], WireModel.constant(row[0]), row[7], "POST", "/", "-",
          Integer.parseInt(row[2]), true, paged, paged ? Integer.parseInt(row[5]) : 0, operationClass, false, row[1]));
    }
    return operations;
  }

  static List<Rec> records(Filer filer, List<Operation> operations) throws IOException {
    Map<String, List<String[]>> byRecord = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String[] row : SpecTables.read(filer, MODEL, 5)) {
      String name = row[0] + switch (row[1]) {
        case "request" -> "Request";
        case "response" -> "Response";
        case "type" -> "";
        default -> throw new IOException(MODEL + ": unknown kind " + row[1]);
      };
      byRecord.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
      kinds.put(name, row[1]);
    }
    for (Operation o : operations) {
      for (String kind : List.of("request", "response")) {
        String name = o.wireName() + (kind.equals("request") ? "Request" : "Response");
        byRecord.computeIfAbsent(name, k -> new ArrayList<>());
        kinds.putIfAbsent(name, kind);
      }
    }
    Set<String> requestTypes = WireModel.typesReachableFromRequests(byRecord, kinds, TencentSpec::referencedTypes);
    List<Rec> records = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : byRecord.entrySet()) {
      String kind = kinds.get(e.getKey());
      boolean request = kind.equals("request");
      List<Field> fields = new ArrayList<>();
      for (String[] row : e.getValue()) {
        boolean secret = request && SECRET_FIELDS.contains(row[2]);
        fields.add(new Field(row[2], WireModel.javaName(row[2]),
            secret ? "dev.partnerkit.domain.Secret" : javaType(row[3]), row[4].equals("required"), secret));
      }
      String owner = e.getValue().isEmpty() ? e.getKey() : e.getValue().get(0)[0];
      String doc = switch (kind) {
        case "request" -> "Request of the intlpartnersmgt action {@code " + owner + "}; null fields are not sent.";
        case "response" -> "Response of the intlpartnersmgt action {@code " + owner + "} (the content of the "
            + "{@code Response} envelope); unknown fields are ignored, enum-like values stay strings.";
        default -> "Wire type {@code " + owner + "} of intlpartnersmgt; unknown fields are ignored when read, null "
            + "fields are not written.";
      };
      boolean builder = request ? !fields.isEmpty() : requestTypes.contains(e.getKey());
      records.add(new Rec(e.getKey(), doc, fields, request, builder, false));
    }
    return records;
  }

  private static void referencedTypes(String apiType, Deque<String> into) {
    Matcher m = TYPE_NAME.matcher(apiType.replace("Array of ", ""));
    while (m.find()) {
      String t = m.group();
      if (!Set.of("Integer", "Float", "String", "Boolean").contains(t)) {
        into.add(t);
      }
    }
  }

  static String javaType(String apiType) {
    if (apiType.startsWith("Array of ")) {
      return "java.util.List<" + javaType(apiType.substring("Array of ".length())) + ">";
    }
    return switch (apiType) {
      case "Integer(int64)", "Integer(uint64)" -> "Long";
      case "Float" -> "java.math.BigDecimal";
      case "String" -> "String";
      case "Boolean" -> "Boolean";
      default -> apiType;
    };
  }

  private static boolean yesNo(String cell) throws IOException {
    return switch (cell) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IOException("expected yes or no, found " + cell);
    };
  }
}
