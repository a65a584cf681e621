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
}
