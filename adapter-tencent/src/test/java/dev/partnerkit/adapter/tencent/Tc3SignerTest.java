package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The official TC3 worked examples of spec section 5.4, byte for byte, plus the derived intlpartnersmgt vector. */
class Tc3SignerTest {

  static final String PAYLOAD =
      "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
  static final long TIMESTAMP = 1551113065L;
  static final String CONTENT_TYPE = "application/json; charset=utf-8";
  static final String HOST = "cvm.tencentcloudapi.com";
  static final String KAT2_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
  static final String KAT2_KEY = "Gu5t9xGARNpq86cd98joQYCN3*******";

  static Tc3Signer signerAt(long epochSecond) {
    return new Tc3Signer(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }

  static Map<String, String> headers(boolean withAction) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", CONTENT_TYPE);
    h.put("Host", HOST);
    if (withAction) {
      h.put("X-TC-Action", "DescribeInstances");
    }
    return h;
  }

  static byte[] payload() {
    return PAYLOAD.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void the_payload_is_the_exact_ascii_bytes_of_the_vector() {
    // the spec says "83 chars", but the payload it prints (backslash-u escapes of six characters each, spaces after
    // ':' and ',') is 86 bytes, and those 86 bytes are what hash to the published HashedRequestPayload
    assertThat(payload()).hasSize(86);
    assertThat(Tc3Signer.sha256Hex(payload()))
        .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
  }

  @Nested
  class Kat1CurrentDocRevision {
    final TencentCredentials creds = TencentCredentials.of("AKID" + "*".repeat(32), Secret.of("*".repeat(32)));
    final Tc3Signature sig = signerAt(TIMESTAMP).sign(creds, "cvm", headers(true), payload());

    @Test
    void canonical_request() {
      assertThat(sig.canonicalRequest())
          .isEqualTo(
              "POST\n/\n\n"
                  + "content-type:application/json; charset=utf-8\n"
                  + "host:cvm.tencentcloudapi.com\n"
                  + "x-tc-action:describeinstances\n"
                  + "\n"
                  + "content-type;host;x-tc-action\n"
                  + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
      assertThat(Tc3Signer.sha256Hex(sig.canonicalRequest().getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
    }

    @Test
    void string_to_sign() {
      assertThat(sig.stringToSign())
          .isEqualTo(
              "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                  + "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
    }

    @Test
    void derived_keys_and_signature() {
      byte[] date = Tc3Signer.hmac(("TC3" + "*".repeat(32)).getBytes(StandardCharsets.UTF_8), "2019-02-25");
      byte[] service = Tc3Signer.hmac(date, "cvm");
      byte[] signing = Tc3Signer.hmac(service, "tc3_request");
      HexFormat hex = HexFormat.of();
      assertThat(hex.formatHex(date)).isEqualTo("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0");
      assertThat(hex.formatHex(service))
          .isEqualTo("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f");
      assertThat(hex.formatHex(signing))
          .isEqualTo("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");
      assertThat(sig.signature()).isEqualTo("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
      assertThat(sig.timestamp()).isEqualTo(TIMESTAMP);
    }
  }

  @Nested
  class Kat2EarlierDocRevision {
    @Test
    void signature() {
      Tc3Signature sig =
          signerAt(TIMESTAMP)
              .sign(TencentCredentials.of(KAT2_ID, Secret.of(KAT2_KEY)), "cvm", headers(true), payload());
      assertThat(Tc3Signer.sha256Hex(sig.canonicalRequest().getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
      assertThat(sig.signature()).isEqualTo("be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3");
    }
  }

  @Nested
  class Kat3SdkShapeContentTypeAndHostOnly {
    final Tc3Signature sig =
        signerAt(TIMESTAMP)
            .sign(TencentCredentials.of(KAT2_ID, Secret.of(KAT2_KEY)), "cvm", headers(false), payload());

    @Test
    void canonical_request() {
      assertThat(sig.canonicalRequest())
          .isEqualTo(
              "POST\n/\n\n"
                  + "content-type:application/json; charset=utf-8\n"
                  + "host:cvm.tencentcloudapi.com\n"
                  + "\n"
                  + "content-type;host\n"
                  + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
      assertThat(Tc3Signer.sha256Hex(sig.canonicalRequest().getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
    }

    @Test
    void string_to_sign() {
      assertThat(sig.stringToSign())
          .isEqualTo(
              "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                  + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
    }

    @Test
    void derived_keys_signature_and_authorization() {
      byte[] date = Tc3Signer.hmac(("TC3" + KAT2_KEY).getBytes(StandardCharsets.UTF_8), "2019-02-25");
      byte[] service = Tc3Signer.hmac(date, "cvm");
      byte[] signing = Tc3Signer.hmac(service, "tc3_request");
      HexFormat hex = HexFormat.of();
      assertThat(hex.formatHex(date)).isEqualTo("f1cb4d518a0eda9d5cbbfdb7850983f1e603eeae484edea76e4dd8d8deb5556e");
      assertThat(hex.formatHex(service))
          .isEqualTo("e7c609ce81bea53546bed2cc904778bef9ca14082e48e67883443ed64e227cd7");
      assertThat(hex.formatHex(signing))
          .isEqualTo("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed");
      assertThat(sig.signature()).isEqualTo("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
      assertThat(sig.authorization())
          .isEqualTo(
              "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                  + "SignedHeaders=content-type;host, "
                  + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }
  }

  @Nested
  class DerivedIntlPartnersVector {
    final TencentCredentials creds = TencentCredentials.of("AKIDtest", Secret.of("testSecretKey000000000000000000"));

    Tc3Signature sign(String body) {
      Map<String, String> h = new LinkedHashMap<>();
      h.put("content-type", CONTENT_TYPE);
      h.put("host", "intlpartnersmgt.intl.tencentcloudapi.com");
      return signerAt(1700000000L).sign(creds, "intlpartnersmgt", h, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void empty_object_body() {
      Tc3Signature sig = sign("{}");
      assertThat(sig.canonicalRequest())
          .endsWith("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
      assertThat(Tc3Signer.sha256Hex(sig.canonicalRequest().getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("185ce62c25fd126adccc7e16cbb5b0e2df351f1d6e7d93651ee9bc9c99365e91");
      assertThat(sig.stringToSign()).contains("\n2023-11-14/intlpartnersmgt/tc3_request\n");
      assertThat(sig.signature()).isEqualTo("cba62c417f49a4d68b11edaf6b856c0cdd70a5a55ac91ec04a23645779d1fa4e");
    }

    @Test
    void paging_body() {
      assertThat(sign("{\"Page\":1,\"PageSize\":10}").signature())
          .isEqualTo("12b9cca87cdcf4fb477887c16771511d5cf8366d65319b7e0389d404b169d7d7");
    }
  }

  @Test
  void the_scope_date_is_utc_even_when_the_clock_zone_is_not() {
    // 2019-02-26 00:44:25 in UTC+8 is still 2019-02-25 in UTC
    Tc3Signer inShanghai =
        new Tc3Signer(Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneId.of("Asia/Shanghai")));
    Tc3Signature sig =
        inShanghai.sign(TencentCredentials.of(KAT2_ID, Secret.of(KAT2_KEY)), "cvm", headers(false), payload());
    assertThat(sig.stringToSign()).contains("\n2019-02-25/cvm/tc3_request\n");
    assertThat(sig.signature()).isEqualTo("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
  }

  @Test
  void each_signature_reads_the_clock_again() {
    Instant[] now = {Instant.ofEpochSecond(TIMESTAMP)};
    Clock ticking =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    Tc3Signer signer = new Tc3Signer(ticking);
    TencentCredentials creds = TencentCredentials.of(KAT2_ID, Secret.of(KAT2_KEY));
    Tc3Signature first = signer.sign(creds, "cvm", headers(false), payload());
    now[0] = now[0].plusSeconds(90_000);
    Tc3Signature second = signer.sign(creds, "cvm", headers(false), payload());
    assertThat(second.timestamp()).isEqualTo(TIMESTAMP + 90_000);
    assertThat(second.stringToSign()).contains("2019-02-26/cvm/tc3_request");
    assertThat(second.signature()).isNotEqualTo(first.signature());
  }

  @Test
  void refuses_to_sign_without_content_type_and_host() {
    assertThatThrownBy(
            () ->
                signerAt(TIMESTAMP)
                    .sign(
                        TencentCredentials.of(KAT2_ID, Secret.of(KAT2_KEY)),
                        "cvm",
                        Map.of("host", HOST),
                        payload()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void to_string_hides_the_signature() {
    Tc3Signature sig =
        signerAt(TIMESTAMP).sign(TencentCredentials.of(KAT2_ID, Secret.of(KAT2_KEY)), "cvm", headers(false), payload());
    assertThat(sig.toString()).doesNotContain(sig.signature()).doesNotContain("Credential=");
  }
}
