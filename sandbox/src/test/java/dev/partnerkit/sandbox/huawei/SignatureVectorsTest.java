package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier against Huawei's official known-answer vectors (spec section 11.3) and against the independent test
 * signer.
 */
class SignatureVectorsTest {
  private static final String AK = "AccessKey";
  private static final String SK = "SecretKey";

  /** Rebuilds the received request and returns the signature the verifier expects. */
  private static String expected(String method, String url, Map<String, String> headers, String body) {
    URI uri = URI.create(url);
    Map<String, String> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(), v));
    String payload = SdkHmacSha256.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
    String canonical =
        CanonicalRequest.of(method, QueryString.percentDecode(uri.getRawPath()), QueryString.parse(uri.getRawQuery()), lower, payload);
    return SdkHmacSha256.signature(SK, SdkHmacSha256.stringToSign(lower.get("x-sdk-date"), canonical));
  }

  @Test
  void officialVectorV1GetWithQuery() {
    String url = "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0";
    Map<String, String> h = Map.of("Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z");
    URI uri = URI.create(url);
    String canonical = CanonicalRequest.of("GET", uri.getPath(), QueryString.parse(uri.getRawQuery()),
        Map.of("host", "service.region.example.com", "x-sdk-date", "20191115T033655Z"), SdkHmacSha256.sha256Hex(new byte[0]));
    assertThat(SdkHmacSha256.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18");
    assertThat(expected("GET", url, h, "")).isEqualTo("fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
  }

  @Test
  void officialVectorV2PostWithBody() {
    String url = "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123";
    assertThat(SdkHmacSha256.sha256Hex("{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32");
    assertThat(expected("POST", url, Map.of("Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z"), "{\"key\":\"value\"}"))
        .isEqualTo("b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
  }

  @Test
  void officialVectorV3RootPathWithExplicitHost() {
    assertThat(expected("GET", "https://service.region.example.com/", Map.of("Host", "example.com", "X-Sdk-Date", "20191115T033655Z"), ""))
        .isEqualTo("919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
  }

  @Test
  void bssVectorB1SignsTheDomainId() {
    assertThat(expected("POST", "https://bss.myhuaweicloud.com/v2/partners/sub-customers",
        Map.of("Host", "bss.myhuaweicloud.com", "X-Sdk-Date", "20191115T033655Z", "X-Domain-Id", "d0000000000000000000000000000001"),
        "{\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\"}"))
        .isEqualTo("de11676fd892fe29c6bcbf9495bc36acf918a501571704865ec2f8bf556da46d");
  }

  @Test
  void bssVectorB2IsWhatTheJavaSdkSendsToLoopback() {
    assertThat(expected("POST", "http://127.0.0.1:18080/v2/partners/sub-customers",
        Map.of("Host", "127.0.0.1:18080", "X-Sdk-Date", "20261122T225417Z", "X-Domain-Id", "d0000000000000000000000000000001",
            "User-Agent", "huaweicloud-usdk-java/3.0"),
        "{\"domain_name\":\"acme01\",\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\"}"))
        .isEqualTo("0e605665a7aef1612f9192d12f1ec415d9a7e78b8021a4113f000e8e427102c0");
  }

  @Test
  void bssVectorB3EncodesTheQueryAsRfc3986() {
    String url = "https://bss-intl.myhuaweicloud.com/v2/partners/sub-customers/budget?customer_id=053a48736500d5f40ffec01689b88480&indirect_partner_id=a%20b%2Fc~%2A";
    assertThat(CanonicalRequest.query(QueryString.parse(URI.create(url).getRawQuery())))
        .isEqualTo("customer_id=053a48736500d5f40ffec01689b88480&indirect_partner_id=a%20b%2Fc~%2A");
    assertThat(expected("GET", url, Map.of("Host", "bss-intl.myhuaweicloud.com", "X-Sdk-Date", "20261122T225417Z"), ""))
        .isEqualTo("8f1bf4a36230096c06b4eb03b12e59d0bf97acf38851394df1f79c45b55057aa");
  }

  @Test
  void theIndependentSignerReproducesTheOfficialVectors() {
    assertThat(IndependentSigner.authorization(AK, SK, "GET",
            URI.create("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"),
            Map.of("Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z", "TEST_UNDERSCORE", "TEST_VALUE"), new byte[0]))
        .isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
    assertThat(IndependentSigner.authorization(AK, SK, "POST", URI.create("http://127.0.0.1:18080/v2/partners/sub-customers"),
            Map.of("Host", "127.0.0.1:18080", "X-Sdk-Date", "20261122T225417Z", "X-Domain-Id", "d0000000000000000000000000000001",
                "User-Agent", "huaweicloud-usdk-java/3.0"),
            "{\"domain_name\":\"acme01\",\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\"}".getBytes(StandardCharsets.UTF_8)))
        .endsWith("SignedHeaders=host;user-agent;x-domain-id;x-sdk-date, Signature=0e605665a7aef1612f9192d12f1ec415d9a7e78b8021a4113f000e8e427102c0");
  }

  /** The B2 request exactly as the SDK sent it, verified by the front door's verifier at the SDK's time. */
  @Test
  void theVerifierAcceptsTheSdkRequestAndRejectsAnyChange() {
    byte[] body = "{\"domain_name\":\"acme01\",\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\"}".getBytes(StandardCharsets.UTF_8);
    String auth = "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;user-agent;x-domain-id;x-sdk-date, "
        + "Signature=0e605665a7aef1612f9192d12f1ec415d9a7e78b8021a4113f000e8e427102c0";
    AkSkVerifier verifier = new AkSkVerifier(Map.of(AK, SK), Clock.fixed(Instant.parse("2026-11-22T22:58:00Z"), ZoneOffset.UTC));
    assertThat(verifier.verify(sdkRequest(body, "huaweicloud-usdk-java/3.0"), auth).identity()).isEqualTo("ak:AccessKey");

    assertThatThrownBy(() -> verifier.verify(sdkRequest(body, "okhttp/4.12.0"), auth))
        .isInstanceOfSatisfying(HuaweiError.class, e -> assertThat(e.code()).isEqualTo("APIGW.0301"));
    byte[] tampered = "{\"domain_name\":\"acme02\",\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> verifier.verify(sdkRequest(tampered, "huaweicloud-usdk-java/3.0"), auth))
        .isInstanceOfSatisfying(HuaweiError.class, e -> assertThat(e.code()).isEqualTo("APIGW.0301"));
  }

  private static WireRequest sdkRequest(byte[] body, String userAgent) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("host", List.of("127.0.0.1:18080"));
    headers.put("x-sdk-date", List.of("20261122T225417Z"));
    headers.put("x-domain-id", List.of("d0000000000000000000000000000001"));
    headers.put("user-agent", List.of(userAgent));
    headers.put("content-type", List.of("application/json; charset=utf-8"));
    return new WireRequest("POST", "/v2/partners/sub-customers", null, headers, body, Map.of());
  }
}
