package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.junit.jupiter.api.Test;

class ResponseBodiesTest {

  private static final byte[] BODY = "{\"Response\":{\"RequestId\":\"r-1\"}}".getBytes(StandardCharsets.UTF_8);

  @Test
  void a_body_of_declared_length_is_read_whole() throws IOException {
    assertThat(ResponseBodies.read(new ByteArrayEntity(BODY, ContentType.APPLICATION_JSON), 1024)).isEqualTo(BODY);
  }

  @Test
  void a_body_without_a_length_is_read_to_its_end() throws IOException {
    var chunked = new InputStreamEntity(new ByteArrayInputStream(BODY), -1, ContentType.APPLICATION_JSON);
    assertThat(ResponseBodies.read(chunked, 1024)).isEqualTo(BODY);
  }

  @Test
  void no_entity_is_an_empty_body() throws IOException {
    assertThat(ResponseBodies.read(null, 1024)).isEmpty();
  }

  @Test
  void a_body_over_the_limit_is_refused_whether_declared_or_not() {
    assertThatThrownBy(() -> ResponseBodies.read(new ByteArrayEntity(BODY, ContentType.APPLICATION_JSON), 10))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than 10 bytes");
    var chunked = new InputStreamEntity(new ByteArrayInputStream(BODY), -1, ContentType.APPLICATION_JSON);
    assertThatThrownBy(() -> ResponseBodies.read(chunked, 10))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than 10 bytes");
  }

  @Test
  void a_body_shorter_than_declared_is_an_error() {
    var cut = new InputStreamEntity(new ByteArrayInputStream(BODY), BODY.length + 5L, ContentType.APPLICATION_JSON);
    assertThatThrownBy(() -> ResponseBodies.read(cut, 1024))
        .isInstanceOf(IOException.class).hasMessageContaining("ended after");
  }
}
