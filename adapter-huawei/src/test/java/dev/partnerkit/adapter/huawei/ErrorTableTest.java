package dev.partnerkit.adapter.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.adapter.support.ErrorTable;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error table row by row against the codes extracted from the spec. */
class ErrorTableTest {

  /** CBC.0000 is the success code (CheckUserIdentity answers it with HTTP 200): it is not a failure. */
  private static final Set<String> SUCCESS_CODES = Set.of("CBC.0000");

  private final ErrorTable table = Failures.ERRORS;

  /** code -> documented status (empty when the spec gives none). */
  private static Map<String, Option<Integer>> specCodes() throws IOException {
    Map<String, Option<Integer>> codes = new LinkedHashMap<>();
    try (InputStream in = ErrorTableTest.class.getResourceAsStream("/spec/huawei-error-codes-from-spec.tsv")) {
      Objects.requireNonNull(in, "spec/huawei-error-codes-from-spec.tsv is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        codes.put(cols[0], cols[1].isBlank() ? Option.none() : Option.some(Integer.parseInt(cols[1])));
      }
    }
    return codes;
  }

  @Test
  void every_code_in_the_spec_has_an_explicit_row_with_the_documented_status() throws IOException {
    Map<String, Option<Integer>> spec = specCodes();
    assertThat(spec).hasSize(52);

    int checked = 0;
    for (Map.Entry<String, Option<Integer>> e : spec.entrySet()) {
      if (SUCCESS_CODES.contains(e.getKey())) {
        assertThat(table.exactRow(e.getKey())).as(e.getKey() + " is success, not a failure").isEmpty();
        continue;
      }
      ErrorTable.Row row = table.exactRow(e.getKey())
          .getOrElseThrow(() -> new AssertionError("no row for " + e.getKey()));
      assertThat(row.status()).as(e.getKey() + " status").isEqualTo(e.getValue());
      checked++;
    }
    assertThat(checked).isEqualTo(51);
  }

  @Test
  void the_table_invents_no_exact_code_the_spec_does_not_name() throws IOException {
    Set<String> spec = specCodes().keySet();
    Set<String> exact = table.rows().stream()
        .filter(r -> r.type() == ErrorTable.Match.EXACT)
        .map(ErrorTable.Row::match)
        .collect(Collectors.toSet());

    assertThat(spec).containsAll(exact);
    assertThat(exact).hasSize(51);
  }

  @ParameterizedTest(name = "{0} (HTTP {1}) -> {2}")
  @CsvSource({
      // throttling, in all its spellings
      "APIG.0308, 429, RATE_LIMITED",
      "APIGW.0308, 429, RATE_LIMITED",
      "CBC.0250, 429, RATE_LIMITED",
      "CBC.99007197, 400, RATE_LIMITED",
      // authentication and authorization
      "APIGW.0301, 401, UNAUTHORIZED",
      "APIGW.0303, 401, UNAUTHORIZED",
      "APIGW.0302, 403, UNAUTHORIZED",
      "CBC.0154, 401, UNAUTHORIZED",
      "CBC.0151, 403, UNAUTHORIZED",
      "CBC.0155, 403, UNAUTHORIZED",
      "CBC.0156, 403, UNAUTHORIZED",
      // duplicates
      "CBC.99000038, 400, CONFLICT",
      "CBC.99000039, 400, CONFLICT",
      // malformed input
      "CBC.0100, 400, INVALID_REQUEST",
      "CBC.0101, 400, INVALID_REQUEST",
      "CBC.5017, 400, INVALID_REQUEST",
      "CBC.99000031, 400, INVALID_REQUEST",
      "CBC.99000036, 400, INVALID_REQUEST",
      "CBC.99004010, 400, REJECTED",
      "CBC.99004008, 400, REJECTED",
      // business refusals: quotas and permissions on business objects
      "CBC.99000030, 400, REJECTED",
      "CBC.99000037, 400, REJECTED",
      "CBC.99005035, 400, REJECTED",
      "CBC.99005024, 400, REJECTED",
      // vendor-side failures
      "CBC.0999, 500, UNAVAILABLE",
      // created, association pending: its own treatment, never a plain failure
      "CBC.99000050, 500, OUTCOME_UNKNOWN",
  })
  void key_codes(String code, int status, FailureKind expected) {
    assertThat(table.classify(code, status)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} (HTTP {1}) -> {2}")
  @CsvSource({
      // families: an undocumented gateway auth code is still an auth failure
      "APIGW.0399, 401, UNAUTHORIZED",
      "APIG.0304, 401, UNAUTHORIZED",
      "APIGW.0102, 404, INVALID_REQUEST",
      // any unknown code at 429 or a gateway 5xx
      "CBC.12345678, 429, RATE_LIMITED",
      "CBC.12345678, 503, UNAVAILABLE",
      // unknown codes are never guessed
      "CBC.12345678, 400, UNEXPECTED",
      "CBC.12345678, 500, UNEXPECTED",
      // IAM goes by status: its codes mean different things at different statuses
      "IAM.0004, 401, UNAUTHORIZED",
      "IAM.0001, 403, UNAUTHORIZED",
      "IAM.0004, 404, UNAUTHORIZED",
      "IAM.0007, 400, INVALID_REQUEST",
      "IAM.0006, 500, UNAVAILABLE",
      "IAM.0002, 429, RATE_LIMITED",
      "IAM.0001, 418, UNEXPECTED",
  })
  void families_and_unknown_codes(String code, int status, FailureKind expected) {
    assertThat(table.classify(code, status)).isEqualTo(expected);
  }

  @Test
  void answers_without_a_vendor_code_go_by_status_only_where_the_status_is_unambiguous() {
    assertThat(table.classify(null, 401)).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(table.classify("", 403)).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(table.classify("401", 401)).as("IAM's numeric code is no vendor code").isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(table.classify(null, 429)).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(table.classify(null, 500)).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(table.classify(null, 502)).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(table.classify(null, 400)).isEqualTo(FailureKind.UNEXPECTED);
    assertThat(table.classify(null, 418)).isEqualTo(FailureKind.UNEXPECTED);
  }

  @Test
  void a_malformed_table_is_refused_with_its_line_number() {
    assertThatThrownBy(() -> ErrorTable.parse("t.tsv", new BufferedReader(new StringReader("# c\nCBC.1\t400\tREJECTED\n"))))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ErrorTable.parse("t.tsv", new BufferedReader(new StringReader("*\t\tRATE_LIMITED\tx\n"))))
        .hasMessageContaining("needs a status");
  }
}
