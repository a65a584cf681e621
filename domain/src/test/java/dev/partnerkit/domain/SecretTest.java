package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A secret is read only through reveal(); its text, hash and equality leak nothing. */
class SecretTest {

  @Test
  void to_string_never_shows_the_value() {
    Secret s = Secret.of("ABCabc123!");
    assertThat(s.toString()).isEqualTo("******").doesNotContain("ABCabc123!");
    assertThat(String.valueOf(s)).doesNotContain("ABC");
    assertThat(s.reveal()).isEqualTo("ABCabc123!");
    assertThat(s.length()).isEqualTo(10);
  }

  @Test
  void equality_compares_values_and_the_hash_says_nothing() {
    assertThat(Secret.of("ABCabc123!")).isEqualTo(Secret.of("ABCabc123!"));
    assertThat(Secret.of("ABCabc123!")).isNotEqualTo(Secret.of("ABCabc123"));
    assertThat(Secret.of("a").hashCode()).isEqualTo(Secret.of("b").hashCode());
    assertThat(Secret.of("a")).isNotEqualTo("a");
  }

  @Test
  void null_is_not_a_secret() {
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
  }
}
