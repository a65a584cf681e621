package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A wire record with two secrets, as the generated ones carry them. */
  record Signup(String mail, @JsonSerialize(using = SecretJson.Writer.class) Secret password,
      @JsonSerialize(using = SecretJson.Writer.class) Secret code) {}

  @Test
  void write_reveals_each_secret_into_the_body_and_hands_back_exactly_those_values() throws Exception {
    SecretJson.Body body = SecretJson.write(MAPPER, new Signup("a@b.example", Secret.of("pa\"ss"), Secret.of("123456")));

    assertThat(new String(body.bytes(), StandardCharsets.UTF_8))
        .isEqualTo("{\"mail\":\"a@b.example\",\"password\":\"pa\\\"ss\",\"code\":\"123456\"}");
    assertThat(body.secrets()).containsExactly("pa\\\"ss", "pa\"ss", "123456");
  }

  @Test
  void each_write_collects_only_its_own_secrets_and_other_serialization_collects_nothing() throws Exception {
    SecretJson.write(MAPPER, new Signup("a@b.example", Secret.of("first-password"), Secret.of("111111")));
    String plain = MAPPER.writeValueAsString(new Signup("c@d.example", Secret.of("stray"), Secret.of("222222")));

    SecretJson.Body second = SecretJson.write(MAPPER, new Signup("e@f.example", Secret.of("second"), Secret.of("333333")));

    assertThat(plain).contains("stray");
    assertThat(second.secrets()).containsExactly("second", "333333");
  }

  @Test
  void masked_writes_every_secret_as_stars_and_reveals_nothing() {
    String masked = SecretJson.masked(MAPPER, new Signup("a@b.example", Secret.of("hunter2"), Secret.of("123456")));

    assertThat(masked).isEqualTo("{\"mail\":\"a@b.example\",\"password\":\"******\",\"code\":\"******\"}");
    assertThat(SecretJson.scrub("echo hunter2 and 123456", List.of("hunter2", "123456")))
        .isEqualTo("echo ****** and ******");
  }
}
