package dev.partnerkit.adapter.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a 2xx answer's body is read before it is bound: blank, an object, a business error code. */
class BssCallerAnswerTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void only_ascii_white_space_is_blank() {
    assertThat(BssCaller.isBlank(new byte[0])).isTrue();
    assertThat(BssCaller.isBlank(utf8(" \r\n\t"))).isTrue();
    assertThat(BssCaller.isBlank(utf8(" {}"))).isFalse();
    assertThat(BssCaller.isBlank(utf8("\u00e9"))).isFalse();
  }

  @Test
  void the_top_level_error_code_is_found_wherever_it_is_and_nested_ones_are_not() throws IOException {
    assertThat(BssCaller.topLevelErrorCode(utf8("{\"a\":{\"error_code\":\"CBC.9\"},\"b\":[1,{\"c\":2}],"
        + "\"error_code\":\"CBC.0001\",\"error_msg\":\"no\"}")).get()).isEqualTo(Option.some("CBC.0001"));
    assertThat(BssCaller.topLevelErrorCode(utf8("{\"a\":{\"error_code\":\"CBC.9\"},\"total_count\":3}")).get())
        .isEqualTo(Option.none());
    assertThat(BssCaller.topLevelErrorCode(utf8("{\"error_code\":12}")).get()).isEqualTo(Option.none());
    assertThat(BssCaller.topLevelErrorCode(utf8("{\"error_code\":\"CBC.0000\"}")).get())
        .isEqualTo(Option.some("CBC.0000"));
  }

  @Test
  void an_answer_that_is_not_an_object_is_said_so_and_broken_json_throws() throws IOException {
    assertThat(BssCaller.topLevelErrorCode(utf8("[1,2]")).getLeft()).isEqualTo("the answer is not a JSON object");
    assertThat(BssCaller.topLevelErrorCode(utf8("null")).isLeft()).isTrue();
    assertThatThrownBy(() -> BssCaller.topLevelErrorCode(utf8("{\"a\":"))).isInstanceOf(IOException.class);
  }
}
