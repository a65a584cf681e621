package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private final Redactor redactor = Redactor.of(Set.of("Password", "ConfirmPassword", "VerifyCode"), Set.of("Authorization", "X-TC-Token"));

  @Test
  void secret_fields_are_masked_at_any_depth_whatever_their_case() {
    String body = "{\"Mail\":\"a@b.c\",\"Password\":\"Hunter2!x\",\"Nested\":{\"confirmpassword\":\"Hunter2!x\"},"
        + "\"List\":[{\"VerifyCode\":\"123456\"}]}";

    String shown = redactor.json(body);

    assertThat(shown).doesNotContain("Hunter2!x", "123456").contains("a@b.c", Redactor.MASK);
  }

  @Test
  void a_body_that_is_not_json_is_not_shown() {
    assertThat(redactor.json("Password=Hunter2!x&x=1")).doesNotContain("Hunter2").contains("not shown");
  }

  @Test
  void secret_headers_are_masked() {
    Map<String, String> shown = redactor.headers(Map.of("authorization", "TC3-HMAC-SHA256 Credential=AKID/...", "X-TC-Action", "CreateAccount"));
    assertThat(shown).containsEntry("authorization", Redactor.MASK).containsEntry("X-TC-Action", "CreateAccount");
  }
}
