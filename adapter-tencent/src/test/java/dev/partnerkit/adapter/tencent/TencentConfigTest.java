package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.domain.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TencentConfigTest {

  static final TencentCredentials CREDS =
      TencentCredentials.of("AKIDconfig", Secret.of("config-Secret-Key"), Secret.of("config-Session-Token"));

  @Test
  void defaults_are_the_documented_https_endpoint_english_and_bounded_timeouts() {
    TencentConfig config = TencentConfig.builder().credentials(CREDS).build();
    assertThat(config.endpoint()).hasToString("https://intlpartnersmgt.intl.tencentcloudapi.com");
    assertThat(config.hostHeader()).isEqualTo("intlpartnersmgt.intl.tencentcloudapi.com");
    assertThat(config.language().header()).isEqualTo("en-US");
    assertThat(config.region()).isEmpty();
    assertThat(config.connectTimeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
    assertThat(config.responseTimeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
    assertThat(config.callTimeout()).isGreaterThanOrEqualTo(config.responseTimeout());
    assertThat(config.allowInsecureHttp()).isFalse();
    assertThat(config.proxy()).isEmpty();
  }

  @Test
  void a_bare_host_or_an_https_url_is_accepted_and_normalized() {
    TencentConfig olderHost =
        TencentConfig.builder().credentials(CREDS).endpoint("intlpartnersmgt.tencentcloudapi.com").build();
    assertThat(olderHost.endpoint())
        .hasToString("https://intlpartnersmgt.tencentcloudapi.com");
    TencentConfig withPort = TencentConfig.builder().credentials(CREDS).endpoint("https://example.test:8443/").build();
    assertThat(withPort.endpoint()).hasToString("https://example.test:8443");
    assertThat(withPort.hostHeader()).isEqualTo("example.test:8443");
  }

  @Test
  void plain_http_is_refused_unless_explicitly_allowed() {
    assertThatThrownBy(() -> TencentConfig.builder().credentials(CREDS).endpoint("http://127.0.0.1:8080").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowInsecureHttp");
    TencentConfig sandbox =
        TencentConfig.builder().credentials(CREDS).endpoint("http://127.0.0.1:8080").allowInsecureHttp(true).build();
    assertThat(sandbox.endpoint()).hasToString("http://127.0.0.1:8080");
  }

  @Test
  void endpoints_with_a_path_query_user_or_other_scheme_are_refused() {
    for (String bad : new String[] {"https://h/x", "https://h/?a=1", "https://u:p@h", "ftp://h", "https://"}) {
      assertThatThrownBy(() -> TencentConfig.builder().credentials(CREDS).endpoint(bad).build())
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void timeouts_must_be_positive_and_the_call_timeout_the_longest() {
    assertThatThrownBy(() -> TencentConfig.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TencentConfig.builder().responseTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TencentConfig.builder()
                    .credentials(CREDS)
                    .responseTimeout(Duration.ofSeconds(30))
                    .callTimeout(Duration.ofSeconds(10))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credentials_come_from_the_injected_environment_when_not_explicit() {
    TencentConfig config =
        TencentConfig.builder()
            .environment(Map.of("TENCENTCLOUD_SECRET_ID", "AKIDfromEnv", "TENCENTCLOUD_SECRET_KEY", "env-key"))
            .build();
    assertThat(config.credentials().secretId()).isEqualTo("AKIDfromEnv");
  }

  @Test
  void missing_credentials_are_named() {
    assertThatThrownBy(() -> TencentConfig.builder().environment(Map.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENTCLOUD_SECRET_ID");
  }

  @Test
  void everything_is_settable() {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    TencentConfig config =
        TencentConfig.builder()
            .credentials(CREDS)
            .region("ap-singapore")
            .language(TencentConfig.Language.ZH_CN)
            .connectTimeout(Duration.ofSeconds(2))
            .responseTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(4))
            .proxy("proxy.internal", 3128)
            .maxConnections(7)
            .clock(clock)
            .build();
    assertThat(config.region()).contains("ap-singapore");
    assertThat(config.language().header()).isEqualTo("zh-CN");
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(config.proxy()).contains(URI.create("http://proxy.internal:3128"));
    assertThat(config.maxConnections()).isEqualTo(7);
    assertThat(config.clock()).isSameAs(clock);
  }

  @Test
  void to_string_never_shows_the_proxy_password() {
    TencentConfig config = TencentConfig.builder().credentials(CREDS).proxy("proxy.internal", 3128)
        .proxyLogin("proxy-user", Secret.of("proxy-Password-9")).build();

    assertThat(config.proxyLogin().map(l -> l.password().reveal())).containsExactly("proxy-Password-9");
    assertThat(config.toString()).contains("proxy-user").doesNotContain("proxy-Password-9");
    assertThat(config.proxyLogin().get().toString()).doesNotContain("proxy-Password-9");
  }

  @Test
  void to_string_never_shows_the_key_or_token() {
    String shown = TencentConfig.builder().credentials(CREDS).build().toString();
    assertThat(shown).contains("AKIDconfig").doesNotContain("config-Secret-Key").doesNotContain("config-Session-Token");
  }

  /** Issue 14: an endpoint's user info may be a pasted key; the message never quotes it. */
  @Test
  void an_endpoint_with_user_info_is_refused_without_quoting_it() {
    String id = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
    String key = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
    for (String bad : new String[] {"https://" + id + ":" + key + "@example.test", "https://example.test/?key=" + key,
        "https://" + key + "@exa mple.test"}) {
      assertThatThrownBy(() -> TencentConfig.builder().credentials(CREDS).endpoint(bad).build())
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(String.valueOf(e.getMessage()) + e.getCause()).doesNotContain(id, key));
    }
  }
}
