package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ErrorTableTest {

  static ErrorTable table(String text) throws IOException {
    return ErrorTable.parse("test.tsv", new BufferedReader(new StringReader(text)));
  }

  static final String ROWS = String.join("\n",
      "# match\tstatus\tkind\tmeaning",
      "",
      "Auth.*\t\tUNAUTHORIZED\tauthentication family",
      "Auth.Token.*\t\tUNAVAILABLE\ta deeper family",
      "Auth.Token.Bad\t401\tINVALID_REQUEST\tan exact code",
      "Gw.*\t403\tUNAUTHORIZED\tonly at 403",
      "*\t429\tRATE_LIMITED\tany code at 429",
      "-\t500\tUNAVAILABLE\tno code at 500",
      "");

  @Test
  void exact_then_longest_family_then_any_code_at_the_status() throws IOException {
    ErrorTable t = table(ROWS);
    assertThat(t.classify("Auth.Token.Bad", 200)).isEqualTo(FailureKind.INVALID_REQUEST);
    assertThat(t.classify("Auth.Token.Old", 200)).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(t.classify("Auth.Other", 200)).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(t.classify("Gw.1", 403)).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(t.classify("Gw.1", 400)).isEqualTo(FailureKind.UNEXPECTED);
    assertThat(t.classify("Unknown.Code", 429)).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(t.classify("Unknown.Code", 500)).isEqualTo(FailureKind.UNEXPECTED);
  }

  @Test
  void an_answer_without_a_code_goes_by_the_status_rows() throws IOException {
    ErrorTable t = table(ROWS);
    assertThat(t.classify(null, 500)).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(t.classify(" ", 429)).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(t.classify("500", 500)).as("a numeric code is no vendor code").isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(t.classify(null, 400)).isEqualTo(FailureKind.UNEXPECTED);
  }

  @Test
  void rows_keep_file_order_status_and_meaning() throws IOException {
    ErrorTable t = table(ROWS);
    assertThat(t.rows()).extracting(ErrorTable.Row::match)
        .containsExactly("Auth.*", "Auth.Token.*", "Auth.Token.Bad", "Gw.*", "*", "-");
    ErrorTable.Row exact = t.exactRow("Auth.Token.Bad").get();
    assertThat(exact.type()).isEqualTo(ErrorTable.Match.EXACT);
    assertThat(exact.status()).isEqualTo(Option.some(401));
    assertThat(exact.meaning()).isEqualTo("an exact code");
    assertThat(t.exactRow("Auth.*").isEmpty()).isTrue();
    assertThat(t.rows().get(0).status()).isEqualTo(Option.none());
  }

  @Test
  void a_malformed_table_is_refused_with_its_line() {
    assertThatThrownBy(() -> table("# c\nX.1\t400\tREJECTED\n")).hasMessageContaining("test.tsv line 2");
    assertThatThrownBy(() -> table("-\t\tUNAVAILABLE\tx\n")).hasMessageContaining("needs a status");
    assertThatThrownBy(() -> table("X.1\t\tREJECTED\ta\nX.1\t\tCONFLICT\tb\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("X.1");
    assertThatThrownBy(() -> ErrorTable.load(ErrorTableTest.class, "no-such-table.tsv"))
        .hasMessageContaining("no-such-table.tsv is missing");
  }
}
