package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one printer of rows: table, JSON and CSV. */
class RowsTest {

  private static String print(OutputFormat format) {
    StringWriter out = new StringWriter();
    try (Rows rows = Rows.start(format, new PrintWriter(out), List.of("id", "name", "email"))) {
      rows.row("1", "Acme, Ltd", Option.some("it@acme.example"));
      rows.row("22", "Initech \"IT\"", Option.none());
    }
    return out.toString();
  }

  @Test
  void a_table_aligns_its_columns() {
    assertThat(print(OutputFormat.TABLE).lines()).containsExactly(
        "id  name          email",
        "1   Acme, Ltd     it@acme.example",
        "22  Initech \"IT\"");
  }

  @Test
  void csv_quotes_what_needs_quoting() {
    assertThat(print(OutputFormat.CSV).lines()).containsExactly(
        "id,name,email", "1,\"Acme, Ltd\",it@acme.example", "22,\"Initech \"\"IT\"\"\",");
  }

  @Test
  void json_is_an_array_of_objects_with_absent_values_null() {
    assertThat(print(OutputFormat.JSON)).isEqualTo("[\n"
        + "  {\"id\":\"1\",\"name\":\"Acme, Ltd\",\"email\":\"it@acme.example\"},\n"
        + "  {\"id\":\"22\",\"name\":\"Initech \\\"IT\\\"\",\"email\":null}\n"
        + "]" + System.lineSeparator());
  }

  @Test
  void an_empty_listing_is_a_header_or_an_empty_array() {
    StringWriter out = new StringWriter();
    Rows.start(OutputFormat.JSON, new PrintWriter(out), List.of("id")).close();
    assertThat(out.toString().trim()).isEqualTo("[]");
    StringWriter table = new StringWriter();
    Rows.start(OutputFormat.TABLE, new PrintWriter(table), List.of("id", "name")).close();
    assertThat(table.toString().trim()).isEqualTo("id  name");
  }

  /** OWASP CSV injection guidance: a text cell a spreadsheet would run as a formula gets a leading single quote. */
  @Test
  void csv_text_cells_that_a_spreadsheet_would_run_are_escaped_and_numbers_are_left_alone() {
    StringWriter out = new StringWriter();
    try (Rows rows = Rows.start(OutputFormat.CSV, new PrintWriter(out), List.of("name", "amount", "count"))) {
      rows.row("=cmd|' /C calc'!A0", new java.math.BigDecimal("-12.50"), -3L);
      rows.row("+1-2", "-12.5", "@SUM(A1)");
      rows.row("-x", "", "ok");
      rows.row("Acme = good", "", Option.some("=1+1"));
    }
    assertThat(out.toString().lines()).containsExactly("name,amount,count", "'=cmd|' /C calc'!A0,-12.50,-3",
        "'+1-2,-12.5,'@SUM(A1)", "'-x,,ok", "Acme = good,,'=1+1");
    assertThat(Rows.spreadsheetSafe("\tTab")).isEqualTo("'\tTab");
    assertThat(Rows.spreadsheetSafe("\rReturn")).isEqualTo("'\rReturn");
    assertThat(Rows.spreadsheetSafe("+8613800000000")).isEqualTo("+8613800000000");
  }

  @Test
  void nothing_is_printed_when_a_listing_is_abandoned_before_its_first_row() {
    for (OutputFormat format : OutputFormat.values()) {
      StringWriter out = new StringWriter();
      Rows.start(format, new PrintWriter(out), List.of("id", "name")).abandon();
      assertThat(out.toString()).as(format.name()).isEmpty();
    }
    StringWriter started = new StringWriter();
    Rows csv = Rows.start(OutputFormat.CSV, new PrintWriter(started), List.of("id"));
    csv.row("1");
    csv.abandon();
    assertThat(started.toString().lines()).containsExactly("id", "1");
  }
}
