package dev.partnerkit.adapter.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The signer against every published vector of spec section 11.3, byte for byte. */
class AkSkSignerTest {

  private static final String AK = "AccessKey";
  private static final Secret SK = Secret.of("SecretKey");
  private static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private final AkSkSigner signer = new AkSkSigner(Clock.fixed(Instant.parse("2019-11-15T03:36:55Z"), ZoneOffset.UTC));

  /** The official Java SDK vectors (AKSKSignerTest.java): Content-Type and TEST_UNDERSCORE are never signed. */
  @Nested
  class OfficialJavaVectors {

    private Map<String, String> headers(String... extra) {
      Map<String, String> h = new LinkedHashMap<>();
      h.put("Content-Type", "application/json");
      h.put("TEST_UNDERSCORE", "TEST_VALUE");
      h.put("X-Sdk-Date", "20191115T033655Z");
      for (int i = 0; i < extra.length; i += 2) {
        h.put(extra[i], extra[i + 1]);
      }
      return h;
    }

    @Test
    void v1_get_with_query() {
      SigningRequest request = new SigningRequest(
          "GET",
          "service.region.example.com",
          "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
          List.of(
              new QueryParameter("limit", "2"),
              new QueryParameter("marker", "13551d6b-755d-4757-b956-536f674975c0")),
          headers(),
          null);

      String canonical = signer.canonicalRequest(request);
      assertThat(canonical)
          .isEqualTo("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
              + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
              + "host:service.region.example.com\nx-sdk-date:20191115T033655Z\n\n"
              + "host;x-sdk-date\n" + EMPTY_HASH);
      assertThat(AkSkSigner.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18");
      assertThat(signer.sign(request, AK, SK))
          .containsOnly(Map.entry("Authorization",
              "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                  + "Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d"));
    }

    @Test
    void v2_post_with_body() {
      byte[] body = "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8);
      SigningRequest request = new SigningRequest(
          "POST", "service.region.example.com", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", List.of(),
          headers(), body);

      assertThat(AkSkSigner.sha256Hex(body))
          .isEqualTo("e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32");
      assertThat(AkSkSigner.sha256Hex(signer.canonicalRequest(request).getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("79be7a43859f485df125c417ebb8821754c7ed42f6742ce8b0fd74b2b303446d");
      assertThat(signer.sign(request, AK, SK).get("Authorization"))
          .isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
              + "Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void v3_explicit_host_header_wins_over_the_authority() {
      SigningRequest request = new SigningRequest(
          "GET", "service.region.example.com", "/", List.of(), headers("Host", "example.com"), null);

      assertThat(signer.canonicalRequest(request)).startsWith("GET\n/\n\nhost:example.com\n");
      assertThat(signer.sign(request, AK, SK).get("Authorization"))
          .isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
              + "Signature=919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    }
  }

  /** The BSS-shaped vectors generated with the official SDK 3.1.170 (B1 to B3). */
  @Nested
  class BssVectors {

    @Test
    void b1_create_sub_customer_with_domain_id() {
      Map<String, String> h = new LinkedHashMap<>();
      h.put("Content-Type", "application/json; charset=utf-8");
      h.put("X-Sdk-Date", "20191115T033655Z");
      h.put("X-Domain-Id", "d0000000000000000000000000000001");
      SigningRequest request = new SigningRequest("POST", "bss.myhuaweicloud.com", "/v2/partners/sub-customers",
          List.of(), h, "{\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\"}".getBytes(StandardCharsets.UTF_8));

      String canonical = signer.canonicalRequest(request);
      assertThat(canonical).contains("\nhost:bss.myhuaweicloud.com\n").contains("/v2/partners/sub-customers/\n");
      assertThat(AkSkSigner.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("2f5194d99275b938625f7bea82e3f16c96285c840833637908403b08122ba0d4");
      assertThat(signer.sign(request, AK, SK).get("Authorization"))
          .isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-domain-id;x-sdk-date, "
              + "Signature=de11676fd892fe29c6bcbf9495bc36acf918a501571704865ec2f8bf556da46d");
    }

    @Test
    void b2_loopback_port_and_user_agent_are_signed() {
      Map<String, String> h = new LinkedHashMap<>();
      h.put("Content-Type", "application/json; charset=utf-8");
      h.put("X-Sdk-Date", "20261122T225417Z");
      h.put("X-Domain-Id", "d0000000000000000000000000000001");
      h.put("User-Agent", "huaweicloud-usdk-java/3.0");
      SigningRequest request = new SigningRequest("POST", "127.0.0.1:18080", "/v2/partners/sub-customers", List.of(),
          h, "{\"domain_name\":\"acme01\",\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\"}"
              .getBytes(StandardCharsets.UTF_8));

      String canonical = signer.canonicalRequest(request);
      assertThat(canonical).contains("\nhost:127.0.0.1:18080\n");
      assertThat(AkSkSigner.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("82407dcbf989e2b7c5a06ba839702334962ad68f94221259b4a0932766445f90");
      assertThat(signer.sign(request, AK, SK).get("Authorization"))
          .isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;user-agent;x-domain-id;x-sdk-date, "
              + "Signature=0e605665a7aef1612f9192d12f1ec415d9a7e78b8021a4113f000e8e427102c0");
    }

    @Test
    void b3_query_values_are_rfc3986_encoded() {
      SigningRequest request = new SigningRequest("GET", "bss-intl.myhuaweicloud.com",
          "/v2/partners/sub-customers/budget",
          List.of(new QueryParameter("customer_id", "053a48736500d5f40ffec01689b88480"),
              new QueryParameter("indirect_partner_id", "a b/c~*")),
          Map.of("X-Sdk-Date", "20261122T225417Z"), null);

      assertThat(signer.canonicalRequest(request).split("\n")[2])
          .isEqualTo("customer_id=053a48736500d5f40ffec01689b88480&indirect_partner_id=a%20b%2Fc~%2A");
      assertThat(signer.sign(request, AK, SK).get("Authorization"))
          .isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
              + "Signature=8f1bf4a36230096c06b4eb03b12e59d0bf97acf38851394df1f79c45b55057aa");
    }
  }

  /** The Go SDK's vectors: its bare signer gets no Host header, so only {@code x-sdk-date} is signed. */
  @Nested
  class GoVectors {

    @Test
    void go_get() {
      SigningRequest request = new SigningRequest("GET", "example.huaweicloud.com", "/path",
          List.of(new QueryParameter("limit", "1")), Map.of("X-Sdk-Date", "20060102T150405Z"), null);

      assertThat(AkSkSigner.signature(signer.canonicalRequest(request, false), "20060102T150405Z", SK))
          .isEqualTo("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
    }

    @Test
    void go_post_hashes_the_trailing_newline() {
      SigningRequest request = new SigningRequest("POST", "example.huaweicloud.com", "/path",
          List.of(new QueryParameter("key", "value")), Map.of("X-Sdk-Date", "20060102T150405Z"),
          "{\"Name\":\"test\",\"Id\":1}\n".getBytes(StandardCharsets.UTF_8));

      assertThat(AkSkSigner.signature(signer.canonicalRequest(request, false), "20060102T150405Z", SK))
          .isEqualTo("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
    }
  }

  @Test
  void without_x_sdk_date_the_clock_supplies_it_and_it_is_added() {
    SigningRequest request = new SigningRequest("GET", "service.region.example.com",
        "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
        List.of(new QueryParameter("limit", "2"), new QueryParameter("marker", "13551d6b-755d-4757-b956-536f674975c0")),
        Map.of("Content-Type", "application/json"), null);

    Map<String, String> added = signer.sign(request, AK, SK);

    assertThat(added).containsEntry("X-Sdk-Date", "20191115T033655Z");
    // same inputs as V1 once the date is the clock's: same signature
    assertThat(added.get("Authorization"))
        .endsWith("Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
  }

  @Test
  void canonical_uri_always_ends_with_a_slash_and_encodes_segments() {
    assertThat(AkSkSigner.canonicalUri("/v2/partners/sub-customers")).isEqualTo("/v2/partners/sub-customers/");
    assertThat(AkSkSigner.canonicalUri("/")).isEqualTo("/");
    assertThat(AkSkSigner.canonicalUri("/a b/c")).isEqualTo("/a%20b/c/");
  }

  @Test
  void signing_request_to_string_shows_no_body_or_headers() {
    SigningRequest request = new SigningRequest("POST", "h", "/p", List.of(), Map.of("X-Auth-Token", "tok-123"),
        "{\"password\":\"pw-123\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(request.toString()).doesNotContain("tok-123").doesNotContain("pw-123");
  }
}
