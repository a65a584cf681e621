package dev.partnerkit.adapter.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every error body shape Huawei uses, and bodies that are not error bodies at all. */
class ErrorBodyTest {

  private static ErrorBody parse(String body) {
    return ErrorBody.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bss_shape() {
    assertThat(parse("{\"error_code\":\"CBC.0100\",\"error_msg\":\"bad\"}"))
        .isEqualTo(new ErrorBody("CBC.0100", "bad", null, null));
  }

  @Test
  void flat_code_and_message_shape() {
    assertThat(parse("{\"code\":\"APIGW.0101\",\"message\":\"no such api\"}"))
        .isEqualTo(new ErrorBody("APIGW.0101", "no such api", null, null));
  }

  @Test
  void nested_gateway_and_iam_shape_with_a_numeric_code() {
    assertThat(parse("{\"error\":{\"code\":\"APIGW.0303\",\"message\":\"skew\"}}"))
        .isEqualTo(new ErrorBody("APIGW.0303", "skew", null, null));
    assertThat(parse("{\"error\":{\"code\":401,\"message\":\"wrong password\",\"title\":\"Unauthorized\"}}"))
        .isEqualTo(new ErrorBody("401", "wrong password", null, null));
  }

  @Test
  void association_pending_carries_the_created_ids() {
    assertThat(parse("{\"error_code\":\"CBC.99000050\",\"error_msg\":\"timeout\",\"domain_id\":\"d1\",\"domain_name\":\"n1\"}"))
        .isEqualTo(new ErrorBody("CBC.99000050", "timeout", "d1", "n1"));
  }

  @Test
  void not_json_or_not_an_object_gives_an_empty_body() {
    ErrorBody empty = new ErrorBody(null, null, null, null);
    assertThat(parse("<html>502 Bad Gateway</html>")).isEqualTo(empty);
    assertThat(parse("[1,2]")).isEqualTo(empty);
    assertThat(parse("")).isEqualTo(empty);
    assertThat(parse("{\"error_code\":{\"nested\":true}}")).isEqualTo(empty);
  }

  @Test
  void very_long_messages_are_cut() {
    String body = "{\"error_code\":\"CBC.0999\",\"error_msg\":\"" + "x".repeat(5000) + "\"}";
    assertThat(parse(body).message()).hasSize(1003).endsWith("...");
  }
}
