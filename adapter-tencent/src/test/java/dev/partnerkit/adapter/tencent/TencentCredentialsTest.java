package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.domain.Secret;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TencentCredentialsTest {

  static final String KEY = "k3y-Value-That-Must-Not-Leak";
  static final String TOKEN = "t0ken-Value-That-Must-Not-Leak";

  @Test
  void explicit_credentials_win_over_the_environment() {
    TencentCredentials explicit = TencentCredentials.of("AKIDexplicit", Secret.of(KEY));
    TencentCredentials resolved =
        TencentCredentials.resolve(
            explicit, Map.of("TENCENTCLOUD_SECRET_ID", "AKIDenv", "TENCENTCLOUD_SECRET_KEY", "envkey"));
    assertThat(resolved).isSameAs(explicit);
  }

  @Test
  void the_environment_is_read_when_nothing_is_explicit() {
    TencentCredentials resolved =
        TencentCredentials.resolve(
            null,
            Map.of(
                "TENCENTCLOUD_SECRET_ID", "AKIDenv",
                "TENCENTCLOUD_SECRET_KEY", KEY,
                "TENCENTCLOUD_SESSION_TOKEN", TOKEN));
    assertThat(resolved.secretId()).isEqualTo("AKIDenv");
    assertThat(resolved.secretKey().reveal()).isEqualTo(KEY);
    assertThat(resolved.sessionToken()).map(Secret::reveal).contains(TOKEN);
  }

  @Test
  void the_session_token_is_optional() {
    TencentCredentials resolved =
        TencentCredentials.resolve(null, Map.of("TENCENTCLOUD_SECRET_ID", "AKIDenv", "TENCENTCLOUD_SECRET_KEY", KEY));
    assertThat(resolved.sessionToken()).isEmpty();
  }

  @Test
  void nothing_anywhere_names_both_variables() {
    assertThatThrownBy(() -> TencentCredentials.resolve(null, Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENTCLOUD_SECRET_ID")
        .hasMessageContaining("TENCENTCLOUD_SECRET_KEY");
  }

  @Test
  void a_half_set_environment_names_the_missing_variable_and_never_the_value() {
    assertThatThrownBy(() -> TencentCredentials.fromEnvironment(Map.of("TENCENTCLOUD_SECRET_KEY", KEY)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENTCLOUD_SECRET_ID")
        .hasMessageNotContaining(KEY);
    assertThatThrownBy(
            () ->
                TencentCredentials.fromEnvironment(
                    Map.of("TENCENTCLOUD_SECRET_ID", "AKID", "TENCENTCLOUD_SECRET_KEY", " ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENTCLOUD_SECRET_KEY");
  }

  @Test
  void blank_values_are_refused() {
    assertThatThrownBy(() -> TencentCredentials.of(" ", Secret.of(KEY))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TencentCredentials.of("AKID", Secret.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TencentCredentials.of("AKID", Secret.of(KEY), Secret.of("")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void control_characters_are_refused_without_showing_the_value() {
    assertThatThrownBy(() -> TencentCredentials.of("AKID", Secret.of(KEY + "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey")
        .hasMessageNotContaining(KEY);
    assertThatThrownBy(() -> TencentCredentials.of("AKID", Secret.of(KEY), Secret.of(TOKEN + "\r\nX-Evil: 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessionToken")
        .hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> TencentCredentials.of("AKID\t", Secret.of(KEY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void to_string_shows_the_id_but_never_the_key_or_token() {
    String shown = TencentCredentials.of("AKIDvisible", Secret.of(KEY), Secret.of(TOKEN)).toString();
    assertThat(shown).contains("AKIDvisible").doesNotContain(KEY).doesNotContain(TOKEN);
  }
}
