package dev.partnerkit.adapter.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration defaults and checks, and the credentials chain. */
class HuaweiConfigTest {

  private static final HuaweiCredentials.AkSk EXPLICIT = HuaweiCredentials.akSk("AK-EXPLICIT", Secret.of("SK-explicit-9"));

  private static HuaweiConfig.Builder builder(HuaweiSite site) {
    return HuaweiConfig.builder(site).environment(Map.of()).credentials(EXPLICIT);
  }

  @Test
  void each_site_has_its_endpoint_and_timeouts_are_always_set() {
    HuaweiConfig china = builder(HuaweiSite.CHINA).build();
    HuaweiConfig intl = builder(HuaweiSite.INTERNATIONAL).build();

    assertThat(china.endpoint()).isEqualTo(URI.create("https://bss.myhuaweicloud.com"));
    assertThat(intl.endpoint()).isEqualTo(URI.create("https://bss-intl.myhuaweicloud.com"));
    assertThat(china.iamEndpoint()).isEqualTo(URI.create("https://iam.myhuaweicloud.com"));
    assertThat(china.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(china.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(china.allowInsecureHttp()).isFalse();
    assertThat(china.proxy()).isEmpty();
  }

  @Test
  void the_endpoint_can_be_overridden_and_a_default_port_is_dropped() {
    HuaweiConfig eu = builder(HuaweiSite.INTERNATIONAL).endpoint(URI.create("https://bss.myhuaweicloud.eu:443/")).build();

    assertThat(eu.endpoint()).isEqualTo(URI.create("https://bss.myhuaweicloud.eu"));
  }

  @Test
  void plain_http_is_refused_unless_allowed() {
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).endpoint(URI.create("http://127.0.0.1:8080")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http")
        .hasMessageContaining("allowInsecureHttp");

    HuaweiConfig sandbox = builder(HuaweiSite.CHINA).endpoint(URI.create("http://127.0.0.1:8080"))
        .allowInsecureHttp(true).build();
    assertThat(sandbox.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8080"));
  }

  @Test
  void nonsense_settings_are_refused_with_their_name() {
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).endpoint(URI.create("https://bss.example/v2")).build())
        .hasMessageContaining("endpoint must not have a path");
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).endpoint(URI.create("ftp://bss.example")).build())
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).responseTimeout(Duration.ZERO).build())
        .hasMessageContaining("responseTimeout");
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).language("fr_FR").build())
        .hasMessageContaining("language must be zh_CN or en_US");
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).connectTimeout(null).build())
        .hasMessageContaining("connectTimeout");
  }

  @Test
  void explicit_credentials_win_over_the_environment() {
    HuaweiConfig config = HuaweiConfig.builder(HuaweiSite.CHINA).credentials(EXPLICIT)
        .environment(Map.of("HUAWEICLOUD_SDK_AK", "AK-ENV", "HUAWEICLOUD_SDK_SK", "SK-env")).build();

    assertThat(config.credentials()).isEqualTo(EXPLICIT);
  }

  @Test
  void the_environment_supplies_ak_sk_and_domain_id() {
    HuaweiConfig config = HuaweiConfig.builder(HuaweiSite.CHINA).environment(Map.of(
        "HUAWEICLOUD_SDK_AK", "AK-ENV", "HUAWEICLOUD_SDK_SK", "SK-env-secret", "HUAWEICLOUD_SDK_DOMAIN_ID", "dom-1"))
        .build();

    HuaweiCredentials.AkSk akSk = (HuaweiCredentials.AkSk) config.credentials();
    assertThat(akSk.accessKey()).isEqualTo("AK-ENV");
    assertThat(akSk.secretKey().reveal()).isEqualTo("SK-env-secret");
    assertThat(akSk.optionalDomainId()).contains("dom-1");
  }

  @Test
  void missing_credentials_are_named() {
    assertThatThrownBy(() -> HuaweiConfig.builder(HuaweiSite.CHINA).environment(Map.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no Huawei Cloud credentials")
        .hasMessageContaining("HUAWEICLOUD_SDK_AK")
        .hasMessageContaining("HUAWEICLOUD_SDK_SK");
    assertThatThrownBy(() -> HuaweiConfig.builder(HuaweiSite.CHINA)
        .environment(Map.of("HUAWEICLOUD_SDK_AK", "AK-ENV")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not (or is blank)");
    assertThatThrownBy(() -> HuaweiConfig.builder(HuaweiSite.CHINA)
        .environment(Map.of("HUAWEICLOUD_SDK_SK", "SK-only-secret")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HUAWEICLOUD_SDK_SK is set but HUAWEICLOUD_SDK_AK is not (or is blank)");
    assertThatThrownBy(() -> HuaweiCredentials.iamPassword("user", Secret.of(" "), "domain"))
        .hasMessage("IAM password is blank");
    assertThatThrownBy(() -> HuaweiCredentials.iamPassword("user", Secret.of("pw"), null))
        .hasMessage("IAM domain (account) name is missing");
  }

  @Test
  void the_pool_size_and_a_proxy_login_are_settable_and_the_password_never_shown() {
    HuaweiConfig config = builder(HuaweiSite.CHINA).maxConnections(7).proxy(URI.create("http://proxy.internal:3128"))
        .proxyLogin("proxy-user", Secret.of("proxy-Password-9")).build();

    assertThat(config.maxConnections()).isEqualTo(7);
    assertThat(builder(HuaweiSite.CHINA).build().maxConnections()).isEqualTo(20);
    assertThat(config.toString()).contains("proxy-user").doesNotContain("proxy-Password-9");
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).maxConnections(0).build())
        .hasMessageContaining("maxConnections");
  }

  @Test
  void to_string_never_shows_a_secret_key_or_password() {
    HuaweiConfig akSk = builder(HuaweiSite.CHINA).build();
    HuaweiConfig token = HuaweiConfig.builder(HuaweiSite.CHINA).environment(Map.of())
        .credentials(HuaweiCredentials.iamPassword("api-user", Secret.of("Pw-hidden-123"), "acme")).build();

    assertThat(akSk.toString()).contains("AK-EXPLICIT").doesNotContain("SK-explicit-9");
    assertThat(token.toString()).contains("api-user").doesNotContain("Pw-hidden-123");
    assertThat(EXPLICIT.withDomainId("d1").toString()).doesNotContain("SK-explicit-9");
  }

  /** Issue 14: an endpoint's user info may be a pasted key; the message never quotes it. */
  @Test
  void an_endpoint_with_user_info_is_refused_without_quoting_it() {
    String ak = "HPUABXWQ7ZK2M9D4R1TS";
    String sk = "q8Vn2LzR5tKx9WmB3cH7yJ4pD6sF1gA0eU2iO5rT";
    for (String bad : new String[] {"https://" + ak + ":" + sk + "@bss.example", "https://bss.example/?sk=" + sk,
        "http://" + ak + ":" + sk + "@127.0.0.1:8080"}) {
      assertThatThrownBy(() -> builder(HuaweiSite.CHINA).endpoint(URI.create(bad)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ak, sk));
    }
  }

  @Test
  void the_call_timeout_defaults_to_a_minute_and_is_not_shorter_than_the_other_timeouts() {
    HuaweiConfig defaults = builder(HuaweiSite.CHINA).build();
    assertThat(defaults.callTimeout()).isEqualTo(HuaweiConfig.DEFAULT_CALL_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.toString()).contains("callTimeout=PT1M");
    assertThat(builder(HuaweiSite.CHINA).callTimeout(Duration.ofSeconds(45)).build().callTimeout())
        .isEqualTo(Duration.ofSeconds(45));

    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).callTimeout(Duration.ofSeconds(20)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout (PT20S) must not be shorter than connectTimeout or responseTimeout");
    assertThatThrownBy(() -> builder(HuaweiSite.CHINA).callTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must be positive, was PT0S");
  }
}
